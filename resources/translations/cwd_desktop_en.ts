<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Program dla doradców i koordynatorów Centrum Wsparcia Doradczego pracujących z partnerstwami JST.</source>
        <translation>A program for advisors and coordinators of the Advisory Support Centre (CWD) who work with LGU partnerships.</translation>
    </message>
    <message>
        <source>wersja deweloperska (uruchomiona ze źródeł)</source>
        <translation>development version (run from source)</translation>
    </message>
    <message>
        <source>Data kompilacji:</source>
        <translation>Build date:</translation>
    </message>
    <message>
        <source>Folder danych:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Plik danych:</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <source>Rejestr TERYT:</source>
        <translation>TERYT register:</translation>
    </message>
    <message>
        <source>{units} JST</source>
        <translation>{units} LGUs</translation>
    </message>
    <message>
        <source>Oprogramowanie programu Centrum Wsparcia Doradczego, do użytku jego doradców. Wykorzystuje Qt i PySide6 na licencji LGPL v3.</source>
        <translation>Software of the Advisory Support Centre (CWD) programme, for use by its advisors. Uses Qt and PySide6 under the LGPL v3 licence.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Termin</source>
        <extracomment>(meeting id, action item id) to open.</extracomment>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Odpowiedzialny</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spotkanie</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Z dnia</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>otwartych: {open}, po terminie: {overdue}</source>
        <translation>open: {open}, overdue: {overdue}</translation>
    </message>
    <message>
        <source>Szukaj w działaniach i osobach odpowiedzialnych…</source>
        <translation>Search actions and responsible people…</translation>
    </message>
    <message>
        <source>Wszystkie niezakończone działania partnerstwa, według terminu; po terminie — na czerwono. Status, termin i osobę zmienia się w tabeli; dwuklik otwiera spotkanie.</source>
        <translation>All of the partnership&apos;s unfinished actions, by due date; overdue ones in red. Change the status, due date and person in the table; double-click opens the meeting.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Plik bazy {path} jest uszkodzony ({verdict}); przeniesiono go do {moved}.</source>
        <extracomment>The day&apos;s automatic backup starts this long after the window is shown, off the start-up path. Answering a second start (&quot;show the window&quot;) begins once the window is up. The translators ``install_translators`` put in place last.</extracomment>
        <translation>The database file {path} is damaged ({verdict}); it has been moved to {moved}.</translation>
    </message>
    <message>
        <source>Nie ma kopii zapasowej, więc program zacznie z nową, pustą bazą; dane partnerstw wrócą po synchronizacji z serwerem lub z pakietu.</source>
        <translation>There is no backup, so the program will start with a new, empty database; the partnerships&apos; data will come back after a sync with the server or from a sync bundle.</translation>
    </message>
    <message>
        <source>Przywrócić najnowszą kopię zapasową z {date} ({path})?</source>
        <translation>Restore the latest backup from {date} ({path})?</translation>
    </message>
    <message>
        <source>Uszkodzony plik zachowano jako {moved}. Kopię możesz przywrócić później: Plik &gt; Kopie zapasowe i przywracanie…, albo poleceniem cwd-desktop restore.</source>
        <translation>The damaged file was kept as {moved}. You can restore a backup later: File &gt; Backups and restore…, or with the command cwd-desktop restore.</translation>
    </message>
    <message>
        <source>Przywrócono bazę z kopii {path}.</source>
        <translation>Database restored from the backup {path}.</translation>
    </message>
    <message>
        <source>Zapisano codzienną kopię zapasową: {path}</source>
        <translation>Daily backup saved: {path}</translation>
    </message>
    <message>
        <source>Nie udało się zapisać codziennej kopii zapasowej: {reason}</source>
        <translation>Could not save the daily backup: {reason}</translation>
    </message>
    <message>
        <source>Dane z folderu {path} są już otwarte w innym oknie programu (proces {pid}). Drugie okno na tych samych danych nie zostanie otwarte, aby ich nie uszkodzić; przejdź do tamtego okna.</source>
        <translation>The data in the folder {path} is already open in another program window (process {pid}). A second window on the same data will not be opened, so that the data is not damaged; switch to that window.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>zmiana: {field}</source>
        <extracomment>Milliseconds of quiet typing after which a field is saved.</extracomment>
        <translation>editing {field}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>ręczna</source>
        <extracomment>Why a backup was made, as the list shows it.</extracomment>
        <translation>manual</translation>
    </message>
    <message>
        <source>codzienna</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>przed przywróceniem innej kopii</source>
        <translation>before restoring another backup</translation>
    </message>
    <message>
        <source>przed zaszyfrowaniem bazy</source>
        <translation>before encrypting the database</translation>
    </message>
    <message>
        <source>przed odszyfrowaniem bazy</source>
        <translation>before decrypting the database</translation>
    </message>
    <message>
        <source>przed aktualizacją bazy (schemat {revision})</source>
        <translation>before a database update (schema {revision})</translation>
    </message>
    <message>
        <source>inna</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Kopie bazy {path} są w folderze {folder}. Przywrócenie kopii zastępuje całą bazę; obecna zostaje najpierw zachowana jako kopia „przed przywróceniem innej kopii”.</source>
        <extracomment>A verified restore (``PreparedRestore``) is ready to be swapped in.</extracomment>
        <translation>Backups of the database {path} are in the folder {folder}. Restoring a backup replaces the whole database; the current one is first kept as a “before restoring another backup” backup.</translation>
    </message>
    <message>
        <source>Nie udało się zapisać ustawień: {reason}.</source>
        <translation>Could not save the settings: {reason}.</translation>
    </message>
    <message>
        <source>Nie ma jeszcze żadnej kopii zapasowej — utwórz pierwszą.</source>
        <translation>There are no backups yet — create the first one.</translation>
    </message>
    <message>
        <source>Zapisano kopię zapasową: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>Zapisywanie kopii zapasowej…</source>
        <translation>Saving a backup…</translation>
    </message>
    <message>
        <source>Przywrócić bazę z kopii z {date} ({reason})?

Dane zmienione po tej chwili zostaną zastąpione (obecna baza zostanie zachowana jako kopia). Okno programu zamknie się i otworzy ponownie z przywróconymi danymi.</source>
        <translation>Restore the database from the backup of {date} ({reason})?

Data changed since then will be replaced (the current database will be kept as a backup). The program window will close and reopen with the restored data.</translation>
    </message>
    <message>
        <source>Wybierz kopię zapasową bazy</source>
        <translation>Choose a database backup</translation>
    </message>
    <message>
        <source>Kopie bazy CWD (*.sqlite3);;Wszystkie pliki (*)</source>
        <translation>CWD database backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Przywrócić bazę z pliku {path}?

Obecna baza zostanie zachowana jako kopia. Okno programu zamknie się i otworzy ponownie z przywróconymi danymi.</source>
        <translation>Restore the database from the file {path}?

The current database will be kept as a backup. The program window will close and reopen with the restored data.</translation>
    </message>
    <message>
        <source>Sprawdzanie kopii i zabezpieczanie obecnej bazy…</source>
        <translation>Checking the backup and backing up the current database…</translation>
    </message>
    <message>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Utwórz kopię teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Przywróć wybraną…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <source>Przywróć z &amp;pliku…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <source>Otwórz &amp;folder kopii</source>
        <translation>&amp;Open backup folder</translation>
    </message>
    <message>
        <source>Kopie automatyczne</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Codziennie przy pierwszym uruchomieniu programu (oraz zawsze przed aktualizacją bazy)</source>
        <translation>Daily, when the program is first started that day (and always before a database update)</translation>
    </message>
    <message>
        <source>Przechowuj &amp;najnowszych kopii:</source>
        <translation>&amp;Keep newest backups:</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Brak danych do wykresu</source>
        <translation>No data to chart</translation>
    </message>
    <message>
        <source>Pytanie otwarte — odpowiedzi są na liście obok</source>
        <translation>Free-text question — the answers are in the list alongside</translation>
    </message>
</context>
<context>
    <name>CommentPicker</name>
    <message>
        <source>Data</source>
        <extracomment>Comments already linked to the project are greyed in the picker.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wydarzenie</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Zgłaszający</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Treść uwagi</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>nazwa</source>
        <extracomment>Polish names of the fields that most often conflict; others show their column name.</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>skrót</source>
        <translation>short name</translation>
    </message>
    <message>
        <source>notatki</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>tytuł</source>
        <translation>title</translation>
    </message>
    <message>
        <source>temat</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>treść</source>
        <translation>text</translation>
    </message>
    <message>
        <source>propozycja zmiany</source>
        <translation>proposed change</translation>
    </message>
    <message>
        <source>uzasadnienie</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>rozstrzygnięcie</source>
        <translation>disposition</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>description</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>miejsce</source>
        <translation>place</translation>
    </message>
    <message>
        <source>kategoria</source>
        <translation>category</translation>
    </message>
    <message>
        <source>wpływ</source>
        <translation>influence</translation>
    </message>
    <message>
        <source>zainteresowanie</source>
        <translation>interest</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>funkcja</source>
        <translation>role</translation>
    </message>
    <message>
        <source>program</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>protokół</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>ustalenia</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>odpowiedzialny</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>termin</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>data</source>
        <translation>date</translation>
    </message>
    <message>
        <source>usunięcie rekordu</source>
        <translation>record deletion</translation>
    </message>
    <message>
        <source>osoba kontaktowa</source>
        <extracomment>Kinds the search list does not name (``services.search.KIND_LABELS`` covers the rest).</extracomment>
        <translation>contact person</translation>
    </message>
    <message>
        <source>partnerstwo</source>
        <translation>partnership</translation>
    </message>
    <message>
        <source>obecność na spotkaniu</source>
        <translation>meeting attendance</translation>
    </message>
    <message>
        <source>członek grupy roboczej</source>
        <translation>working group member</translation>
    </message>
    <message>
        <source>czas nieznany</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{kind}: {title} — {what}</source>
        <translation>{kind}: {title} — {what}</translation>
    </message>
    <message>
        <source>Wartość wyjściowa (przed obiema zmianami): {value}</source>
        <translation>Original value (before both changes): {value}</translation>
    </message>
    <message>
        <source>Zmiana</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Zachowaj tę</source>
        <translation>&amp;Keep this</translation>
    </message>
    <message>
        <source>&amp;Wybierz tę</source>
        <translation>&amp;Use this</translation>
    </message>
    <message>
        <source>Rekord usunięty</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <source>Rekord edytowany i zachowany</source>
        <translation>Record edited and kept</translation>
    </message>
    <message>
        <source>&amp;Usuń rekord</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <source>Zachowaj &amp;rekord</source>
        <translation>Keep &amp;record</translation>
    </message>
    <message>
        <source>Usunięcie</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>usunięty w jednym miejscu, zmieniony w drugim</source>
        <translation>deleted in one place, changed in another</translation>
    </message>
    <message>
        <source>pole „{field}”</source>
        <translation>field “{field}”</translation>
    </message>
    <message>
        <source>{caption}: {who}, {when}</source>
        <translation>{caption}: {who}, {when}</translation>
    </message>
    <message>
        <source>nieznany autor</source>
        <translation>unknown author</translation>
    </message>
    <message>
        <source>Konflikty synchronizacji</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Te pola zmieniły dwie osoby, każda inaczej. Rekord ma teraz wartość z lewej strony; żadna wartość nie przepadła. Zachowaj ją, wybierz drugą albo wpisz własną — wybór trafi do innych doradców przy następnej synchronizacji.</source>
        <translation>Two people changed these fields, each in a different way. The record now has the value on the left; no value has been lost. Keep it, choose the other one or enter your own — your choice will reach the other advisors at the next sync.</translation>
    </message>
    <message>
        <source>&amp;Konflikty:</source>
        <translation>&amp;Conflicts:</translation>
    </message>
    <message>
        <source>Wartość w rekordzie</source>
        <translation>Value in the record</translation>
    </message>
    <message>
        <source>Druga wartość</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Wła&amp;sna wartość:</source>
        <translation>&amp;Own value:</translation>
    </message>
    <message>
        <source>wpisz wartość, która ma zastąpić obie</source>
        <translation>enter a value to replace both</translation>
    </message>
    <message>
        <source>Za&amp;pisz własną</source>
        <translation>&amp;Save own value</translation>
    </message>
    <message>
        <source>Brak konfliktów. Wszystkie zmiany są uzgodnione.</source>
        <translation>No conflicts. All changes are reconciled.</translation>
    </message>
</context>
<context>
    <name>ConsultationLogXlsx</name>
    <message>
        <source>Uwagi</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Wydarzenia</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>(title, width) of the comment sheet&apos;s columns, in order; texts from &quot;Nr&quot; on wrap.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Forma</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Temat / konsultowany dokument</source>
        <translation>Subject / document consulted</translation>
    </message>
    <message>
        <source>Ogłoszono</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Uwagi do</source>
        <translation>Comments until</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Zgłaszający</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Fragment dokumentu</source>
        <translation>Document section</translation>
    </message>
    <message>
        <source>Treść uwagi</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Propozycja zmiany</source>
        <translation>Proposed change</translation>
    </message>
    <message>
        <source>Rozstrzygnięcie</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Uzasadnienie</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Liczba uwag</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Sprawozdanie do</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>Art. 6 uzppr — ustalenia</source>
        <translation>Art. 6 uzppr — findings</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Data</source>
        <extracomment>Colours of the art. 6 findings: (background, text) by severity. (comment id, undo index) of the row Enter just created, until something is typed.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Temat / konsultowany dokument</source>
        <translation>Subject / document consulted</translation>
    </message>
    <message>
        <source>Forma</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ogłoszono</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Uwagi do</source>
        <translation>Comments until</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Notatki</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>JST</source>
        <translation>LGU</translation>
    </message>
    <message>
        <source>Wydarzenie</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Zgłaszający</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Fragment dokumentu</source>
        <translation>Document section</translation>
    </message>
    <message>
        <source>Treść uwagi</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Propozycja zmiany</source>
        <translation>Proposed change</translation>
    </message>
    <message>
        <source>Rozstrzygnięcie</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Uzasadnienie</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Nowe wydarzenie konsultacyjne</source>
        <translation>New consultation event</translation>
    </message>
    <message>
        <source>Dodaj wydarzenie konsultacyjne przyciskiem „Nowe wydarzenie”.</source>
        <translation>Add a consultation event with the “New event” button.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{date}&lt;/b&gt; · {subject}</source>
        <translation>&lt;b&gt;{date}&lt;/b&gt; · {subject}</translation>
    </message>
    <message>
        <source>Art. 6 uzppr: bez zastrzeżeń dla tego wydarzenia.</source>
        <translation>Art. 6 uzppr: no issues for this event.</translation>
    </message>
    <message>
        <source>dziennik konsultacji {short}.xlsx</source>
        <translation>consultation log {short}.xlsx</translation>
    </message>
    <message>
        <source>Eksport dziennika konsultacji</source>
        <translation>Export consultation log</translation>
    </message>
    <message>
        <source>Arkusz XLSX (*.xlsx)</source>
        <translation>XLSX spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Zapisano dziennik konsultacji (uwagi: {n}) w pliku {path}.</source>
        <translation>Consultation log saved to {path} (comments: {n}).</translation>
    </message>
    <message>
        <source>Eksport dziennika konsultacji…</source>
        <translation>Exporting the consultation log…</translation>
    </message>
    <message>
        <source>Dziennik konsultacji</source>
        <translation>Consultation log</translation>
    </message>
    <message>
        <source>Nowe wydarzenie</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Dodaj wydarzenie konsultacyjne (także Enter w ostatnim wierszu tabeli)</source>
        <translation>Add a consultation event (also Enter in the last row of the table)</translation>
    </message>
    <message>
        <source>Eksport XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Zapisz dziennik konsultacji partnerstwa jako arkusz XLSX (jeden wiersz na uwagę)</source>
        <translation>Save the partnership&apos;s consultation log as an XLSX spreadsheet (one row per comment)</translation>
    </message>
    <message>
        <source>Szukaj w uwagach (autor, fragment, treść, propozycja, uzasadnienie)…</source>
        <translation>Search comments (author, section, text, proposal, justification)…</translation>
    </message>
    <message>
        <source>wszystkie uwagi partnerstwa</source>
        <translation>all of the partnership&apos;s comments</translation>
    </message>
    <message>
        <source>Pisz w komórce, Tab – następne pole, Enter – następny wiersz (w ostatnim: nowa uwaga), Delete – usuń uwagę, Ctrl+Z – cofnij.</source>
        <translation>Type in a cell, Tab – next field, Enter – next row (in the last one: new comment), Delete – delete comment, Ctrl+Z – undo.</translation>
    </message>
    <message>
        <source>Szczegóły wydarzenia</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>&amp;Miejsce:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;JST:</source>
        <translation>&amp;LGU:</translation>
    </message>
    <message>
        <source>&amp;Forma:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Ogłoszono:</source>
        <translation>&amp;Announced:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Uwagi do:</source>
        <translation>Comments &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Uczestnicy:</source>
        <translation>Participa&amp;nts:</translation>
    </message>
    <message>
        <source>&amp;Notatki:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Interesariusze uczestniczący</source>
        <translation>Participating stakeholders</translation>
    </message>
    <message>
        <source>Dodaj uczestnika</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Usuń</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Załączniki</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Dodaj plik…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Otwórz</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Statystyki</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Podział</source>
        <translation>Breakdown</translation>
    </message>
</context>
<context>
    <name>ContactGdprActions</name>
    <message>
        <source>Eksportuj dane osoby (RODO)…</source>
        <translation>Export the person&apos;s data (GDPR)…</translation>
    </message>
    <message>
        <source>Wycofanie zgody</source>
        <translation>Consent withdrawal</translation>
    </message>
    <message>
        <source>Usuń dane osoby ze wszystkich wpisów (RODO)…</source>
        <translation>Erase the person&apos;s data from all records (GDPR)…</translation>
    </message>
    <message>
        <source>Przywróć zgodę (udzielona ponownie dziś)</source>
        <extracomment>The removal question while it is open (``remove``), for the keyboard and tests.</extracomment>
        <translation>Restore consent (given again today)</translation>
    </message>
    <message>
        <source>Zapisz wycofanie zgody (od dziś)</source>
        <translation>Record consent withdrawal (as of today)</translation>
    </message>
    <message>
        <source>dane-osoby-{name}.xlsx</source>
        <translation>person-data-{name}.xlsx</translation>
    </message>
    <message>
        <source>Skoroszyt XLSX (*.xlsx)</source>
        <translation>XLSX workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Eksport danych osoby (RODO)</source>
        <translation>Export the person&apos;s data (GDPR)</translation>
    </message>
    <message>
        <source>Zapisano dane osoby do pliku {path}. Plik zawiera dane osobowe: przekaż go tylko tej osobie.</source>
        <translation>The person&apos;s data was saved to {path}. The file contains personal data: give it only to that person.</translation>
    </message>
    <message>
        <source>Eksport danych osoby…</source>
        <translation>Exporting the person&apos;s data…</translation>
    </message>
    <message>
        <source>przywrócenie zgody</source>
        <translation>consent restoration</translation>
    </message>
    <message>
        <source>wycofanie zgody</source>
        <translation>consent withdrawal</translation>
    </message>
    <message>
        <source>Wyszukiwanie danych osoby…</source>
        <translation>Searching for the person&apos;s data…</translation>
    </message>
    <message>
        <source>Usunięcie danych osoby (RODO)</source>
        <translation>Erasure of the person&apos;s data (GDPR)</translation>
    </message>
    <message>
        <source>Usuwanie danych osoby…</source>
        <translation>Erasing the person&apos;s data…</translation>
    </message>
    <message>
        <source>Usunąć dane osoby „{name}” ze wszystkich wpisów? Jej imię i nazwisko, funkcja, telefon i e-mail zostaną trwale usunięte.</source>
        <translation>Erase the data of “{name}” from all records? Their name, role, phone and e-mail will be permanently deleted.</translation>
    </message>
    <message>
        <source>Usunięte zostaną też jej wpisy na listach obecności i w grupach roboczych: {n}.</source>
        <translation>Their entries in attendance lists and working groups will also be deleted: {n}.</translation>
    </message>
    <message>
        <source>Wyczyszczone zostaną pola z jej imieniem i nazwiskiem (autor uwagi, osoba odpowiedzialna, koordynator): {n}.</source>
        <translation>Fields containing their name (comment author, responsible person, coordinator) will be cleared: {n}.</translation>
    </message>
    <message>
        <source>Jej telefon i e-mail zostaną zastąpione w polach tekstowych: {n}.</source>
        <translation>Their phone and e-mail will be replaced in text fields: {n}.</translation>
    </message>
    <message>
        <source>Jej imię i nazwisko w treści wpisów ({n}) trzeba będzie poprawić ręcznie.</source>
        <translation>Their name in the text of records ({n}) will have to be corrected manually.</translation>
    </message>
    <message>
        <source>Tego nie można cofnąć. Usunięcie trafi do innych doradców przy synchronizacji.</source>
        <translation>This cannot be undone. The erasure will reach other advisors when you sync.</translation>
    </message>
    <message>
        <source>Dane osoby „{name}” usunięto.</source>
        <translation>The data of “{name}” has been erased.</translation>
    </message>
    <message>
        <source>Jej imię i nazwisko zostało w treści tych wpisów; popraw je ręcznie:</source>
        <translation>Their name remains in the text of these records; correct it manually:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Błąd programu</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Wystąpił nieoczekiwany błąd programu. Twoje zapisane dane są bezpieczne.</source>
        <translation>An unexpected program error occurred. Your saved data is safe.</translation>
    </message>
    <message>
        <source>(nie udało się zapisać dziennika)</source>
        <translation>(the log could not be written)</translation>
    </message>
    <message>
        <source>Szczegóły zapisano w pliku: {path}</source>
        <translation>Details were written to: {path}</translation>
    </message>
</context>
<context>
    <name>DiagnosisGrid</name>
    <message>
        <source>wartość: {jst}, {year}</source>
        <extracomment>A value was stored (typed, cleared, undone). Show each JST&apos;s line colour beside its name (while the chart draws lines).</extracomment>
        <translation>value: {jst}, {year}</translation>
    </message>
</context>
<context>
    <name>DiagnosisIndicators</name>
    <message>
        <source>Nazwa wskaźnika</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Jednostka</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Obszar tematyczny</source>
        <translation>Thematic area</translation>
    </message>
    <message>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Wartości</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>linie — wartości w kolejnych latach</source>
        <translation>lines — values over the years</translation>
    </message>
    <message>
        <source>słupki — ostatni rok</source>
        <translation>bars — latest year</translation>
    </message>
    <message>
        <source>usunięcie wskaźnika {name}</source>
        <translation>deleting the indicator {name}</translation>
    </message>
    <message>
        <source>Wybierz wskaźnik powyżej albo dodaj nowy.</source>
        <translation>Select an indicator above or add a new one.</translation>
    </message>
    <message>
        <source>źródło nie podane</source>
        <translation>source not given</translation>
    </message>
    <message>
        <source>Wykres pojawi się, gdy wskaźnik będzie miał wartości.</source>
        <translation>The chart appears once the indicator has values.</translation>
    </message>
    <message>
        <source>Wskaźniki (nazwa, jednostka, obszar tematyczny i źródło; wybierz wskaźnik, aby zobaczyć jego wartości)</source>
        <translation>Indicators (name, unit, thematic area and source; select an indicator to see its values)</translation>
    </message>
    <message>
        <source>&amp;Nowy wskaźnik</source>
        <translation>&amp;New indicator</translation>
    </message>
    <message>
        <source>&amp;Usuń wskaźnik</source>
        <translation>De&amp;lete indicator</translation>
    </message>
    <message>
        <source>Usunięcie wskaźnika usuwa też jego wartości (Ctrl+Z przywraca).</source>
        <translation>Deleting an indicator also deletes its values (Ctrl+Z restores them).</translation>
    </message>
    <message>
        <source>&amp;Rok:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Dodaj &amp;kolumnę roku</source>
        <translation>Add year col&amp;umn</translation>
    </message>
    <message>
        <source>Wpisz wartość i Enter; puste pole lub Delete usuwa wartość.</source>
        <translation>Type a value and press Enter; an empty cell or Delete removes the value.</translation>
    </message>
    <message>
        <source>&amp;Wykres:</source>
        <translation>C&amp;hart:</translation>
    </message>
</context>
<context>
    <name>DiagnosisList</name>
    <message>
        <source>Dodaj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Przesuń wyżej (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Przesuń niżej (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <source>Enter — nowa pozycja, Alt+↑/↓ — kolejność, Delete — usuwa.</source>
        <translation>Enter — new item, Alt+↑/↓ — reorder, Delete — deletes the item.</translation>
    </message>
</context>
<context>
    <name>DiagnosisLists</name>
    <message>
        <source>zmiana kolejności</source>
        <extracomment>Entries were added, changed, moved or removed.</extracomment>
        <translation>reordering</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>Nr</source>
        <extracomment>Where each quadrant sits in the 2 × 2 grid and the colour of its title. A Word export finished: the file written.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Wniosek</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wnioski z diagnozy&lt;/b&gt; — w tej kolejności trafią do raportu i do strategii (art. 10a ustawy o zasadach prowadzenia polityki rozwoju).</source>
        <translation>&lt;b&gt;Diagnosis conclusions&lt;/b&gt; — they go into the report and the strategy in this order (art. 10a of the development policy act).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diagnoza — {name}&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;wskaźniki: {indicators} · SWOT: {swot} pozycji · wnioski: {conclusions} · ankiety w raporcie: {surveys}&lt;/span&gt;</source>
        <translation>&lt;b&gt;Diagnosis — {name}&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;indicators: {indicators} · SWOT: {swot} items · conclusions: {conclusions} · surveys in the report: {surveys}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Eksport raportu diagnostycznego</source>
        <translation>Export diagnosis report</translation>
    </message>
    <message>
        <source>Dokument Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Zapisano raport diagnostyczny w pliku {path}.</source>
        <translation>Diagnosis report saved to {path}.</translation>
    </message>
    <message>
        <source>Eksport raportu diagnostycznego…</source>
        <translation>Exporting the diagnosis report…</translation>
    </message>
    <message>
        <source>&amp;Importuj wskaźniki z BDL…</source>
        <translation>&amp;Import indicators from BDL…</translation>
    </message>
    <message>
        <source>Wczytaj wartości wskaźników z pliku XLSX lub CSV pobranego z Banku Danych Lokalnych GUS</source>
        <translation>Load indicator values from an XLSX or CSV file downloaded from the GUS Local Data Bank (BDL)</translation>
    </message>
    <message>
        <source>&amp;Eksportuj raport diagnostyczny…</source>
        <translation>&amp;Export diagnosis report…</translation>
    </message>
    <message>
        <source>&amp;Wskaźniki</source>
        <translation>In&amp;dicators</translation>
    </message>
    <message>
        <source>&amp;SWOT</source>
        <translation>&amp;SWOT</translation>
    </message>
    <message>
        <source>Wn&amp;ioski</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>&amp;Ankiety</source>
        <translation>Sur&amp;veys</translation>
    </message>
</context>
<context>
    <name>DiagnosisSurveys</name>
    <message>
        <source>odpowiedzi: {n}</source>
        <translation>responses: {n}</translation>
    </message>
    <message>
        <source>Partnerstwo nie ma jeszcze ankiet: zaimportuj je w obszarze „Ankiety”.</source>
        <translation>The partnership has no surveys yet: import them in the “Surveys” area.</translation>
    </message>
    <message>
        <source>dodanie ankiety do diagnozy</source>
        <translation>adding a survey to the diagnosis</translation>
    </message>
    <message>
        <source>usunięcie ankiety z diagnozy</source>
        <translation>removing a survey from the diagnosis</translation>
    </message>
    <message>
        <source>zmiana kolejności ankiet</source>
        <translation>reordering surveys</translation>
    </message>
    <message>
        <source>Zaznacz badania ankietowe, których wyniki (wykres i tabela dla każdego pytania zamkniętego) trafią do raportu diagnostycznego. Kolejność na liście jest kolejnością w raporcie.</source>
        <translation>Tick the surveys whose results (a chart and a table for each closed question) go into the diagnosis report. The order of the list is the order in the report.</translation>
    </message>
    <message>
        <source>W &amp;górę</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Alt+↑</source>
        <translation>Alt+↑</translation>
    </message>
    <message>
        <source>W &amp;dół</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Alt+↓</source>
        <translation>Alt+↓</translation>
    </message>
</context>
<context>
    <name>DocumentExportDialog</name>
    <message>
        <source>&amp;Spotkanie:</source>
        <extracomment>The folder of the last export in this session, where the next one is suggested.</extracomment>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>P&amp;rojekt:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Dotyczy:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Partnerstwo nie ma jeszcze spotkań: dodaj je w obszarze „Misje i spotkania”.</source>
        <translation>The partnership has no meetings yet: add them in the “Field missions and meetings” area.</translation>
    </message>
    <message>
        <source>Partnerstwo nie ma jeszcze projektów: dodaj je w obszarze projektów.</source>
        <translation>The partnership has no projects yet: add them in the Projects area.</translation>
    </message>
    <message>
        <source>Brak rekordów, których mógłby dotyczyć ten dokument.</source>
        <translation>There are no records this document could be about.</translation>
    </message>
    <message>
        <source>Zapisz dokument jako</source>
        <translation>Save document as</translation>
    </message>
    <message>
        <source>Dokument Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>{path} jest folderem; podaj nazwę pliku.</source>
        <translation>{path} is a folder; enter a file name.</translation>
    </message>
    <message>
        <source>Plik {path} już istnieje. Zastąpić go?</source>
        <translation>The file {path} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Eksport dokumentu</source>
        <translation>Export document</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Plik:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Wyeksportowano</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Wersje: {n}</source>
        <translation>Versions: {n}</translation>
    </message>
    <message>
        <source>Eksport dokumentu „{kind}”…</source>
        <translation>Exporting the document “{kind}”…</translation>
    </message>
    <message>
        <source>Eksportuj ponownie jako</source>
        <translation>Export again as</translation>
    </message>
    <message>
        <source>Zapisano dokument „{title}” w pliku {path}.</source>
        <translation>Document “{title}” saved to {path}.</translation>
    </message>
    <message>
        <source>Nie udało się otworzyć pliku {path}.</source>
        <translation>Could not open the file {path}.</translation>
    </message>
    <message>
        <source>Zapisz kopię dokumentu</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>Zapisano kopię dokumentu: {path}.</source>
        <translation>Copy of the document saved: {path}.</translation>
    </message>
    <message>
        <source>Szablon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Użyj własnego szablonu…</source>
        <translation>Use your own template…</translation>
    </message>
    <message>
        <source>Wróć do szablonu domyślnego</source>
        <translation>Go back to the default template</translation>
    </message>
    <message>
        <source>Zapisz szablon domyślny jako… (do zmiany w programie Word)</source>
        <translation>Save the default template as… (to restyle in Word)</translation>
    </message>
    <message>
        <source>Szablon dokumentów: {path}</source>
        <translation>Document template: {path}</translation>
    </message>
    <message>
        <source>Szablon dokumentów: domyślny, dostarczony z programem</source>
        <translation>Document template: the default one shipped with the program</translation>
    </message>
    <message>
        <source>Wybierz szablon dokumentów</source>
        <translation>Choose a document template</translation>
    </message>
    <message>
        <source>Szablon Word (*.docx *.dotx)</source>
        <translation>Word template (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Nowe eksporty będą używać szablonu {path}.</source>
        <translation>New exports will use the template {path}.</translation>
    </message>
    <message>
        <source>Zapisz szablon domyślny</source>
        <translation>Save the default template</translation>
    </message>
    <message>
        <source>Dokument Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Nie można zapisać szablonu w {path}: {reason}.</source>
        <translation>Cannot save the template to {path}: {reason}.</translation>
    </message>
    <message>
        <source>Dokumenty</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Pokaż wersje tylko jednego rodzaju dokumentu</source>
        <translation>Show versions of one document type only</translation>
    </message>
    <message>
        <source>Eksportuj dokument…</source>
        <translation>Export document…</translation>
    </message>
    <message>
        <source>Zapisz dokument Word (plan pracy, strategię, sprawozdanie, protokół…) z bieżących danych partnerstwa</source>
        <translation>Save a Word document (work plan, strategy, report, minutes…) from the partnership&apos;s current data</translation>
    </message>
    <message>
        <source>Każdy eksport jest zachowywany jako wersja: można ją otworzyć, zapisać jej kopię albo wyeksportować ponownie z bieżących danych.</source>
        <translation>Every export is kept as a version: you can open it, save a copy of it or export it again from the current data.</translation>
    </message>
    <message>
        <source>Nie wyeksportowano jeszcze żadnego dokumentu tego partnerstwa. Kliknij „Eksportuj dokument…”, aby zapisać pierwszy.</source>
        <translation>No document of this partnership has been exported yet. Click “Export document…” to save the first one.</translation>
    </message>
    <message>
        <source>&amp;Otwórz</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Otwórz kopię tej wersji w edytorze tekstu (zapisana wersja pozostaje bez zmian)</source>
        <translation>Open a copy of this version in a word processor (the saved version stays unchanged)</translation>
    </message>
    <message>
        <source>&amp;Zapisz kopię jako…</source>
        <translation>&amp;Save copy as…</translation>
    </message>
    <message>
        <source>Zapisz tę wersję dokumentu w wybranym pliku</source>
        <translation>Save this version of the document to a file of your choice</translation>
    </message>
    <message>
        <source>Eksportuj &amp;ponownie…</source>
        <translation>Export &amp;again…</translation>
    </message>
    <message>
        <source>Ten sam dokument z bieżących danych partnerstwa (nowa wersja)</source>
        <translation>The same document from the partnership&apos;s current data (a new version)</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Szyfrowanie jest niedostępne w tej instalacji programu (brak modułu sqlcipher3).</source>
        <extracomment>Groups of the recovery key per line in the dialog (two lines of eight).</extracomment>
        <translation>Encryption is not available in this installation of the program (the sqlcipher3 module is missing).</translation>
    </message>
    <message>
        <source>Baza danych {path} jest zaszyfrowana, a klucz jest w systemowym magazynie haseł.</source>
        <translation>The database {path} is encrypted, and the key is in the system keyring.</translation>
    </message>
    <message>
        <source>Baza danych {path} nie jest zaszyfrowana.</source>
        <translation>The database {path} is not encrypted.</translation>
    </message>
    <message>
        <source>Niezaszyfrowanych kopii zapasowych: {n} — „Zaszyfruj…” je przepisze.</source>
        <translation>Unencrypted backups: {n} — “Encrypt…” will rewrite them.</translation>
    </message>
    <message>
        <source>Zaszyfrować bazę danych i wszystkie jej kopie zapasowe?

Najpierw powstanie kopia zapasowa; cała operacja potrwa chwilę. Zmian zapisanych w tym czasie nie będzie można wprowadzać.</source>
        <translation>Encrypt the database and all its backups?

A backup will be made first; the whole operation takes a moment. You will not be able to make changes in the meantime.</translation>
    </message>
    <message>
        <source>Odszyfrować bazę danych i wszystkie jej kopie zapasowe?

Dane (w tym osobowe) będą zapisane na dysku bez szyfrowania.</source>
        <translation>Decrypt the database and all its backups?

The data (including personal data) will be stored on disk without encryption.</translation>
    </message>
    <message>
        <source>Szyfrowanie bazy…</source>
        <translation>Encrypting the database…</translation>
    </message>
    <message>
        <source>Odszyfrowywanie bazy…</source>
        <translation>Decrypting the database…</translation>
    </message>
    <message>
        <source>Przepisywanie kopii zapasowych…</source>
        <translation>Rewriting backups…</translation>
    </message>
    <message>
        <source>Tych kopii zapasowych nie udało się odczytać, więc pozostały bez zmian: {files}.</source>
        <translation>These backups could not be read, so they were left unchanged: {files}.</translation>
    </message>
    <message>
        <source>Baza i jej kopie zapasowe nie są już zaszyfrowane. Klucz pozostał w systemowym magazynie haseł, aby dało się otworzyć starsze zaszyfrowane kopie.</source>
        <translation>The database and its backups are no longer encrypted. The key has been kept in the system keyring so that older encrypted backups can still be opened.</translation>
    </message>
    <message>
        <source>Szyfrowanie danych</source>
        <translation>Data encryption</translation>
    </message>
    <message>
        <source>Zaszyfrowana baza i jej kopie zapasowe (SQLCipher, AES-256) są nieczytelne bez klucza, np. na zgubionym laptopie. Klucz jest w systemowym magazynie haseł tego komputera, więc program otwiera bazę bez pytania o hasło.</source>
        <translation>An encrypted database and its backups (SQLCipher, AES-256) cannot be read without the key, e.g. on a lost laptop. The key is in the system keyring of this computer, so the program opens the database without asking for a password.</translation>
    </message>
    <message>
        <source>Nie są szyfrowane: załączniki i wyeksportowane dokumenty (folder blobs) ani pliki zapisane poza programem — chroni je szyfrowanie całego dysku (BitLocker, LUKS).</source>
        <translation>Not encrypted: attachments and exported documents (the blobs folder) or files saved outside the program — full-disk encryption (BitLocker, LUKS) protects them.</translation>
    </message>
    <message>
        <source>Klucz odzyskiwania</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Zapisz ten klucz w bezpiecznym miejscu (np. wydrukuj go i schowaj). Bez niego utrata systemowego magazynu haseł albo komputera oznacza utratę dostępu do bazy i jej kopii; na nowym komputerze program poprosi o ten klucz.</source>
        <translation>Keep this key in a safe place (e.g. print it and put it away). Without it, losing the system keyring or the computer means losing access to the database and its backups; on a new computer the program will ask for this key.</translation>
    </message>
    <message>
        <source>&amp;Kopiuj</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Zaszyfruj…</source>
        <translation>&amp;Encrypt…</translation>
    </message>
    <message>
        <source>&amp;Odszyfruj…</source>
        <translation>&amp;Decrypt…</translation>
    </message>
    <message>
        <source>Pokaż &amp;klucz odzyskiwania</source>
        <translation>Show recovery &amp;key</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>Wybierz z rejestru…</source>
        <translation>Choose from the register…</translation>
    </message>
    <message>
        <source>dodanie uczestnika</source>
        <translation>adding a participant</translation>
    </message>
    <message>
        <source>usunięcie uczestnika</source>
        <translation>removing a participant</translation>
    </message>
    <message>
        <source>Dodaj załącznik</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>dodanie załącznika</source>
        <translation>adding an attachment</translation>
    </message>
    <message>
        <source>usunięcie załącznika</source>
        <translation>removing an attachment</translation>
    </message>
    <message>
        <source>Imię i nazwisko</source>
        <extracomment>Fields whose change shows in the events list or the heading. (event id, field) after a field of the event was stored (typed, undone or redone). The partnerships or people of the shown event changed (counts in the list).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Funkcja</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Partnerstwo</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>rodzaj wydarzenia</source>
        <translation>event type</translation>
    </message>
    <message>
        <source>tytuł wydarzenia</source>
        <translation>event title</translation>
    </message>
    <message>
        <source>data wydarzenia</source>
        <translation>event date</translation>
    </message>
    <message>
        <source>data zakończenia</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>miejsce</source>
        <translation>place</translation>
    </message>
    <message>
        <source>temat</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>organizator</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>description</translation>
    </message>
    <message>
        <source>partnerstwo-gospodarz</source>
        <translation>host partnership</translation>
    </message>
    <message>
        <source>JST-gospodarz</source>
        <translation>host LGU</translation>
    </message>
    <message>
        <source>nazwa gospodarza</source>
        <translation>host name</translation>
    </message>
    <message>
        <source>poznane praktyki</source>
        <translation>practices seen</translation>
    </message>
    <message>
        <source>wnioski</source>
        <translation>conclusions</translation>
    </message>
    <message>
        <source>— nie wskazano —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>Wskaż gospodarza wizyty: partnerstwo z listy albo JST z rejestru TERYT.</source>
        <translation>Specify the host of the visit: a partnership from the list or an LGU from the TERYT register.</translation>
    </message>
    <message>
        <source>Uczestnicy ({partnerships} / {people})</source>
        <translation>Participants ({partnerships} / {people})</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Materiały ({n})</source>
        <translation>Materials ({n})</translation>
    </message>
    <message>
        <source>Materiały</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>(partnerstwo spoza tego komputera)</source>
        <translation>(partnership not on this computer)</translation>
    </message>
    <message>
        <source>dodanie partnerstwa</source>
        <translation>adding a partnership</translation>
    </message>
    <message>
        <source>usunięcie partnerstwa</source>
        <translation>removing a partnership</translation>
    </message>
    <message>
        <source>Brak materiałów z tego wydarzenia.</source>
        <translation>No materials from this event.</translation>
    </message>
</context>
<context>
    <name>FicheTables</name>
    <message>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Kwota (zł)</source>
        <translation>Amount (PLN)</translation>
    </message>
    <message>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Początek</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Koniec</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Jednostka</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Wartość bazowa</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Wartość docelowa</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Źródło danych</source>
        <translation>Data source</translation>
    </message>
</context>
<context>
    <name>FieldDateEdit</name>
    <message>
        <source>DD.MM.RRRR</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>FieldworkPage</name>
    <message>
        <source>Misje: {missions} · grupy robocze: {groups} · spotkania: {meetings} · otwarte działania: {open}</source>
        <translation>Field missions: {missions} · working groups: {groups} · meetings: {meetings} · open actions: {open}</translation>
    </message>
    <message>
        <source>po terminie: {n}</source>
        <translation>overdue: {n}</translation>
    </message>
    <message>
        <source>Misje</source>
        <translation>Field missions</translation>
    </message>
    <message>
        <source>Grupy robocze</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Otwarte działania</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Ankieta nie ma pytania o gminę zamieszkania.</source>
        <translation>The survey has no question about the municipality of residence.</translation>
    </message>
    <message>
        <source>Ankieta nie ma pytania o wiek.</source>
        <translation>The survey has no question about age.</translation>
    </message>
    <message>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>sty</source>
        <extracomment>One calm colour per advisory stage, the same whatever the view shows (no alarm red). Logical pixel sizes (the widget uses them as they are; an image scales them). Below the rows: room for the &quot;dziś&quot; label. The largest share of the width the label column may take. The width an image is laid out at before being scaled up (as ``exports/charts``). Short month names of the axis (Polish source; translated when drawn).</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>lut</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>kwi</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>cze</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>lip</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>sie</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>wrz</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>paź</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>lis</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>gru</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>I kw.</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>II kw.</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>III kw.</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>IV kw.</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>dziś</source>
        <extracomment>Quarters where even &quot;I kw.&quot; does not fit.</extracomment>
        <translation>today</translation>
    </message>
    <message>
        <source>Brak zadań w harmonogramie.</source>
        <translation>No tasks in the schedule.</translation>
    </message>
    <message>
        <source>{label}
{start} – {end} ({days} dni)</source>
        <translation>{label}
{start} – {end} ({days} days)</translation>
    </message>
</context>
<context>
    <name>GminyModel</name>
    <message>
        <source>Odpowiedź w ankiecie</source>
        <translation>Answer in the survey</translation>
    </message>
    <message>
        <source>Respondentów</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Gmina w rejestrze TERYT</source>
        <translation>Municipality in the TERYT register</translation>
    </message>
    <message>
        <source>— nieprzypisana —</source>
        <translation>— unassigned —</translation>
    </message>
    <message>
        <source>„{value}”: nie rozpoznano gminy — wybierz ją z listy.</source>
        <translation>“{value}”: municipality not recognised — choose it from the list.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Grupa robocza</source>
        <extracomment>&quot;New meeting of this group&quot;: the group&apos;s id. Groups were added, renamed or removed.</extracomment>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Temat</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Członków</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Spotkań</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Imię i nazwisko</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funkcja, instytucja</source>
        <translation>Position, institution</translation>
    </message>
    <message>
        <source>JST</source>
        <translation>LGU</translation>
    </message>
    <message>
        <source>Interesariusz</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Spotkanie</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nowa &amp;grupa</source>
        <translation>New &amp;group</translation>
    </message>
    <message>
        <source>Nazwę i temat grupy wpisuje się w tabeli; członków poniżej (Enter — nowy wiersz, Tab — następna kolumna).</source>
        <translation>Enter the group&apos;s name and topic in the table and its members below (Enter — new row, Tab — next column).</translation>
    </message>
    <message>
        <source>Człon&amp;kowie grupy</source>
        <translation>Group &amp;members</translation>
    </message>
    <message>
        <source>Spotkania grupy (dwuklik otwiera)</source>
        <translation>Group meetings (double-click opens)</translation>
    </message>
    <message>
        <source>Nowe spotkanie grupy</source>
        <translation>New group meeting</translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <source>zmiana podpisu rysunku</source>
        <translation>editing a figure caption</translation>
    </message>
    <message>
        <source>Dodaj mapę lub schemat</source>
        <extracomment>An image was added, removed or re-captioned.</extracomment>
        <translation>Add a map or diagram</translation>
    </message>
    <message>
        <source>Obrazy (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>dodanie rysunku</source>
        <translation>adding a figure</translation>
    </message>
    <message>
        <source>usunięcie rysunku</source>
        <translation>removing a figure</translation>
    </message>
</context>
<context>
    <name>ImplementationCharts</name>
    <message>
        <source>osiągnięty</source>
        <extracomment>Bars of indicators far beyond their target are cut here (the label says the real value). Colours of the indicator states and of the funding parts (calm, printable).</extracomment>
        <translation>achieved</translation>
    </message>
    <message>
        <source>zgodnie z planem</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>zagrożony</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>% wartości docelowej</source>
        <translation>% of target value</translation>
    </message>
    <message>
        <source>wartość docelowa (100%)</source>
        <translation>target value (100%)</translation>
    </message>
    <message>
        <source>linia przerywana: 100% celu</source>
        <translation>dashed line: 100% of target</translation>
    </message>
    <message>
        <source>projekty</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>liczba projektów</source>
        <translation>number of projects</translation>
    </message>
    <message>
        <source>przyznane dofinansowanie</source>
        <translation>funding granted</translation>
    </message>
    <message>
        <source>wnioskowane, w ocenie</source>
        <translation>requested, under evaluation</translation>
    </message>
    <message>
        <source>bez wniosku</source>
        <translation>no application</translation>
    </message>
    <message>
        <source>mln zł</source>
        <translation>PLN million</translation>
    </message>
    <message>
        <source>{share} z {cost}</source>
        <translation>{share} of {cost}</translation>
    </message>
    <message>
        <source>podane wartości</source>
        <translation>reported values</translation>
    </message>
    <message>
        <source>cel</source>
        <translation>target</translation>
    </message>
    <message>
        <source>bazowa</source>
        <translation>baseline</translation>
    </message>
</context>
<context>
    <name>ImplementationDashboard</name>
    <message>
        <source>Projekty: &lt;b&gt;{n}&lt;/b&gt; · koszt pakietu: &lt;b&gt;{cost} zł&lt;/b&gt; · wydano: &lt;b&gt;{spent} zł&lt;/b&gt; ({spent_share}) · dofinansowanie przyznane: &lt;b&gt;{granted} zł&lt;/b&gt; ({granted_share} kosztu) · wnioskowane, w ocenie: &lt;b&gt;{pending} zł&lt;/b&gt;</source>
        <extracomment>Project id of an open-issue row.</extracomment>
        <translation>Projects: &lt;b&gt;{n}&lt;/b&gt; · package cost: &lt;b&gt;PLN {cost}&lt;/b&gt; · spent: &lt;b&gt;PLN {spent}&lt;/b&gt; ({spent_share}) · funding granted: &lt;b&gt;PLN {granted}&lt;/b&gt; ({granted_share} of the cost) · requested, under evaluation: &lt;b&gt;PLN {pending}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a32020&apos;&gt;opóźnione: &lt;b&gt;{n}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a32020&apos;&gt;delayed: &lt;b&gt;{n}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Wskaźniki osiągnięte</source>
        <translation>Indicators achieved</translation>
    </message>
    <message>
        <source>Wskaźniki realizowane zgodnie z planem</source>
        <translation>Indicators on track</translation>
    </message>
    <message>
        <source>Wskaźniki zagrożone</source>
        <translation>Indicators at risk</translation>
    </message>
    <message>
        <source>Wskaźniki bez danych</source>
        <translation>Indicators without data</translation>
    </message>
    <message>
        <source>Projekty zakończone</source>
        <translation>Projects completed</translation>
    </message>
    <message>
        <source>Projekty w realizacji</source>
        <translation>Projects under implementation</translation>
    </message>
    <message>
        <source>Wnioski wybrane do dofinansowania</source>
        <translation>Applications selected for funding</translation>
    </message>
    <message>
        <source>Dofinansowanie zabezpieczone</source>
        <translation>Funding secured</translation>
    </message>
    <message>
        <source>{amount} zł ({share} kosztu)</source>
        <translation>PLN {amount} ({share} of the cost)</translation>
    </message>
    <message>
        <source>Pozycja</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Wartość</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>wskaźniki bez podanej wartości: {n}</source>
        <translation>indicators with no value reported: {n}</translation>
    </message>
    <message>
        <source>Wskaźniki a wartości docelowe</source>
        <translation>Indicators against target values</translation>
    </message>
    <message>
        <source>Projekty według statusu</source>
        <translation>Projects by status</translation>
    </message>
    <message>
        <source>Dofinansowanie zabezpieczone według projektów</source>
        <translation>Funding secured by project</translation>
    </message>
    <message>
        <source>Kwestia</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Projekt / spotkanie</source>
        <translation>Project / meeting</translation>
    </message>
    <message>
        <source>Czego dotyczy</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Szczegóły</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Brak otwartych kwestii.</source>
        <translation>No open issues.</translation>
    </message>
    <message>
        <source>opóźnienie {days}</source>
        <translation>delay {days}</translation>
    </message>
    <message>
        <source>termin {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>{amount} zł</source>
        <translation>PLN {amount}</translation>
    </message>
    <message>
        <source>Bilans korzyści</source>
        <translation>Balance of benefits</translation>
    </message>
    <message>
        <source>Otwarte kwestie</source>
        <translation>Open issues</translation>
    </message>
    <message>
        <source>Dwuklik (lub Enter) pokazuje projekt, którego dotyczy kwestia</source>
        <translation>Double-click (or Enter) shows the project the issue concerns</translation>
    </message>
</context>
<context>
    <name>ImplementationPage</name>
    <message>
        <source>Uzasadnienie</source>
        <extracomment>Record kinds shown on the project tabs, with the tab&apos;s widget name.</extracomment>
        <translation>justification</translation>
    </message>
    <message>
        <source>Kolejne kroki</source>
        <translation>next steps</translation>
    </message>
    <message>
        <source>Wdrożenie — {short}</source>
        <translation>Implementation — {short}</translation>
    </message>
    <message>
        <source>Wybierz projekt z listy (projekty dodaje się w obszarze Projekty).</source>
        <translation>Choose a project from the list (projects are added in the Projects area).</translation>
    </message>
    <message>
        <source>Wydano razem: &lt;b&gt;{spent} zł&lt;/b&gt; z kosztu {cost} zł ({share}).</source>
        <translation>Total spent: &lt;b&gt;PLN {spent}&lt;/b&gt; of the cost of PLN {cost} ({share}).</translation>
    </message>
    <message>
        <source>Przekroczono kosztorys o {over} zł.</source>
        <translation>The budget has been exceeded by PLN {over}.</translation>
    </message>
    <message>
        <source>Wnioskowano: &lt;b&gt;{requested} zł&lt;/b&gt; · przyznano: &lt;b&gt;{granted} zł&lt;/b&gt; · w ocenie: {pending} zł · bez wniosku: {rest} zł</source>
        <translation>Requested: &lt;b&gt;PLN {requested}&lt;/b&gt; · granted: &lt;b&gt;PLN {granted}&lt;/b&gt; · under evaluation: PLN {pending} · not applied for: PLN {rest}</translation>
    </message>
    <message>
        <source>plan: {dates}</source>
        <translation>plan: {dates}</translation>
    </message>
    <message>
        <source>faktycznie: {dates}</source>
        <translation>actual: {dates}</translation>
    </message>
    <message>
        <source>opóźnienie: {delay}</source>
        <translation>delay: {delay}</translation>
    </message>
    <message>
        <source>wydano {spent} z {cost} zł</source>
        <translation>spent PLN {spent} of PLN {cost}</translation>
    </message>
    <message>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Jedn.</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Bazowa</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Docelowa</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ostatnia wartość</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>% celu</source>
        <translation>% of target</translation>
    </message>
    <message>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>osiągnięty</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>zgodnie z planem</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>zagrożony</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>brak danych</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Zaznacz wskaźnik powyżej</source>
        <translation>Select an indicator above</translation>
    </message>
    <message>
        <source>Projekty: {n} · wydano {spent} z {cost} zł · przyznano {granted} zł</source>
        <translation>Projects: {n} · spent PLN {spent} of PLN {cost} · granted PLN {granted}</translation>
    </message>
    <message>
        <source>Projekt nie ma jeszcze wskaźników. Dodaj je w fiszce projektu (obszar Projekty, karta Wskaźniki).</source>
        <translation>The project has no indicators yet. Add them in the project fiche (Projects area, Indicators tab).</translation>
    </message>
    <message>
        <source>Wdrożenie</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Doda&amp;j wiersz</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Nowy wiersz w tabeli pokazanej na karcie (Ctrl+N)</source>
        <translation>New row in the table shown on the tab (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pu&amp;lpit</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>P&amp;rojekty</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>Projekty pakietu: plan i wykonanie. Status i faktyczne daty projektu można wpisywać w tabeli.</source>
        <translation>The package&apos;s projects: plan and execution. You can enter a project&apos;s status and actual dates in the table.</translation>
    </message>
    <message>
        <source>&amp;Harmonogram</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>Zadania i ich planowane daty ustala się w fiszce projektu (obszar Projekty); tu wpisuje się faktyczne daty i efekty. Wiersze opóźnione są zaznaczone.</source>
        <translation>Tasks and their planned dates are set in the project fiche (Projects area); here you enter the actual dates and outcomes. Delayed rows are highlighted.</translation>
    </message>
    <message>
        <source>W&amp;ydatki</source>
        <translation>E&amp;xpenditure</translation>
    </message>
    <message>
        <source>Wskaź&amp;niki</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>Wskaźniki projektu z wartością bazową, docelową i ostatnią podaną; nowa wartość dostaje wskaźnik zaznaczony tutaj</source>
        <translation>The project&apos;s indicators with their baseline, target and latest reported value; a new value goes to the indicator selected here</translation>
    </message>
    <message>
        <source>Podane wartości wskaźników (jednostka pusta = jednostka wskaźnika)</source>
        <translation>Reported indicator values (empty unit = the indicator&apos;s unit)</translation>
    </message>
    <message>
        <source>Wnioski o &amp;dofinansowanie</source>
        <translation>&amp;Funding applications</translation>
    </message>
    <message>
        <source>Re&amp;komendacje</source>
        <translation>&amp;Recommendations</translation>
    </message>
    <message>
        <source>Rekomendacje partnerstwa — kolejne kroki po bilansie korzyści. Enter na ostatnim wierszu dodaje nową.</source>
        <translation>The partnership&apos;s recommendations — next steps after the balance of benefits. Enter in the last row adds a new one.</translation>
    </message>
    <message>
        <source>&amp;Uzasadnienie (z bilansu korzyści i otwartych kwestii)</source>
        <translation>&amp;Justification (from the balance of benefits and open issues)</translation>
    </message>
    <message>
        <source>K&amp;olejne kroki</source>
        <translation>&amp;Next steps</translation>
    </message>
    <message>
        <source>Dlaczego ta rekomendacja: korzyści osiągnięte, opóźnienia, wnioski odrzucone…</source>
        <translation>Why this recommendation: benefits achieved, delays, rejected applications…</translation>
    </message>
    <message>
        <source>Co zrobić, kto i do kiedy</source>
        <translation>What to do, who does it and by when</translation>
    </message>
</context>
<context>
    <name>ImplementationTables</name>
    <message>
        <source>{n} dzień</source>
        <extracomment>Background of a row that is late against the plan.</extracomment>
        <translation>{n} day</translation>
    </message>
    <message>
        <source>{n} dni</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>w terminie</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan
(od – do)</source>
        <translation>Plan
(from – to)</translation>
    </message>
    <message>
        <source>Faktyczny
początek</source>
        <translation>Actual
start</translation>
    </message>
    <message>
        <source>Faktyczny
koniec</source>
        <translation>Actual
end</translation>
    </message>
    <message>
        <source>Opóźnienie</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Wydano /
koszt (zł)</source>
        <translation>Spent /
cost (PLN)</translation>
    </message>
    <message>
        <source>Wskaźniki
osiągnięte</source>
        <translation>Indicators
achieved</translation>
    </message>
    <message>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Plan:
początek</source>
        <translation>Plan:
start</translation>
    </message>
    <message>
        <source>Plan:
koniec</source>
        <translation>Plan:
end</translation>
    </message>
    <message>
        <source>Efekt / uwagi</source>
        <translation>Outcome / notes</translation>
    </message>
    <message>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Stan na dzień</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Jednostka</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Wartość</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kwota (zł)</source>
        <translation>Amount (PLN)</translation>
    </message>
    <message>
        <source>Opis (faktura, transza, okres)</source>
        <translation>Description (invoice, instalment, period)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Nabór</source>
        <translation>Call for proposals</translation>
    </message>
    <message>
        <source>Złożono</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Wnioskowano (zł)</source>
        <translation>Requested (PLN)</translation>
    </message>
    <message>
        <source>Wynik</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Rozstrzygnięto</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Przyznano (zł)</source>
        <translation>Granted (PLN)</translation>
    </message>
    <message>
        <source>Rekomendacja</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Odpowiada</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>IndicatorImportDialog</name>
    <message>
        <source>&amp;Importuj</source>
        <extracomment>Milliseconds after the last keystroke before the preview is checked again.</extracomment>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Plik z Banku Danych Lokalnych</source>
        <translation>Local Data Bank file</translation>
    </message>
    <message>
        <source>Arkusze i CSV (*.xlsx *.xls *.ods *.csv);;Wszystkie pliki (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>plik nie podaje jednostki</source>
        <translation>the file gives no unit</translation>
    </message>
    <message>
        <source>Wczytywanie pliku…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Wybierz plik do importu.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <source>Wskaźnik: {names}. Lata: {years}. JST partnerstwa: {matched}, wartości: {values}; pominięte wiersze: {skipped}.</source>
        <translation>Indicator: {names}. Years: {years}. Partnership LGUs: {matched}, values: {values}; rows skipped: {skipped}.</translation>
    </message>
    <message>
        <source>pominięty: </source>
        <translation>skipped: </translation>
    </message>
    <message>
        <source>(oraz inne problemy: {n})</source>
        <translation>(and {n} other problems)</translation>
    </message>
    <message>
        <source>Import wskaźników…</source>
        <translation>Importing indicators…</translation>
    </message>
    <message>
        <source>Zaimportowano {names}: nowe wartości {added}, zmienione {changed}.</source>
        <translation>Imported {names}: {added} new values, {changed} changed.</translation>
    </message>
    <message>
        <source>Import wskaźników z Banku Danych Lokalnych</source>
        <translation>Import indicators from the Local Data Bank (BDL)</translation>
    </message>
    <message>
        <source>Plik pobrany z Banku Danych Lokalnych GUS (XLSX lub CSV) albo własny arkusz: jedna JST w wierszu (kod TERYT lub nazwa, np. „Braniewo (1)”), lata w kolumnach. Wiersze JST spoza partnerstwa są pomijane.</source>
        <translation>A file downloaded from the GUS Local Data Bank (XLSX or CSV) or your own spreadsheet: one LGU per row (TERYT code or name, e.g. “Braniewo (1)”), years in columns. Rows of LGUs outside the partnership are skipped.</translation>
    </message>
    <message>
        <source>&amp;Plik:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Wybierz plik…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Nazwa wskaźnika:</source>
        <translation>Indicator &amp;name:</translation>
    </message>
    <message>
        <source>np. Ludność ogółem</source>
        <translation>e.g. Total population</translation>
    </message>
    <message>
        <source>&amp;Jednostka:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>z pliku, np. osoba, %, zł</source>
        <translation>from the file, e.g. person, %, PLN</translation>
    </message>
    <message>
        <source>Ź&amp;ródło:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Obszar tematyczny:</source>
        <translation>&amp;Thematic area:</translation>
    </message>
    <message>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>W pliku</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>JST partnerstwa</source>
        <translation>Partnership LGU</translation>
    </message>
    <message>
        <source>Wartości</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>JstPicker</name>
    <message>
        <source>(wszystkie)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>{name} ({kind}) jest już członkiem partnerstwa.</source>
        <translation>{name} ({kind}) is already a member of the partnership.</translation>
    </message>
    <message>
        <source>Dodano: {name} ({kind}), kod {code}.</source>
        <translation>Added: {name} ({kind}), code {code}.</translation>
    </message>
    <message>
        <source>Brak JST pasujących do „{query}”.</source>
        <translation>No LGU matches “{query}”.</translation>
    </message>
    <message>
        <source>Usunięto: {name} ({kind}).</source>
        <translation>Removed: {name} ({kind}).</translation>
    </message>
    <message>
        <source>Członków: {n} (gminy: {g}, powiaty: {p})</source>
        <translation>Members: {n} (gminas: {g}, counties: {p})</translation>
    </message>
    <message>
        <source>lider: nie wybrano</source>
        <translation>leader: not chosen</translation>
    </message>
    <message>
        <source>lider: {name}</source>
        <translation>leader: {name}</translation>
    </message>
    <message>
        <source>S&amp;zukaj JST:</source>
        <translation>&amp;Search LGU:</translation>
    </message>
    <message>
        <source>nazwa JST lub kod TERYT (Ctrl+F); Enter dodaje zaznaczoną</source>
        <translation>LGU name or TERYT code (Ctrl+F); Enter adds the selected one</translation>
    </message>
    <message>
        <source>Województwo:</source>
        <translation>Voivodeship:</translation>
    </message>
    <message>
        <source>Wyniki wyszukiwania JST</source>
        <translation>LGU search results</translation>
    </message>
    <message>
        <source>&amp;Dodaj do partnerstwa</source>
        <translation>&amp;Add to partnership</translation>
    </message>
    <message>
        <source>Członkowie partnerstwa:</source>
        <translation>Partnership members:</translation>
    </message>
    <message>
        <source>Członkowie partnerstwa</source>
        <translation>Partnership members</translation>
    </message>
    <message>
        <source>Ustaw jako &amp;lidera</source>
        <translation>Make &amp;leader</translation>
    </message>
    <message>
        <source>&amp;Usuń</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Usuń zaznaczoną JST z partnerstwa (Delete)</source>
        <translation>Remove the selected LGU from the partnership (Delete)</translation>
    </message>
</context>
<context>
    <name>JstTableModel</name>
    <message>
        <source>Kod TERYT</source>
        <translation>TERYT code</translation>
    </message>
    <message>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Powiat</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <source>Lider</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Ta JST jest już członkiem partnerstwa.</source>
        <translation>This LGU is already a member of the partnership.</translation>
    </message>
</context>
<context>
    <name>KnowledgeDocumentPanel</name>
    <message>
        <source>tytuł dokumentu</source>
        <extracomment>Characters of the extracted text shown (the whole text is searched either way). (document id, field) after a field was stored.</extracomment>
        <translation>document title</translation>
    </message>
    <message>
        <source>rodzaj</source>
        <translation>type</translation>
    </message>
    <message>
        <source>temat</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>praktyka</source>
        <translation>practice</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>description</translation>
    </message>
    <message>
        <source>— bez praktyki —</source>
        <translation>— no practice —</translation>
    </message>
    <message>
        <source>Tekst odczytany z pliku (przeszukiwany; znaków: {n}):</source>
        <translation>Text read from the file (searchable; characters: {n}):</translation>
    </message>
    <message>
        <source>Z pliku nie odczytano tekstu (np. skan bez warstwy tekstowej).</source>
        <translation>No text was read from the file (e.g. a scan without a text layer).</translation>
    </message>
    <message>
        <source>Znaleziono w treści pliku:</source>
        <translation>Found in the file content:</translation>
    </message>
    <message>
        <source>&amp;Tytuł:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <source>&amp;Rodzaj:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Te&amp;mat:</source>
        <translation>Topi&amp;c:</translation>
    </message>
    <message>
        <source>&amp;Praktyka:</source>
        <translation>Pr&amp;actice:</translation>
    </message>
    <message>
        <source>Wydarzenie:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Materiały z tego wydarzenia sieciującego (zmień na stronie Sieciowanie)</source>
        <translation>Materials from this networking event (change this on the Networking page)</translation>
    </message>
    <message>
        <source>&amp;Opis:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <source>Plik:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Otwórz pl&amp;ik</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>Otwórz kopię pliku w programie systemowym (Ctrl+O)</source>
        <translation>Open a copy of the file in the system&apos;s default program (Ctrl+O)</translation>
    </message>
    <message>
        <source>Tekst odczytany z pliku (przeszukiwany):</source>
        <translation>Text read from the file (searchable):</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Import dobrych praktyk</source>
        <translation>Import good practices</translation>
    </message>
    <message>
        <source>Arkusze (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Zaimportowano dobre praktyki z pliku {name}: nowe {added}, zmienione {updated}, bez zmian {unchanged}.</source>
        <translation>Good practices imported from {name}: new {added}, changed {updated}, unchanged {unchanged}.</translation>
    </message>
    <message>
        <source>Import dobrych praktyk…</source>
        <translation>Importing good practices…</translation>
    </message>
    <message>
        <source>Eksport dobrych praktyk</source>
        <translation>Export good practices</translation>
    </message>
    <message>
        <source>dobre praktyki.xlsx</source>
        <translation>good practices.xlsx</translation>
    </message>
    <message>
        <source>Arkusz XLSX (*.xlsx)</source>
        <translation>XLSX spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Zapisano dobre praktyki ({n}) w pliku {path}.</source>
        <translation>Good practices ({n}) saved to {path}.</translation>
    </message>
    <message>
        <source>Eksport dobrych praktyk…</source>
        <translation>Exporting good practices…</translation>
    </message>
    <message>
        <source>Tytuł</source>
        <extracomment>Practice fields shown in the list: a change there refreshes the list.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>JST / partnerstwo</source>
        <translation>LGU / partnership</translation>
    </message>
    <message>
        <source>Temat</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Pliki</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Proj.</source>
        <translation>Proj.</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Praktyka / wydarzenie</source>
        <translation>Practice / event</translation>
    </message>
    <message>
        <source>Znaleziono w treści</source>
        <translation>Found in content</translation>
    </message>
    <message>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Dobre praktyki ({n})</source>
        <translation>Good practices ({n})</translation>
    </message>
    <message>
        <source>Dokumenty ({n})</source>
        <translation>Documents ({n})</translation>
    </message>
    <message>
        <source>Znaleziono: praktyki {p}, dokumenty {d}.</source>
        <translation>Found: practices {p}, documents {d}.</translation>
    </message>
    <message>
        <source>Wyniki są na karcie „Dokumenty”.</source>
        <translation>The results are on the “Documents” tab.</translation>
    </message>
    <message>
        <source>Praktyki: {p} · dokumenty: {d}</source>
        <translation>Practices: {p} · documents: {d}</translation>
    </message>
    <message>
        <source>Nowa dobra praktyka</source>
        <translation>New good practice</translation>
    </message>
    <message>
        <source>nowa dobra praktyka</source>
        <translation>new good practice</translation>
    </message>
    <message>
        <source>Dodaj plik do bazy wiedzy</source>
        <translation>Add a file to the knowledge base</translation>
    </message>
    <message>
        <source>Dokumenty {patterns}</source>
        <translation>Documents {patterns}</translation>
    </message>
    <message>
        <source>Odczytywanie pliku {name}…</source>
        <translation>Reading the file {name}…</translation>
    </message>
    <message>
        <source>dodanie pliku</source>
        <translation>adding a file</translation>
    </message>
    <message>
        <source>Usunąć dobrą praktykę „{title}” wraz z powiązaniami z projektami i dołączonymi plikami ({n})? Ctrl+Z cofa usunięcie.</source>
        <translation>Delete the good practice “{title}” together with its links to projects and its attached files ({n})? Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <source>usunięcie praktyki {title}</source>
        <translation>deleting practice {title}</translation>
    </message>
    <message>
        <source>Usunąć dokument „{title}” ({file}) z bazy wiedzy? Ctrl+Z cofa.</source>
        <translation>Delete the document “{title}” ({file}) from the knowledge base? Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <source>usunięcie dokumentu {title}</source>
        <translation>deleting document {title}</translation>
    </message>
    <message>
        <source>Baza wiedzy</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>wspólna dla całego zespołu</source>
        <translation>shared by the whole team</translation>
    </message>
    <message>
        <source>&amp;Nowa praktyka</source>
        <translation>&amp;New practice</translation>
    </message>
    <message>
        <source>Dodaj dobrą praktykę (Ctrl+N)</source>
        <translation>Add a good practice (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dodaj &amp;plik…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>Dodaj poradnik, raport lub materiały (DOCX, PDF, XLSX, ODS, TXT, MD); ich treść będzie przeszukiwana (Ctrl+Shift+O)</source>
        <translation>Add a guide, report or materials (DOCX, PDF, XLSX, ODS, TXT, MD); their content will be searchable (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Usuń</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Usuń zaznaczoną praktykę albo dokument (Delete; Ctrl+Z cofa)</source>
        <translation>Delete the selected practice or document (Delete; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>&amp;Import XLSX…</source>
        <translation>&amp;Import XLSX…</translation>
    </message>
    <message>
        <source>Wczytaj listę dobrych praktyk z arkusza (kolumny: Tytuł, JST / partnerstwo, TERYT, Temat, Cel polityki (PO), Opis, Rezultaty, Kontakt, Źródło)</source>
        <translation>Load a list of good practices from a spreadsheet (columns: Title, LGU / partnership, TERYT, Topic, Policy objective (PO), Description, Results, Contact, Source)</translation>
    </message>
    <message>
        <source>&amp;Eksport XLSX…</source>
        <translation>&amp;Export XLSX…</translation>
    </message>
    <message>
        <source>Zapisz listę dobrych praktyk jako arkusz XLSX</source>
        <translation>Save the list of good practices as an XLSX spreadsheet</translation>
    </message>
    <message>
        <source>Szukaj w praktykach i w treści plików… (Ctrl+F)</source>
        <translation>Search practices and file contents… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Szuka w tytułach, opisach i w tekście dołączonych plików (DOCX, PDF, XLSX, ODS, TXT, MD); polskie znaki można pominąć (zolw znajdzie żółw)</source>
        <translation>Searches titles, descriptions and the text of attached files (DOCX, PDF, XLSX, ODS, TXT, MD); Polish diacritics can be left out (zolw finds żółw)</translation>
    </message>
    <message>
        <source>Tem&amp;at:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>Rod&amp;zaj dokumentu:</source>
        <translation>Document ty&amp;pe:</translation>
    </message>
    <message>
        <source>Dobre praktyki</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <source>Dokumenty</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Wybierz praktykę lub dokument z listy, dodaj nową praktykę (Ctrl+N) albo plik (Ctrl+Shift+O).</source>
        <translation>Choose a practice or document from the list, or add a new practice (Ctrl+N) or a file (Ctrl+Shift+O).</translation>
    </message>
</context>
<context>
    <name>KnowledgePractice</name>
    <message>
        <source>— brak —</source>
        <extracomment>(practice id, field) after a field was stored (typed, undone or redone). Links or documents of the practice changed (the list&apos;s counts are stale). The user asked to attach a file to this practice (practice id). The user asked to see a document&apos;s details (document id). The partnership shown in the main window: its projects come first when linking.</extracomment>
        <translation>— none —</translation>
    </message>
    <message>
        <source>tytuł praktyki</source>
        <translation>practice title</translation>
    </message>
    <message>
        <source>JST / partnerstwo</source>
        <translation>LGU / partnership</translation>
    </message>
    <message>
        <source>TERYT</source>
        <translation>TERYT</translation>
    </message>
    <message>
        <source>partnerstwo</source>
        <translation>partnership</translation>
    </message>
    <message>
        <source>temat</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>cel polityki</source>
        <translation>policy objective</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>description</translation>
    </message>
    <message>
        <source>rezultaty</source>
        <translation>results</translation>
    </message>
    <message>
        <source>kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>źródło</source>
        <translation>source</translation>
    </message>
    <message>
        <source>— żadne —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Brak powiązanych projektów.</source>
        <translation>No linked projects.</translation>
    </message>
    <message>
        <source>Brak dołączonych plików.</source>
        <translation>No attached files.</translation>
    </message>
    <message>
        <source>powiązanie praktyki z projektem</source>
        <translation>linking the practice to a project</translation>
    </message>
    <message>
        <source>usunięcie powiązania z projektem</source>
        <translation>removing the link to a project</translation>
    </message>
    <message>
        <source>Nie udało się otworzyć pliku {path}.</source>
        <translation>Could not open the file {path}.</translation>
    </message>
    <message>
        <source>&amp;Tytuł:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <source>&amp;JST / partnerstwo:</source>
        <translation>L&amp;GU / partnership:</translation>
    </message>
    <message>
        <source>kto wdrożył praktykę, np. Gmina Kisielice</source>
        <translation>who implemented the practice, e.g. Gmina Kisielice</translation>
    </message>
    <message>
        <source>TER&amp;YT:</source>
        <translation>TER&amp;YT:</translation>
    </message>
    <message>
        <source>7 lub 4 cyfry</source>
        <translation>7 or 4 digits</translation>
    </message>
    <message>
        <source>Kod TERYT gminy (7 cyfr) lub powiatu (4 cyfry)</source>
        <translation>TERYT code of the gmina (7 digits) or county (4 digits)</translation>
    </message>
    <message>
        <source>&amp;Partnerstwo:</source>
        <translation>Partners&amp;hip:</translation>
    </message>
    <message>
        <source>Te&amp;mat:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>&amp;Cel polityki (PO):</source>
        <translation>Policy o&amp;bjective (PO):</translation>
    </message>
    <message>
        <source>&amp;Opis:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <source>&amp;Rezultaty:</source>
        <translation>Res&amp;ults:</translation>
    </message>
    <message>
        <source>&amp;Kontakt:</source>
        <translation>Cont&amp;act:</translation>
    </message>
    <message>
        <source>Dane osobowe: usuwane wraz z praktyką</source>
        <translation>Personal data: deleted together with the practice</translation>
    </message>
    <message>
        <source>Źró&amp;dło:</source>
        <translation>Sou&amp;rce:</translation>
    </message>
    <message>
        <source>Projekty zainspirowane tą praktyką</source>
        <translation>Projects inspired by this practice</translation>
    </message>
    <message>
        <source>Po&amp;wiąż</source>
        <translation>Lin&amp;k</translation>
    </message>
    <message>
        <source>Zapisz, że ta praktyka zainspirowała wybrany projekt</source>
        <translation>Record that this practice inspired the selected project</translation>
    </message>
    <message>
        <source>Usuń powiązanie</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Dokumenty praktyki</source>
        <translation>Practice documents</translation>
    </message>
    <message>
        <source>Dołącz p&amp;lik…</source>
        <translation>Atta&amp;ch file…</translation>
    </message>
    <message>
        <source>Dołącz do praktyki plik DOCX, PDF, XLSX, ODS, TXT lub MD; jego treść będzie przeszukiwana</source>
        <translation>Attach a DOCX, PDF, XLSX, ODS, TXT or MD file to the practice; its content will be searchable</translation>
    </message>
    <message>
        <source>Otwórz</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Szczegóły</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Pokaż dokument na liście dokumentów</source>
        <translation>Show the document in the document list</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Język</source>
        <extracomment>(code, name). Each language is named in itself, so a user who cannot read the current language still finds their own; the names are not translated.</extracomment>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plik danych: {path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <source>Niezsynchronizowane zmiany: {n}</source>
        <translation>Unsynced changes: {n}</translation>
    </message>
    <message>
        <source>Usunąć partnerstwo „{name}” ({short})? Usunięcie zostanie przekazane innym doradcom przy synchronizacji.</source>
        <translation>Delete the partnership “{name}” ({short})? The deletion will reach other advisors when you sync.</translation>
    </message>
    <message>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Ponów</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Eksportuj dokument</source>
        <translation>&amp;Export document</translation>
    </message>
    <message>
        <source>&amp;Synchronizuj</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Eksportuj pakiet s&amp;ynchronizacji…</source>
        <translation>Export s&amp;ync bundle…</translation>
    </message>
    <message>
        <source>&amp;Importuj pakiet synchronizacji…</source>
        <translation>&amp;Import sync bundle…</translation>
    </message>
    <message>
        <source>Konf&amp;likty synchronizacji…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
    <message>
        <source>Kopie zapasowe i &amp;przywracanie…</source>
        <extracomment>A verified restore waiting for the window to close its store (see ui/app.py).</extracomment>
        <translation>Backups and &amp;restore…</translation>
    </message>
    <message>
        <source>Szyfro&amp;wanie danych…</source>
        <translation>Data e&amp;ncryption…</translation>
    </message>
    <message>
        <source>Ostatnia synchronizacja: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>nigdy</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#&quot;&gt;Konflikty do rozwiązania: {n}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#&quot;&gt;Conflicts to resolve: {n}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Usunięto partnerstwo {short}. Ctrl+Z cofa usunięcie.</source>
        <translation>Partnership {short} deleted. Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <source>Zapisano kopię zapasową: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>Zapisywanie kopii zapasowej…</source>
        <translation>Saving a backup…</translation>
    </message>
    <message>
        <source>Dodano dane demonstracyjne: {list}.</source>
        <translation>Demo data added: {list}.</translation>
    </message>
    <message>
        <source>Dane demonstracyjne już są w bazie.</source>
        <translation>The demo data is already there.</translation>
    </message>
    <message>
        <source>Wczytywanie danych demonstracyjnych…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <source>Partnerstwa</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Szukaj partnerstwa (Ctrl+K)</source>
        <translation>Search partnerships (Ctrl+K)</translation>
    </message>
    <message>
        <source>Nie ma jeszcze żadnego partnerstwa. Dodaj pierwsze (Ctrl+N) albo wczytaj dane demonstracyjne z menu Plik.</source>
        <translation>There is no partnership yet. Add the first one (Ctrl+N) or load the demo data from the File menu.</translation>
    </message>
    <message>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edycja</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>P&amp;artnerstwo</source>
        <translation>P&amp;artnership</translation>
    </message>
    <message>
        <source>&amp;Widok</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Pasek narzędzi</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Nowe partnerstwo…</source>
        <translation>&amp;New partnership…</translation>
    </message>
    <message>
        <source>Dodaj nowe partnerstwo (Ctrl+N)</source>
        <translation>Add a new partnership (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edytuj wybrane partnerstwo (Ctrl+E)</source>
        <translation>Edit the selected partnership (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Usuń…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Usuń wybrane partnerstwo (Ctrl+Del)</source>
        <translation>Delete the selected partnership (Ctrl+Del)</translation>
    </message>
    <message>
        <source>&amp;Szukaj partnerstwa</source>
        <translation>&amp;Find partnership</translation>
    </message>
    <message>
        <source>&amp;Kopia zapasowa teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Wczytaj &amp;dane demonstracyjne</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Następny obszar</source>
        <translation>&amp;Next area</translation>
    </message>
    <message>
        <source>&amp;Poprzedni obszar</source>
        <translation>&amp;Previous area</translation>
    </message>
    <message>
        <source>Pokaż &amp;folder danych</source>
        <translation>Show data &amp;folder</translation>
    </message>
    <message>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>tytuł spotkania</source>
        <extracomment>Fields of a meeting the panel edits. A meeting&apos;s own fields were stored (the list shows title, date, place…). Its attendance list or action items changed (counts, open actions).</extracomment>
        <translation>meeting title</translation>
    </message>
    <message>
        <source>data spotkania</source>
        <translation>meeting date</translation>
    </message>
    <message>
        <source>miejsce spotkania</source>
        <translation>meeting place</translation>
    </message>
    <message>
        <source>JST spotkania</source>
        <translation>meeting LGU</translation>
    </message>
    <message>
        <source>misja spotkania</source>
        <translation>meeting&apos;s field mission</translation>
    </message>
    <message>
        <source>grupa robocza spotkania</source>
        <translation>meeting&apos;s working group</translation>
    </message>
    <message>
        <source>porządek obrad</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>protokół</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>ustalenia</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>Przebieg spotkania, wnioski i zgłoszone potrzeby…</source>
        <translation>Course of the meeting, conclusions and needs raised…</translation>
    </message>
    <message>
        <source>Co postanowiono (jedno w wierszu)…</source>
        <translation>What was decided (one per line)…</translation>
    </message>
    <message>
        <source>Imię i nazwisko</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funkcja, instytucja</source>
        <translation>Position, institution</translation>
    </message>
    <message>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>obecny</source>
        <translation>present</translation>
    </message>
    <message>
        <source>nieobecny</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Odpowiedzialny</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>— nie wskazano —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>— poza misją —</source>
        <translation>— outside a field mission —</translation>
    </message>
    <message>
        <source>— żadna —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Tytuł:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Miejsce:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>np. świetlica wiejska, sala urzędu gminy</source>
        <translation>e.g. village hall, meeting room of the gmina office</translation>
    </message>
    <message>
        <source>&amp;JST:</source>
        <translation>&amp;LGU:</translation>
    </message>
    <message>
        <source>M&amp;isja:</source>
        <translation>Field &amp;mission:</translation>
    </message>
    <message>
        <source>&amp;Grupa robocza:</source>
        <translation>&amp;Working group:</translation>
    </message>
    <message>
        <source>Porządek o&amp;brad</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>P&amp;rotokół (przebieg spotkania)</source>
        <translation>Minute&amp;s (course of the meeting)</translation>
    </message>
    <message>
        <source>&amp;Ustalenia</source>
        <translation>De&amp;cisions</translation>
    </message>
    <message>
        <source>&amp;Lista obecności</source>
        <translation>Attendance l&amp;ist</translation>
    </message>
    <message>
        <source>Działania do wy&amp;konania</source>
        <translation>Actions to ta&amp;ke</translation>
    </message>
    <message>
        <source>Wszystko zapisuje się samo. Tabele: Enter — nowy wiersz, Tab — dalej, Delete — usuń wiersz.</source>
        <translation>Everything saves automatically. Tables: Enter — new row, Tab — next, Delete — delete row.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Data</source>
        <extracomment>Something the page&apos;s summary counts changed.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Spotkanie</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Osób</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Otwarte</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nowe spotkanie</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Usunąć spotkanie „{title}” wraz z jego działaniami i listą obecności? Ctrl+Z przywróci spotkanie i działania, ale nie nazwiska z listy obecności (dane osobowe są usuwane od razu).</source>
        <translation>Delete the meeting “{title}” together with its actions and attendance list? Ctrl+Z will restore the meeting and its actions, but not the names on the attendance list (personal data is deleted immediately).</translation>
    </message>
    <message>
        <source>Szukaj w tytułach, porządkach obrad, protokołach i ustaleniach…</source>
        <translation>Search titles, agendas, minutes and decisions…</translation>
    </message>
    <message>
        <source>&amp;Nowe spotkanie</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Usuń spotkanie…</source>
        <translation>Delete meeting…</translation>
    </message>
</context>
<context>
    <name>MissionsTab</name>
    <message>
        <source>Misja</source>
        <extracomment>&quot;New meeting in this mission&quot;: the mission&apos;s id. Missions were added, renamed or removed.</extracomment>
        <translation>Field mission</translation>
    </message>
    <message>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Miejsca</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Doradcy</source>
        <translation>Advisors</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Spotkanie</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>miejsca misji</source>
        <translation>field mission places</translation>
    </message>
    <message>
        <source>program misji</source>
        <translation>field mission programme</translation>
    </message>
    <message>
        <source>notatki z misji</source>
        <translation>field mission notes</translation>
    </message>
    <message>
        <source>N&amp;owa misja</source>
        <translation>N&amp;ew field mission</translation>
    </message>
    <message>
        <source>Tytuł, daty i doradców wpisuje się w tabeli (Enter — nowa misja); miejsca, program i notatki poniżej.</source>
        <translation>Enter the title, dates and advisors in the table (Enter — new field mission); places, programme and notes below.</translation>
    </message>
    <message>
        <source>Miejsca misji (JST)</source>
        <translation>Field mission places (LGUs)</translation>
    </message>
    <message>
        <source>Pro&amp;gram misji</source>
        <translation>Field mission pro&amp;gramme</translation>
    </message>
    <message>
        <source>No&amp;tatki z misji</source>
        <translation>Field mission no&amp;tes</translation>
    </message>
    <message>
        <source>Spotkania w ramach misji (dwuklik otwiera)</source>
        <translation>Meetings during the field mission (double-click opens)</translation>
    </message>
    <message>
        <source>Nowe spotkanie w tej misji</source>
        <translation>New meeting in this field mission</translation>
    </message>
</context>
<context>
    <name>NetworkingPage</name>
    <message>
        <source>Termin</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wydarzenie</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Rodzaj, temat</source>
        <translation>Type, topic</translation>
    </message>
    <message>
        <source>Partn. / os.</source>
        <translation>Partn. / people</translation>
    </message>
    <message>
        <source>Wszystkie rodzaje</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Wszystkie tematy</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Tylko z udziałem: {short}</source>
        <translation>Only events with {short}</translation>
    </message>
    <message>
        <source>Każdy rok</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Wydarzenia: {n} · uczestnicy łącznie: {people}</source>
        <translation>Events: {n} · participants in total: {people}</translation>
    </message>
    <message>
        <source>Nowe wydarzenie sieciujące</source>
        <translation>New networking event</translation>
    </message>
    <message>
        <source>nowe wydarzenie</source>
        <translation>new event</translation>
    </message>
    <message>
        <source>Usunąć wydarzenie „{title}” wraz z listą partnerstw i uczestników? Imiona, nazwiska i adresy e-mail uczestników zostaną wymazane i nie wrócą po cofnięciu (Ctrl+Z przywróci wydarzenie).</source>
        <translation>Delete the event “{title}” together with its list of partnerships and participants? The participants&apos; names and e-mail addresses will be erased and will not come back on undo (Ctrl+Z will restore the event).</translation>
    </message>
    <message>
        <source>usunięcie wydarzenia</source>
        <translation>deleting the event</translation>
    </message>
    <message>
        <source>Wydarzenia sieciujące</source>
        <translation>Networking events</translation>
    </message>
    <message>
        <source>Tylko z udziałem tego partnerstwa</source>
        <translation>Only events with this partnership</translation>
    </message>
    <message>
        <source>Pokaż tylko wydarzenia, w których uczestniczyło partnerstwo wybrane po lewej</source>
        <translation>Show only events in which the partnership selected on the left took part</translation>
    </message>
    <message>
        <source>&amp;Nowe wydarzenie</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <source>Dodaj wydarzenie sieciujące (Ctrl+N)</source>
        <translation>Add a networking event (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Usuń wydarzenie</source>
        <translation>Delete e&amp;vent</translation>
    </message>
    <message>
        <source>Usuń zaznaczone wydarzenie wraz z listą partnerstw i uczestników (Delete na liście; Ctrl+Z cofa)</source>
        <translation>Delete the selected event with its list of partnerships and participants (Delete in the list; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Szukaj: tytuł, miejsce, organizator… Ctrl+F</source>
        <translation>Search: title, place, organiser… Ctrl+F</translation>
    </message>
    <message>
        <source>Rodzaj wydarzenia</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Temat wydarzenia</source>
        <translation>Event topic</translation>
    </message>
    <message>
        <source>Rok wydarzenia</source>
        <translation>Event year</translation>
    </message>
    <message>
        <source>Wybierz wydarzenie z listy albo dodaj nowe (Ctrl+N).</source>
        <translation>Choose an event from the list or add a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Rodzaj</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Tytuł</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Nazwa wydarzenia</source>
        <translation>Name of the event</translation>
    </message>
    <message>
        <source>Pierwszy dzień wydarzenia</source>
        <translation>First day of the event</translation>
    </message>
    <message>
        <source>Ostatni dzień wydarzenia kilkudniowego (puste: jednodniowe)</source>
        <translation>Last day of a multi-day event (empty: a one-day event)</translation>
    </message>
    <message>
        <source>&amp;Miejsce</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>Miejscowość, obiekt (lub „online”)</source>
        <translation>Town, venue (or “online”)</translation>
    </message>
    <message>
        <source>T&amp;emat</source>
        <translation>Topi&amp;c</translation>
    </message>
    <message>
        <source>&amp;Organizator</source>
        <translation>Or&amp;ganiser</translation>
    </message>
    <message>
        <source>O&amp;pis, program</source>
        <translation>Desc&amp;ription, programme</translation>
    </message>
    <message>
        <source>Wizyta studyjna: gospodarz i poznane praktyki</source>
        <translation>Study visit: host and practices seen</translation>
    </message>
    <message>
        <source>Partnerstwo-&amp;gospodarz</source>
        <translation>Host partner&amp;ship</translation>
    </message>
    <message>
        <source>&amp;JST-gospodarz</source>
        <translation>Host LG&amp;U</translation>
    </message>
    <message>
        <source>Wpisz nazwę gminy lub kod TERYT i wybierz z listy</source>
        <translation>Type a municipality name or TERYT code and choose from the list</translation>
    </message>
    <message>
        <source>np. Aglomeracja Wałbrzyska (ZIT)</source>
        <translation>e.g. Aglomeracja Wałbrzyska (ZIT)</translation>
    </message>
    <message>
        <source>Term&amp;in</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Na&amp;zwa gospodarza</source>
        <translation>Host na&amp;me</translation>
    </message>
    <message>
        <source>Poznane pra&amp;ktyki</source>
        <translation>&amp;Practices seen</translation>
    </message>
    <message>
        <source>&amp;Wnioski</source>
        <translation>Conclus&amp;ions</translation>
    </message>
    <message>
        <source>Czego się nauczyliśmy, co partnerstwa zrobią dalej</source>
        <translation>What we learned, what the partnerships will do next</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partnerstwa uczestniczące</source>
        <translation>Participating partnerships</translation>
    </message>
    <message>
        <source>Partnerstwa zapisane na tym komputerze</source>
        <translation>Partnerships stored on this computer</translation>
    </message>
    <message>
        <source>&amp;Dodaj partnerstwo</source>
        <translation>&amp;Add partnership</translation>
    </message>
    <message>
        <source>Usuń z listy</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Filtruj osoby…</source>
        <translation>Filter people…</translation>
    </message>
    <message>
        <source>Dodaj &amp;osobę</source>
        <translation>Add p&amp;erson</translation>
    </message>
    <message>
        <source>Nowy wiersz listy uczestników (Enter w ostatnim wierszu)</source>
        <translation>New row in the participant list (Enter in the last row)</translation>
    </message>
    <message>
        <source>Usuń osobę</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Usuń zaznaczoną osobę (Delete); jej imię, nazwisko i e-mail zostaną wymazane</source>
        <translation>Remove the selected person (Delete); their name and e-mail will be erased</translation>
    </message>
    <message>
        <source>Materiały</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Prezentacje, programy i sprawozdania z wydarzenia są przechowywane w bazie wiedzy; tam można je dodawać.</source>
        <translation>Presentations, programmes and reports from the event are kept in the knowledge base; add them there.</translation>
    </message>
    <message>
        <source>O&amp;twórz</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>1. Plan pracy</source>
        <translation>1. Work plan</translation>
    </message>
    <message>
        <source>2. Diagnoza</source>
        <translation>2. Diagnosis</translation>
    </message>
    <message>
        <source>3. Strategia</source>
        <translation>3. Strategy</translation>
    </message>
    <message>
        <source>4. Wdrożenie</source>
        <translation>4. Implementation</translation>
    </message>
    <message>
        <source>Komponent II</source>
        <translation>Component II</translation>
    </message>
    <message>
        <source>{short} · województwo {voiv} · {n} JST</source>
        <translation>{short} · {voiv} voivodeship · {n} LGUs</translation>
    </message>
    <message>
        <source>{name} ({kind}), pow. {powiat}, woj. {voivodeship}</source>
        <translation>{name} ({kind}), {powiat} county, {voivodeship} voivodeship</translation>
    </message>
    <message>
        <source>formalne {ok}/8, merytoryczne {pts} pkt</source>
        <translation>formal {ok}/8, merit {pts} pts</translation>
    </message>
    <message>
        <source>brak: {list}</source>
        <translation>missing: {list}</translation>
    </message>
    <message>
        <source>Kod TERYT</source>
        <translation>TERYT code</translation>
    </message>
    <message>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Powiat</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>lider</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>członek</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Etap doradztwa</source>
        <translation>Advisory stage</translation>
    </message>
    <message>
        <source>Partnerstwo</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Typ OSI:</source>
        <translation>OSI type:</translation>
    </message>
    <message>
        <source>Edycja programu:</source>
        <translation>Programme edition:</translation>
    </message>
    <message>
        <source>Rodzaj strategii:</source>
        <translation>Strategy type:</translation>
    </message>
    <message>
        <source>Podstawa formalna:</source>
        <translation>Formal basis:</translation>
    </message>
    <message>
        <source>Lider:</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <source>Koordynator:</source>
        <translation>Coordinator:</translation>
    </message>
    <message>
        <source>Doradcy partnerstwa:</source>
        <translation>Partnership advisors:</translation>
    </message>
    <message>
        <source>Kryteria wyboru:</source>
        <translation>Selection criteria:</translation>
    </message>
    <message>
        <source>Terminy</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <source>Zawiązanie partnerstwa:</source>
        <translation>Partnership formed:</translation>
    </message>
    <message>
        <source>Zakwalifikowanie do CWD:</source>
        <translation>Selected for CWD:</translation>
    </message>
    <message>
        <source>Początek doradztwa:</source>
        <translation>Advisory start:</translation>
    </message>
    <message>
        <source>Przyjęcie strategii:</source>
        <translation>Strategy adopted:</translation>
    </message>
    <message>
        <source>Koniec doradztwa:</source>
        <translation>Advisory end:</translation>
    </message>
    <message>
        <source>JST członkowskie</source>
        <translation>Member LGUs</translation>
    </message>
    <message>
        <source>Rada partnerstwa</source>
        <translation>Partnership council</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>Partnerstwo: {short}</source>
        <translation>Partnership: {short}</translation>
    </message>
    <message>
        <source>(z lidera)</source>
        <translation>(from the leader)</translation>
    </message>
    <message>
        <source>(nie określono)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Kryteria merytoryczne (0–{max} pkt każde)</source>
        <translation>Merit criteria (0–{max} pts each)</translation>
    </message>
    <message>
        <source> pkt</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>Kryteria formalne: {formal}/{count} · merytoryczne: {merit} pkt</source>
        <translation>Formal criteria: {formal}/{count} · merit: {merit} pts</translation>
    </message>
    <message>
        <source>Nowe partnerstwo</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>Dane &amp;podstawowe</source>
        <translation>&amp;Basic data</translation>
    </message>
    <message>
        <source>&amp;Nazwa:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>np. Partnerstwo Gmin Ziemi Braniewskiej</source>
        <translation>e.g. Partnerstwo Gmin Ziemi Braniewskiej</translation>
    </message>
    <message>
        <source>&amp;Skrót:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>np. PGZB</source>
        <translation>e.g. PGZB</translation>
    </message>
    <message>
        <source>Krótka, niepowtarzalna nazwa używana w listach i w wierszu poleceń</source>
        <translation>A short, unique name used in lists and on the command line</translation>
    </message>
    <message>
        <source>&amp;Województwo:</source>
        <translation>&amp;Voivodeship:</translation>
    </message>
    <message>
        <source>Puste: województwo lidera partnerstwa</source>
        <translation>Empty: the voivodeship of the partnership&apos;s leader</translation>
    </message>
    <message>
        <source>Typ &amp;OSI:</source>
        <translation>&amp;OSI type:</translation>
    </message>
    <message>
        <source>&amp;Edycja programu:</source>
        <translation>Programme &amp;edition:</translation>
    </message>
    <message>
        <source>T&amp;yp strategii:</source>
        <translation>Strategy t&amp;ype:</translation>
    </message>
    <message>
        <source>Podstawa &amp;formalna:</source>
        <translation>&amp;Formal basis:</translation>
    </message>
    <message>
        <source>opis, np. porozumienie z 14.10.2020 r.</source>
        <translation>description, e.g. agreement of 14.10.2020</translation>
    </message>
    <message>
        <source>Opis podstawy formalnej</source>
        <translation>Description of the formal basis</translation>
    </message>
    <message>
        <source>E&amp;tap doradztwa:</source>
        <translation>Advisory s&amp;tage:</translation>
    </message>
    <message>
        <source>Koo&amp;rdynator:</source>
        <translation>Coo&amp;rdinator:</translation>
    </message>
    <message>
        <source>imię i nazwisko (urząd)</source>
        <translation>name (office)</translation>
    </message>
    <message>
        <source>&amp;Doradcy (jeden w wierszu):</source>
        <translation>A&amp;dvisors (one per line):</translation>
    </message>
    <message>
        <source>R&amp;ada partnerstwa:</source>
        <translation>Partnership &amp;council:</translation>
    </message>
    <message>
        <source>&amp;Uwagi:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;JST członkowskie</source>
        <translation>Member &amp;LGUs</translation>
    </message>
    <message>
        <source>&amp;Kryteria wyboru</source>
        <translation>Selection &amp;criteria</translation>
    </message>
    <message>
        <source>Kryteria formalne (spełnione / niespełnione)</source>
        <translation>Formal criteria (met / not met)</translation>
    </message>
    <message>
        <source>Kryteria merytoryczne (punkty)</source>
        <translation>Merit criteria (points)</translation>
    </message>
    <message>
        <source>Ter&amp;miny</source>
        <translation>Key &amp;dates</translation>
    </message>
    <message>
        <source>Zaznacz datę, która jest już znana; odznaczona oznacza „brak”.</source>
        <translation>Tick a date that is already known; unticked means “none”.</translation>
    </message>
    <message>
        <source>Zawiązanie partnerstwa</source>
        <translation>Partnership formed</translation>
    </message>
    <message>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Data zawiązania partnerstwa</source>
        <translation>Date the partnership was formed</translation>
    </message>
    <message>
        <source>Wybór do programu</source>
        <translation>Selected for the programme</translation>
    </message>
    <message>
        <source>Data wyboru do programu</source>
        <translation>Date of selection for the programme</translation>
    </message>
    <message>
        <source>Początek doradztwa</source>
        <translation>Advisory start</translation>
    </message>
    <message>
        <source>Data początku doradztwa</source>
        <translation>Date the advisory work starts</translation>
    </message>
    <message>
        <source>Przyjęcie strategii</source>
        <translation>Strategy adopted</translation>
    </message>
    <message>
        <source>Data przyjęcia strategii</source>
        <translation>Date the strategy was adopted</translation>
    </message>
    <message>
        <source>Koniec doradztwa</source>
        <translation>Advisory end</translation>
    </message>
    <message>
        <source>Data końca doradztwa</source>
        <translation>Date the advisory work ends</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <source>{n} JST</source>
        <translation>{n} LGUs</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>osoba kontaktowa</source>
        <extracomment>How erasure treats a row whose name field is the person: rows that only record the person are tombstoned (their name and role are ``__personal__``, so sync never refills them); rows that must stay (a comment needs its answer) lose the field only. Tables whose rows name the stakeholder the person spoke for. Polish names of the places a person can be mentioned (context &quot;PersonData&quot;).</extracomment>
        <translation>contact person</translation>
    </message>
    <message>
        <source>interesariusz</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <source>lista obecności</source>
        <translation>attendance list</translation>
    </message>
    <message>
        <source>członek grupy roboczej</source>
        <translation>working group member</translation>
    </message>
    <message>
        <source>grupa robocza</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>spotkanie</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>zadanie ze spotkania</source>
        <translation>meeting action</translation>
    </message>
    <message>
        <source>misja</source>
        <translation>field mission</translation>
    </message>
    <message>
        <source>konsultacje</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>uwaga z konsultacji</source>
        <translation>consultation comment</translation>
    </message>
    <message>
        <source>załącznik</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>zadanie planu pracy</source>
        <translation>work plan task</translation>
    </message>
    <message>
        <source>partnerstwo</source>
        <translation>partnership</translation>
    </message>
    <message>
        <source>projekt</source>
        <translation>project</translation>
    </message>
    <message>
        <source>zarys wniosku</source>
        <translation>application outline</translation>
    </message>
    <message>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <source>ankieta</source>
        <translation>survey</translation>
    </message>
    <message>
        <source>uczestnik wydarzenia sieciującego</source>
        <translation>networking event participant</translation>
    </message>
    <message>
        <source>imię i nazwisko / nazwa</source>
        <extracomment>Polish names of the fields a person is usually found in; others show their column name.</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>funkcja</source>
        <translation>role</translation>
    </message>
    <message>
        <source>zgłaszający</source>
        <translation>submitted by</translation>
    </message>
    <message>
        <source>odpowiedzialny</source>
        <translation>responsible person</translation>
    </message>
    <message>
        <source>odpowiedzialni</source>
        <translation>responsible people</translation>
    </message>
    <message>
        <source>koordynator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>uwagi</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>przebieg spotkania</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>porządek</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>ustalenia</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>treść</source>
        <translation>text</translation>
    </message>
    <message>
        <source>propozycja</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>uzasadnienie</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>description</translation>
    </message>
    <message>
        <source>tytuł</source>
        <translation>title</translation>
    </message>
    <message>
        <source>rada partnerstwa</source>
        <translation>partnership council</translation>
    </message>
    <message>
        <source>Zestawienie obejmuje dane osoby kontaktowej zapisane w programie CWD Desktop na tym komputerze: jej rekord (dane osobowe i zgoda), interesariusza i partnerstwo, do których należy, wpisy partnerstwa, w których całe pole to jej imię i nazwisko (listy obecności, członkowie grup roboczych, autorzy uwag, osoby odpowiedzialne, koordynator, uczestnicy wydarzeń sieciujących), oraz pola tekstowe zawierające jej imię i nazwisko, adres e-mail lub numer telefonu. Nie obejmuje kopii zapasowych ani wcześniej wyeksportowanych plików.</source>
        <extracomment>What erasure does with a mention (``Mention`` → ``action``). A networking event&apos;s participant row only records the person: it is tombstoned. The scope of an export, written into the file itself (Polish; &quot;PersonData&quot;).</extracomment>
        <translation>The export covers the contact person&apos;s data stored in CWD Desktop on this computer: their record (personal data and consent), the stakeholder and partnership they belong to, the partnership&apos;s records in which a whole field is their name (attendance lists, working group members, comment authors, responsible persons, coordinator, networking event participants), and text fields containing their name, e-mail address or phone number. It does not cover backups or previously exported files.</translation>
    </message>
</context>
<context>
    <name>PersonDataXlsx</name>
    <message>
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Wartość</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Rodzaj wpisu</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Gdzie</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Znaleziono</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Treść pola</source>
        <translation>Field content</translation>
    </message>
    <message>
        <source>Rekord usunięty</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <source>Przy usunięciu danych osoby</source>
        <translation>On erasure of the person&apos;s data</translation>
    </message>
    <message>
        <source>Identyfikator rekordu</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Wartość obecna</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Kto</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Wartość druga</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Zapisano</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Rozstrzygnięto</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>imię i nazwisko</source>
        <translation>name</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>wpis zostanie usunięty</source>
        <translation>record will be deleted</translation>
    </message>
    <message>
        <source>pole zostanie wyczyszczone</source>
        <translation>field will be cleared</translation>
    </message>
    <message>
        <source>e-mail i telefon zostaną zastąpione</source>
        <translation>e-mail and phone will be replaced</translation>
    </message>
    <message>
        <source>do poprawienia ręcznie</source>
        <translation>to be corrected manually</translation>
    </message>
    <message>
        <source>bez zmian (rekord usunięty)</source>
        <translation>unchanged (record deleted)</translation>
    </message>
    <message>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Imię i nazwisko</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funkcja</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cel zgody</source>
        <translation>Consent purpose</translation>
    </message>
    <message>
        <source>Data udzielenia zgody</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Data wycofania zgody</source>
        <translation>Consent withdrawn on</translation>
    </message>
    <message>
        <source>Interesariusz</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Kategoria interesariusza</source>
        <translation>Stakeholder category</translation>
    </message>
    <message>
        <source>JST</source>
        <translation>LGU</translation>
    </message>
    <message>
        <source>Miejscowość / sołectwo</source>
        <translation>Locality / sołectwo</translation>
    </message>
    <message>
        <source>Partnerstwo</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Identyfikator osoby</source>
        <translation>Person ID</translation>
    </message>
    <message>
        <source>Ostatnia zmiana rekordu</source>
        <translation>Record last changed</translation>
    </message>
    <message>
        <source>Zmiany jeszcze niezsynchronizowane</source>
        <translation>Unsynced changes</translation>
    </message>
    <message>
        <source>Data zestawienia</source>
        <translation>Export date</translation>
    </message>
    <message>
        <source>Zakres zestawienia</source>
        <translation>Export scope</translation>
    </message>
    <message>
        <source>Wzmianki</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Konflikty synchronizacji</source>
        <translation>Sync conflicts</translation>
    </message>
</context>
<context>
    <name>PracticesXlsx</name>
    <message>
        <source>Dobre praktyki</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <source>Tytuł</source>
        <extracomment>(field, Polish header, width), in the file&apos;s column order.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>JST / partnerstwo</source>
        <translation>LGU / partnership</translation>
    </message>
    <message>
        <source>TERYT</source>
        <translation>TERYT</translation>
    </message>
    <message>
        <source>Temat</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Cel polityki (PO)</source>
        <translation>Policy objective (PO)</translation>
    </message>
    <message>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rezultaty</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ProjectCharts</name>
    <message>
        <source>{value} mln zł</source>
        <translation>PLN {value}m</translation>
    </message>
    <message>
        <source>{value} tys. zł</source>
        <translation>PLN {value}k</translation>
    </message>
    <message>
        <source>mln zł</source>
        <translation>PLN million</translation>
    </message>
</context>
<context>
    <name>ProjectCommentPicker</name>
    <message>
        <source>Uwagi z konsultacji</source>
        <translation>Consultation comments</translation>
    </message>
    <message>
        <source>Wyszukaj uwagi, które ukształtowały projekt (autor, fragment, treść, propozycja). Zaznacz jedną lub kilka i naciśnij Enter.</source>
        <translation>Find the comments that shaped the project (author, section, text, proposal). Select one or more and press Enter.</translation>
    </message>
    <message>
        <source>Szukaj w uwagach…</source>
        <translation>Search comments…</translation>
    </message>
</context>
<context>
    <name>ProjectFiche</name>
    <message>
        <source>numer projektu</source>
        <extracomment>Fiche fields shown in the project list: a change there updates the list&apos;s row. (project id, field) after a fiche field was stored (typed, undone or redone). The project&apos;s funding, tasks, indicators or links changed.</extracomment>
        <translation>project number</translation>
    </message>
    <message>
        <source>tytuł projektu</source>
        <translation>project title</translation>
    </message>
    <message>
        <source>lider projektu</source>
        <translation>project leader</translation>
    </message>
    <message>
        <source>partnerzy</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>lokalizacja</source>
        <translation>location</translation>
    </message>
    <message>
        <source>cel polityki spójności</source>
        <translation>cohesion policy objective</translation>
    </message>
    <message>
        <source>obszar tematyczny</source>
        <translation>thematic area</translation>
    </message>
    <message>
        <source>stopień przygotowania</source>
        <translation>readiness level</translation>
    </message>
    <message>
        <source>status projektu</source>
        <translation>project status</translation>
    </message>
    <message>
        <source>koszt projektu</source>
        <translation>project cost</translation>
    </message>
    <message>
        <source>opis projektu</source>
        <translation>project description</translation>
    </message>
    <message>
        <source>zakres rzeczowy</source>
        <translation>scope of work</translation>
    </message>
    <message>
        <source>zintegrowany charakter</source>
        <translation>integrated nature</translation>
    </message>
    <message>
        <source>potrzeba i stan obecny</source>
        <translation>need and current situation</translation>
    </message>
    <message>
        <source>warianty</source>
        <translation>options</translation>
    </message>
    <message>
        <source>aspekty techniczne</source>
        <translation>technical aspects</translation>
    </message>
    <message>
        <source>aspekty prawne</source>
        <translation>legal aspects</translation>
    </message>
    <message>
        <source>aspekty instytucjonalne</source>
        <translation>institutional aspects</translation>
    </message>
    <message>
        <source>aspekty finansowe</source>
        <translation>financial aspects</translation>
    </message>
    <message>
        <source>ryzyka</source>
        <translation>risks</translation>
    </message>
    <message>
        <source>trwałość</source>
        <translation>durability</translation>
    </message>
    <message>
        <source>początek projektu</source>
        <translation>project start</translation>
    </message>
    <message>
        <source>koniec projektu</source>
        <translation>project end</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>działanie</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>nabór</source>
        <translation>call for proposals</translation>
    </message>
    <message>
        <source>streszczenie projektu</source>
        <translation>project summary</translation>
    </message>
    <message>
        <source>cele projektu</source>
        <translation>project objectives</translation>
    </message>
    <message>
        <source>grupy docelowe</source>
        <translation>target groups</translation>
    </message>
    <message>
        <source>budżet projektu</source>
        <translation>project budget</translation>
    </message>
    <message>
        <source>kontekst sektora</source>
        <translation>sector context</translation>
    </message>
    <message>
        <source>popyt</source>
        <translation>demand</translation>
    </message>
    <message>
        <source>podaż</source>
        <translation>supply</translation>
    </message>
    <message>
        <source>luki i bariery</source>
        <translation>gaps and barriers</translation>
    </message>
    <message>
        <source>wnioski dla projektu</source>
        <translation>conclusions for the project</translation>
    </message>
    <message>
        <source>— nie wskazano —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>projekt kluczowy</source>
        <translation>key project</translation>
    </message>
    <message>
        <source>To jest projekt kluczowy partnerstwa: jego zarys wniosku i analiza sektorowa są w zakładce „Zarys wniosku”.</source>
        <translation>This is the partnership&apos;s key project: its funding application outline and sector analysis are on the “Application outline” tab.</translation>
    </message>
    <message>
        <source>Koszt projektu: &lt;b&gt;{cost} zł&lt;/b&gt; · suma źródeł: &lt;b&gt;{total} zł&lt;/b&gt; ({share})</source>
        <translation>Project cost: &lt;b&gt;PLN {cost}&lt;/b&gt; · total of sources: &lt;b&gt;PLN {total}&lt;/b&gt; ({share})</translation>
    </message>
    <message>
        <source>Potrzeba i stan obecny</source>
        <extracomment>The fiche&apos;s columns of ``project`` (everything but the sync bookkeeping). The feasibility analysis sections (wstępna analiza wykonalności) with their Polish titles.</extracomment>
        <translation>Need and current situation</translation>
    </message>
    <message>
        <source>Rozważane warianty i wariant wybrany</source>
        <translation>Options considered and the option chosen</translation>
    </message>
    <message>
        <source>Aspekty techniczne</source>
        <translation>Technical aspects</translation>
    </message>
    <message>
        <source>Aspekty prawne (pozwolenia, własność terenu)</source>
        <translation>Legal aspects (permits, land ownership)</translation>
    </message>
    <message>
        <source>Aspekty instytucjonalne (kto realizuje, kto utrzymuje)</source>
        <translation>Institutional aspects (who implements, who maintains)</translation>
    </message>
    <message>
        <source>Aspekty finansowe (koszt, finansowanie, koszty utrzymania)</source>
        <translation>Financial aspects (cost, funding, maintenance costs)</translation>
    </message>
    <message>
        <source>Ryzyka i sposoby ich ograniczania</source>
        <translation>Risks and how to mitigate them</translation>
    </message>
    <message>
        <source>Trwałość projektu</source>
        <translation>Project durability</translation>
    </message>
    <message>
        <source>Streszczenie projektu</source>
        <extracomment>The application outline&apos;s text sections (zarys wniosku) with their Polish titles.</extracomment>
        <translation>Project summary</translation>
    </message>
    <message>
        <source>Cele projektu</source>
        <translation>Project objectives</translation>
    </message>
    <message>
        <source>Grupy docelowe</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Budżet projektu</source>
        <translation>Project budget</translation>
    </message>
    <message>
        <source>Kontekst sektora</source>
        <extracomment>The sector analysis (analiza sektorowa) of the key project.</extracomment>
        <translation>Sector context</translation>
    </message>
    <message>
        <source>Popyt (potrzeby i odbiorcy)</source>
        <translation>Demand (needs and users)</translation>
    </message>
    <message>
        <source>Podaż (istniejąca oferta)</source>
        <translation>Supply (existing provision)</translation>
    </message>
    <message>
        <source>Luki i bariery</source>
        <translation>Gaps and barriers</translation>
    </message>
    <message>
        <source>Wnioski dla projektu</source>
        <translation>Conclusions for the project</translation>
    </message>
    <message>
        <source>Fiszka</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>N&amp;umer</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>&amp;Tytuł</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Tytuł projektu</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>&amp;Lider (JST)</source>
        <translation>&amp;Leader (LGU)</translation>
    </message>
    <message>
        <source>&amp;Partnerzy</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>Lo&amp;kalizacja</source>
        <translation>Lo&amp;cation</translation>
    </message>
    <message>
        <source>JST, sołectwa, adres</source>
        <translation>LGUs, village councils (sołectwa), address</translation>
    </message>
    <message>
        <source>Cel polityki &amp;spójności</source>
        <translation>Cohesion policy o&amp;bjective</translation>
    </message>
    <message>
        <source>&amp;Obszar tematyczny</source>
        <translation>T&amp;hematic area</translation>
    </message>
    <message>
        <source>&amp;Szacowany koszt (zł)</source>
        <translation>&amp;Estimated cost (PLN)</translation>
    </message>
    <message>
        <source>np. 12 500 000,00</source>
        <translation>e.g. 12 500 000,00</translation>
    </message>
    <message>
        <source>Stopień &amp;przygotowania</source>
        <translation>&amp;Readiness level</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Op&amp;is projektu</source>
        <translation>Project &amp;description</translation>
    </message>
    <message>
        <source>&amp;Zakres rzeczowy</source>
        <translation>Scope of &amp;work</translation>
    </message>
    <message>
        <source>Zintegrowany &amp;charakter</source>
        <translation>&amp;Integrated nature</translation>
    </message>
    <message>
        <source>Finansowanie</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Dodaj ź&amp;ródło</source>
        <translation>Add &amp;source</translation>
    </message>
    <message>
        <source>Nowe źródło finansowania (także Enter w ostatnim wierszu)</source>
        <translation>New funding source (also Enter in the last row)</translation>
    </message>
    <message>
        <source>Harmonogram</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Początek p&amp;rojektu</source>
        <translation>Project &amp;start</translation>
    </message>
    <message>
        <source>K&amp;oniec projektu</source>
        <translation>Project e&amp;nd</translation>
    </message>
    <message>
        <source>Dodaj &amp;zadanie</source>
        <translation>Add &amp;task</translation>
    </message>
    <message>
        <source>Nowe zadanie harmonogramu (także Enter w ostatnim wierszu)</source>
        <translation>New schedule task (also Enter in the last row)</translation>
    </message>
    <message>
        <source>Wskaźniki</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Dodaj &amp;wskaźnik</source>
        <translation>Add &amp;indicator</translation>
    </message>
    <message>
        <source>Nowy wskaźnik produktu lub rezultatu (także Enter w ostatnim wierszu)</source>
        <translation>New output or result indicator (also Enter in the last row)</translation>
    </message>
    <message>
        <source>Wartości i rok wpisuje się w tabeli; Delete usuwa wiersz.</source>
        <translation>Enter the values and the year in the table; Delete removes a row.</translation>
    </message>
    <message>
        <source>Powiązania</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Cele strategiczne i kierunki działań, którym służy projekt</source>
        <translation>Strategic objectives and directions of action the project serves</translation>
    </message>
    <message>
        <source>Strategia partnerstwa nie ma jeszcze celów strategicznych.</source>
        <translation>The partnership&apos;s strategy has no strategic objectives yet.</translation>
    </message>
    <message>
        <source>Po&amp;wiąż</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Uwagi z konsultacji, które ukształtowały projekt</source>
        <translation>Consultation comments that shaped the project</translation>
    </message>
    <message>
        <source>Dodaj &amp;uwagę…</source>
        <translation>Add &amp;comment…</translation>
    </message>
    <message>
        <source>Wyszukaj uwagę z konsultacji partnerstwa</source>
        <translation>Find a comment from the partnership&apos;s consultations</translation>
    </message>
    <message>
        <source>Usuń zaznaczone powiązanie</source>
        <translation>Remove the selected link</translation>
    </message>
    <message>
        <source>Usuń zaznaczone powiązanie z celem albo uwagą (Delete; Ctrl+Z cofa)</source>
        <translation>Remove the selected link to an objective or comment (Delete; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Analiza wykonalności</source>
        <translation>Feasibility analysis</translation>
    </message>
    <message>
        <source>Zarys wniosku</source>
        <translation>Application outline</translation>
    </message>
    <message>
        <source>Zarys wniosku o dofinansowanie z analizą sektorową przygotowuje się dla projektu kluczowego partnerstwa.</source>
        <translation>The funding application outline, with a sector analysis, is prepared for the partnership&apos;s key project.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>np. Fundusze Europejskie dla Warmii i Mazur 2021–2027</source>
        <translation>e.g. European Funds for Warmia and Mazury 2021–2027</translation>
    </message>
    <message>
        <source>Działanie / priorytet</source>
        <translation>Measure / priority</translation>
    </message>
    <message>
        <source>Nabór</source>
        <translation>Call for proposals</translation>
    </message>
    <message>
        <source>numer i termin naboru</source>
        <translation>call number and deadline</translation>
    </message>
    <message>
        <source>Analiza sektorowa: kontekst sektora</source>
        <translation>Sector analysis: sector context</translation>
    </message>
</context>
<context>
    <name>ProjectLinks</name>
    <message>
        <source>Cel strategiczny</source>
        <extracomment>A link was added or removed.</extracomment>
        <translation>Strategic objective</translation>
    </message>
    <message>
        <source>Kierunek działań</source>
        <translation>Direction of action</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wydarzenie</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Zgłaszający</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Treść uwagi</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>— cały cel, bez kierunku —</source>
        <translation>— whole objective, no direction —</translation>
    </message>
    <message>
        <source>nowe powiązanie</source>
        <translation>new link</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Projekty: &lt;b&gt;{n}&lt;/b&gt; · łączny koszt: &lt;b&gt;{cost} zł&lt;/b&gt; · źródła finansowania: &lt;b&gt;{funding} zł&lt;/b&gt; ({share} kosztu)</source>
        <translation>Projects: &lt;b&gt;{n}&lt;/b&gt; · total cost: &lt;b&gt;PLN {cost}&lt;/b&gt; · funding sources: &lt;b&gt;PLN {funding}&lt;/b&gt; ({share} of the cost)</translation>
    </message>
    <message>
        <source>Finansowanie nie sumuje się do kosztu:</source>
        <translation>Funding does not add up to the cost:</translation>
    </message>
    <message>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Cel polityki spójności</source>
        <translation>Cohesion policy objective</translation>
    </message>
    <message>
        <source>Obszar tematyczny</source>
        <translation>Thematic area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopień przygotowania</source>
        <translation>Readiness level</translation>
    </message>
    <message>
        <source>Finansowanie pakietu według źródeł</source>
        <translation>Package funding by source</translation>
    </message>
    <message>
        <source>Koszt według celów polityki spójności</source>
        <translation>Cost by cohesion policy objective</translation>
    </message>
    <message>
        <source>Koszt według obszarów tematycznych</source>
        <translation>Cost by thematic area</translation>
    </message>
    <message>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kwota (zł)</source>
        <translation>Amount (PLN)</translation>
    </message>
    <message>
        <source>Udział</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Koszt (zł)</source>
        <translation>Cost (PLN)</translation>
    </message>
    <message>
        <source>Finansowanie według źródeł</source>
        <translation>Funding by source</translation>
    </message>
    <message>
        <source>Projekty według statusu</source>
        <translation>Projects by status</translation>
    </message>
    <message>
        <source>Projekty według stopnia przygotowania</source>
        <translation>Projects by readiness level</translation>
    </message>
</context>
<context>
    <name>ProjectPackageXlsx</name>
    <message>
        <source>Przegląd</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Finansowanie</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Harmonogram</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Wskaźniki</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Zestawienie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Pozycja</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kwota (zł)</source>
        <translation>Amount (PLN)</translation>
    </message>
    <message>
        <source>Udział</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Liczba projektów</source>
        <translation>Number of projects</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tytuł projektu</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Projekt kluczowy</source>
        <translation>Key project</translation>
    </message>
    <message>
        <source>Lider (JST)</source>
        <translation>Leader (LGU)</translation>
    </message>
    <message>
        <source>TERYT lidera</source>
        <translation>Leader&apos;s TERYT</translation>
    </message>
    <message>
        <source>Partnerzy</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Lokalizacja</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Cel polityki spójności</source>
        <translation>Cohesion policy objective</translation>
    </message>
    <message>
        <source>Obszar tematyczny</source>
        <translation>Thematic area</translation>
    </message>
    <message>
        <source>Koszt szacunkowy (zł)</source>
        <translation>Estimated cost (PLN)</translation>
    </message>
    <message>
        <source>Suma źródeł finansowania (zł)</source>
        <translation>Total funding sources (PLN)</translation>
    </message>
    <message>
        <source>Stopień przygotowania</source>
        <translation>Readiness level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Początek</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Koniec</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Cele i kierunki strategii</source>
        <translation>Strategy objectives and directions</translation>
    </message>
    <message>
        <source>Uwagi z konsultacji</source>
        <translation>Consultation comments</translation>
    </message>
    <message>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Zakres</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Zintegrowany charakter</source>
        <translation>Integrated nature</translation>
    </message>
    <message>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Dni</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Jednostka</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Wartość bazowa</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Wartość docelowa</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Źródło danych</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Pakiet projektów</source>
        <translation>Project package</translation>
    </message>
    <message>
        <source>Koszt wszystkich projektów</source>
        <translation>Cost of all projects</translation>
    </message>
    <message>
        <source>Suma źródeł finansowania</source>
        <translation>Total funding sources</translation>
    </message>
    <message>
        <source>Finansowanie niezgodne z kosztem</source>
        <translation>Funding does not match the cost</translation>
    </message>
</context>
<context>
    <name>ProjectTables</name>
    <message>
        <source>przesunięcie zadania</source>
        <translation>shifting a task</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tytuł projektu</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Lider</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Koszt (zł)</source>
        <translation>Cost (PLN)</translation>
    </message>
    <message>
        <source>PO</source>
        <translation>PO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projekty: {n} · łączny koszt: {cost} zł</source>
        <translation>Projects: {n} · total cost: PLN {cost}</translation>
    </message>
    <message>
        <source>projekt kluczowy: nr {number}</source>
        <translation>key project: no. {number}</translation>
    </message>
    <message>
        <source>⚠ finansowanie niezgodne z kosztem: {n}</source>
        <translation>⚠ funding not matching the cost: {n}</translation>
    </message>
    <message>
        <source>Nowy projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>nowy projekt</source>
        <translation>new project</translation>
    </message>
    <message>
        <source>Usunąć projekt nr {number} „{title}” wraz z finansowaniem, harmonogramem, wskaźnikami i powiązaniami? Ctrl+Z cofa usunięcie.</source>
        <translation>Delete project no. {number} “{title}” together with its funding, schedule, indicators and links? Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <source>usunięcie projektu {title}</source>
        <translation>deleting project {title}</translation>
    </message>
    <message>
        <source>oznaczenie projektu kluczowego</source>
        <translation>marking the key project</translation>
    </message>
    <message>
        <source>zdjęcie oznaczenia projektu kluczowego</source>
        <translation>unmarking the key project</translation>
    </message>
    <message>
        <source>pakiet projektów {short}.xlsx</source>
        <translation>project package {short}.xlsx</translation>
    </message>
    <message>
        <source>Eksport pakietu projektów</source>
        <translation>Export project package</translation>
    </message>
    <message>
        <source>Arkusz XLSX (*.xlsx)</source>
        <translation>XLSX spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Zapisano pakiet projektów (projekty: {n}) w pliku {path}.</source>
        <translation>Project package saved to {path} (projects: {n}).</translation>
    </message>
    <message>
        <source>Eksport pakietu projektów…</source>
        <translation>Exporting the project package…</translation>
    </message>
    <message>
        <source>Pakiet projektów</source>
        <translation>Project package</translation>
    </message>
    <message>
        <source>&amp;Nowy projekt</source>
        <translation>&amp;New project</translation>
    </message>
    <message>
        <source>Dodaj fiszkę projektu (Ctrl+N)</source>
        <translation>Add a project fiche (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Usuń projekt</source>
        <translation>&amp;Delete project</translation>
    </message>
    <message>
        <source>Usuń zaznaczony projekt wraz z finansowaniem, harmonogramem i wskaźnikami (Delete; Ctrl+Z cofa)</source>
        <translation>Delete the selected project with its funding, schedule and indicators (Delete; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Projekt &amp;kluczowy</source>
        <translation>&amp;Key project</translation>
    </message>
    <message>
        <source>Oznacz zaznaczony projekt jako kluczowy (tylko jeden w partnerstwie); otwiera zarys wniosku</source>
        <translation>Mark the selected project as the key project (only one per partnership); opens the funding application outline</translation>
    </message>
    <message>
        <source>&amp;Przegląd pakietu</source>
        <translation>Package &amp;overview</translation>
    </message>
    <message>
        <source>Koszt pakietu według źródeł finansowania, celów polityki spójności i obszarów tematycznych</source>
        <translation>Package cost by funding source, cohesion policy objective and thematic area</translation>
    </message>
    <message>
        <source>Eksport XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Zapisz pakiet projektów jako arkusz XLSX (projekty, finansowanie, harmonogram, wskaźniki, przegląd)</source>
        <translation>Save the project package as an XLSX spreadsheet (projects, funding, schedule, indicators, overview)</translation>
    </message>
    <message>
        <source>Filtruj projekty (numer, tytuł, opis, lider)… Ctrl+F</source>
        <translation>Filter projects (number, title, description, leader)… Ctrl+F</translation>
    </message>
    <message>
        <source>Wybierz projekt z listy albo dodaj nowy (Ctrl+N).</source>
        <translation>Choose a project from the list or add a new one (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>— brak —</source>
        <extracomment>&quot;Podział wg&quot; entries: (dimension, label, why it is unavailable).</extracomment>
        <translation>— none —</translation>
    </message>
    <message>
        <source>gminy</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>Ankieta nie ma pytania o gminę zamieszkania.</source>
        <translation>The survey has no question about the municipality of residence.</translation>
    </message>
    <message>
        <source>płci</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>Ankieta nie ma pytania o płeć.</source>
        <translation>The survey has no question about gender.</translation>
    </message>
    <message>
        <source>wieku</source>
        <translation>age</translation>
    </message>
    <message>
        <source>Ankieta nie ma pytania o wiek.</source>
        <translation>The survey has no question about age.</translation>
    </message>
    <message>
        <source>Wybierz pytanie z listy, aby zobaczyć odpowiedzi.</source>
        <translation>Choose a question from the list to see its answers.</translation>
    </message>
    <message>
        <source>Odpowiedziało: {n}</source>
        <translation>Answered: {n}</translation>
    </message>
    <message>
        <source>W podziale liczą się osoby, które podały gminę, płeć lub wiek.</source>
        <translation>The breakdown counts only the people who gave their municipality, gender or age.</translation>
    </message>
    <message>
        <source>Odpowiedziało: {n} z {m}</source>
        <translation>Answered: {n} of {m}</translation>
    </message>
    <message>
        <source> · średnia: {mean} · mediana: {median}</source>
        <translation> · mean: {mean} · median: {median}</translation>
    </message>
    <message>
        <source> · można było wybrać kilka odpowiedzi</source>
        <translation> · several answers could be chosen</translation>
    </message>
    <message>
        <source>{n} z {m}</source>
        <translation>{n} of {m}</translation>
    </message>
    <message>
        <source>odpowiedzi: {m}</source>
        <translation>answers: {m}</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Importuj pytanie</source>
        <extracomment>A question was included/excluded or read as another type (its key).</extracomment>
        <translation>Import question</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Opcje / przykłady odpowiedzi</source>
        <translation>Options / sample answers</translation>
    </message>
    <message>
        <source>Odpowiedzi</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Ilu respondentów odpowiedziało na pytanie</source>
        <translation>How many respondents answered the question</translation>
    </message>
    <message>
        <source>Odpowiedzi: {n}, respondenci: {total}.</source>
        <translation>Answers: {n}, respondents: {total}.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>zmiana: {field}</source>
        <extracomment>(filter text, offset, limit) -&gt; rows, each with &quot;id&quot; and the columns&apos; fields.</extracomment>
        <translation>editing {field}</translation>
    </message>
    <message>
        <source>nowy wiersz</source>
        <translation>new row</translation>
    </message>
    <message>
        <source>usunięcie wiersza</source>
        <translation>deleting a row</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Baza {path} jest zaszyfrowana, a jej klucza nie ma w systemowym magazynie haseł tego komputera. Wpisz klucz odzyskiwania, który program pokazał przy szyfrowaniu; zostanie zapamiętany i baza otworzy się bez pytania.</source>
        <translation>The database {path} is encrypted, and its key is not in the system keyring of this computer. Enter the recovery key the program showed when encrypting; it will be remembered and the database will open without asking.</translation>
    </message>
    <message>
        <source>Zaszyfrowana baza</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>&amp;Klucz odzyskiwania (64 znaki 0–9 i A–F; myślniki i spacje można pominąć):</source>
        <translation>&amp;Recovery key (64 characters 0–9 and A–F; hyphens and spaces can be left out):</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
</context>
<context>
    <name>RemoveContactBox</name>
    <message>
        <source>Usunięcie osoby kontaktowej</source>
        <translation>Removing a contact person</translation>
    </message>
    <message>
        <source>Jak usunąć osobę „{name}”?</source>
        <translation>How should “{name}” be removed?</translation>
    </message>
    <message>
        <source>Usuń tylko z listy</source>
        <translation>Remove from the list only</translation>
    </message>
    <message>
        <source>Usuń wszystkie dane osoby (RODO)</source>
        <translation>Erase all the person&apos;s data (GDPR)</translation>
    </message>
    <message>
        <source>osoba znika z osób kontaktowych interesariusza, a jej dane z tej listy (imię i nazwisko, funkcja, telefon, e-mail) zostają trwale usunięte. Wpisy, które ją wymieniają (listy obecności, grupy robocze, uwagi z konsultacji, zadania), zostają bez zmian, np. gdy przestała pracować w instytucji.</source>
        <translation>the person disappears from the stakeholder&apos;s contact persons, and their data in this list (name, role, phone, e-mail) is permanently deleted. Records that mention them (attendance lists, working groups, consultation comments, tasks) stay unchanged, e.g. when they have stopped working at the institution.</translation>
    </message>
    <message>
        <source>na żądanie osoby usuwa też jej wpisy na listach obecności i w grupach roboczych, czyści pola z jej imieniem i nazwiskiem i usuwa jej telefon i e-mail z treści wpisów. Przed usunięciem program pokaże, co dokładnie zmieni.</source>
        <translation>at the person&apos;s request, also deletes their entries in attendance lists and working groups, clears the fields containing their name and removes their phone and e-mail from the text of records. Before erasing, the program shows exactly what it will change.</translation>
    </message>
    <message>
        <source>Żadnego z tych usunięć nie można cofnąć.</source>
        <translation>Neither of these removals can be undone.</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Szukaj wszędzie (Ctrl+Shift+F)</source>
        <translation>Search everywhere (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Nic nie znaleziono.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Podstawa prawna: {basis}</source>
        <extracomment>The text fields of each section (in its order) and the sections that carry images.</extracomment>
        <translation>Legal basis: {basis}</translation>
    </message>
</context>
<context>
    <name>StakeholderContactDialog</name>
    <message>
        <source>Osoba kontaktowa: {name}</source>
        <translation>Contact person: {name}</translation>
    </message>
    <message>
        <source>Osoba kontaktowa</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Funkcja:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>np. sołtys, prezes, dyrektor</source>
        <translation>e.g. sołtys (village head), chair, director</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>np. +48 601 234 567</source>
        <translation>e.g. +48 601 234 567</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Cel zgody:</source>
        <translation>Purpose of &amp;consent:</translation>
    </message>
    <message>
        <source>np. kontakt w sprawie konsultacji strategii</source>
        <translation>e.g. contact about the strategy consultation</translation>
    </message>
    <message>
        <source>&amp;Zgoda udzielona:</source>
        <translation>Consent &amp;given:</translation>
    </message>
    <message>
        <source>Zgoda &amp;wycofana:</source>
        <translation>Consent &amp;withdrawn:</translation>
    </message>
    <message>
        <source>Dane osobowe są widoczne tylko tutaj i w szczegółach interesariusza. Po wycofaniu zgody nie są eksportowane.</source>
        <translation>Personal data is shown only here and in the stakeholder&apos;s details. Once consent is withdrawn, it is not exported.</translation>
    </message>
</context>
<context>
    <name>StakeholderGridChart</name>
    <message>
        <source>Zainteresowanie</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Wpływ</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>zarządzaj
blisko</source>
        <translation>manage
closely</translation>
    </message>
    <message>
        <source>utrzymuj
satysfakcję</source>
        <translation>keep
satisfied</translation>
    </message>
    <message>
        <source>informuj</source>
        <translation>keep informed</translation>
    </message>
    <message>
        <source>monitoruj</source>
        <translation>monitor</translation>
    </message>
    <message>
        <source>Wpływ {influence}, zainteresowanie {interest}: {count}</source>
        <translation>Influence {influence}, interest {interest}: {count}</translation>
    </message>
    <message>
        <source>…i {n} innych</source>
        <translation>…and {n} more</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Krok 1 z 3: plik</source>
        <translation>Step 1 of 3: file</translation>
    </message>
    <message>
        <source>Krok 2 z 3: przypisanie kolumn i podgląd</source>
        <translation>Step 2 of 3: column mapping and preview</translation>
    </message>
    <message>
        <source>Krok 3 z 3: sprawdzenie i import</source>
        <translation>Step 3 of 3: check and import</translation>
    </message>
    <message>
        <source>Plik z rejestrem interesariuszy</source>
        <translation>Stakeholder register file</translation>
    </message>
    <message>
        <source>Arkusze i CSV (*.xlsx *.xlsm *.xls *.ods *.csv);;Wszystkie pliki (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Wybierz plik do importu.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <source>Wczytywanie pliku…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>— nie importuj —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>Podgląd: {n} z {total} wierszy danych (nagłówek w wierszu {header}); po lewej numery wierszy w pliku.</source>
        <translation>Preview: {n} of {total} data rows (header in row {header}); the file&apos;s row numbers are on the left.</translation>
    </message>
    <message>
        <source>Sprawdzanie wierszy…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Gotowe do importu: {n} interesariuszy, {c} osób kontaktowych. Nic nie zostało jeszcze zapisane.</source>
        <translation>Ready to import: {n} stakeholders, {c} contact persons. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Znaleziono błędy: {e}. Import jest możliwy dopiero po ich poprawieniu; nic nie zostało zapisane.</source>
        <translation>Errors found: {e}. You can import only once they are fixed; nothing has been saved.</translation>
    </message>
    <message>
        <source>Importowanie interesariuszy…</source>
        <translation>Importing stakeholders…</translation>
    </message>
    <message>
        <source>Import rejestru interesariuszy</source>
        <translation>Stakeholder register import</translation>
    </message>
    <message>
        <source>Wybierz plik z rejestrem: XLSX, XLS, ODS lub CSV (UTF-8 albo Windows-1250, separator średnik lub przecinek). Pierwszy wiersz pliku musi zawierać nazwy kolumn, np. Nazwa, Kategoria, Gmina, Miejscowość, Wpływ, Zainteresowanie, Uwagi, Osoba kontaktowa, Telefon, E-mail.</source>
        <translation>Choose the register file: XLSX, XLS, ODS or CSV (UTF-8 or Windows-1250, semicolon or comma separator). The first row of the file must contain the column names, e.g. Name, Category, Gmina, Locality, Influence, Interest, Notes, Contact person, Phone, E-mail.</translation>
    </message>
    <message>
        <source>&amp;Plik:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Wskaż, z której kolumny pliku wziąć każde pole rejestru. Kolumny rozpoznane po nagłówku są już przypisane.</source>
        <translation>Choose the file column for each register field. Columns recognised by their header are already mapped.</translation>
    </message>
    <message>
        <source>Podgląd importu</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>&amp;Błędy (popraw plik albo przypisanie kolumn; import zapisze wszystko albo nic):</source>
        <translation>&amp;Errors (fix the file or the column mapping; the import saves everything or nothing):</translation>
    </message>
    <message>
        <source>Błędy importu</source>
        <translation>Import errors</translation>
    </message>
    <message>
        <source>Prawdopodobne &amp;duplikaty (ta sama nazwa w tej samej JST):</source>
        <translation>Likely &amp;duplicates (same name in the same LGU):</translation>
    </message>
    <message>
        <source>Prawdopodobne duplikaty</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>&amp;Pomiń prawdopodobne duplikaty</source>
        <translation>&amp;Skip likely duplicates</translation>
    </message>
    <message>
        <source>&lt; &amp;Wstecz</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Dalej &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Importuj</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StakeholderRegisterXlsx</name>
    <message>
        <source>Nazwa</source>
        <extracomment>(title, width) of the register sheet&apos;s columns; titles are importer aliases.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>JST</source>
        <translation>LGU</translation>
    </message>
    <message>
        <source>Kod TERYT</source>
        <translation>TERYT code</translation>
    </message>
    <message>
        <source>Miejscowość / sołectwo</source>
        <translation>Locality / sołectwo</translation>
    </message>
    <message>
        <source>Wpływ (1–5)</source>
        <translation>Influence (1–5)</translation>
    </message>
    <message>
        <source>Zainteresowanie (1–5)</source>
        <translation>Interest (1–5)</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Interesariusz</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Osoba kontaktowa</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Funkcja</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cel zgody</source>
        <translation>Consent purpose</translation>
    </message>
    <message>
        <source>Data zgody</source>
        <translation>Consent date</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>miasto</source>
        <translation>town</translation>
    </message>
    <message>
        <source>gm. wiejska</source>
        <translation>rural gmina</translation>
    </message>
    <message>
        <source>gm. miejsko-wiejska</source>
        <translation>urban-rural gmina</translation>
    </message>
    <message>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>JST</source>
        <translation>LGU</translation>
    </message>
    <message>
        <source>Miejscowość / sołectwo</source>
        <translation>Locality / sołectwo</translation>
    </message>
    <message>
        <source>Wpływ</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Zainteresowanie</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>znaleziono: {n}{more}</source>
        <translation>found: {n}{more}</translation>
    </message>
    <message>
        <source>interesariuszy: {n}</source>
        <translation>stakeholders: {n}</translation>
    </message>
    <message>
        <source>Nowy interesariusz</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <source>Nowa kategoria interesariuszy</source>
        <translation>New stakeholder category</translation>
    </message>
    <message>
        <source>Nazwa kategorii:</source>
        <translation>Category name:</translation>
    </message>
    <message>
        <source>Wybierz interesariusza w rejestrze.</source>
        <translation>Select a stakeholder in the register.</translation>
    </message>
    <message>
        <source>bez JST</source>
        <translation>no LGU</translation>
    </message>
    <message>
        <source>wpływ {i}, zainteresowanie {j}</source>
        <translation>influence {i}, interest {j}</translation>
    </message>
    <message>
        <source>zmiana: Uwagi</source>
        <translation>editing notes</translation>
    </message>
    <message>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Telefon / e-mail</source>
        <translation>Phone / e-mail</translation>
    </message>
    <message>
        <source>Zgoda</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>wycofana {date}</source>
        <translation>withdrawn {date}</translation>
    </message>
    <message>
        <source>udzielona {date}</source>
        <translation>given {date}</translation>
    </message>
    <message>
        <source>brak zgody</source>
        <translation>no consent</translation>
    </message>
    <message>
        <source>zmiana osoby kontaktowej</source>
        <translation>editing a contact person</translation>
    </message>
    <message>
        <source>Zaimportowano {n} interesariuszy i {c} osób kontaktowych.</source>
        <translation>Imported {n} stakeholders and {c} contact persons.</translation>
    </message>
    <message>
        <source>Pominięto prawdopodobne duplikaty: {n}.</source>
        <translation>Likely duplicates skipped: {n}.</translation>
    </message>
    <message>
        <source>interesariusze-{short}.xlsx</source>
        <translation>stakeholders-{short}.xlsx</translation>
    </message>
    <message>
        <source>Eksport rejestru interesariuszy</source>
        <translation>Export stakeholder register</translation>
    </message>
    <message>
        <source>Skoroszyt XLSX (*.xlsx)</source>
        <translation>XLSX workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Dołączyć arkusz z osobami kontaktowymi? Zawiera dane osobowe; osoby, które wycofały zgodę, zostaną pominięte.</source>
        <translation>Include a sheet with the contact persons? It contains personal data; people who have withdrawn consent will be left out.</translation>
    </message>
    <message>
        <source>Zapisano {n} interesariuszy do pliku {path}.</source>
        <translation>Saved {n} stakeholders to {path}.</translation>
    </message>
    <message>
        <source>Eksport rejestru…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <source>&amp;Filtr:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>nazwa, miejscowość, uwagi (Ctrl+F)</source>
        <translation>name, locality, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Nowy interesariusz</source>
        <translation>&amp;New stakeholder</translation>
    </message>
    <message>
        <source>Dodaj wiersz do rejestru (także Enter w ostatnim wierszu)</source>
        <translation>Add a row to the register (also Enter in the last row)</translation>
    </message>
    <message>
        <source>Nowa &amp;kategoria…</source>
        <translation>New &amp;category…</translation>
    </message>
    <message>
        <source>Dodaj kategorię interesariuszy do listy tego partnerstwa</source>
        <translation>Add a stakeholder category to this partnership&apos;s list</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Wczytaj rejestr z pliku XLSX, XLS, ODS lub CSV</source>
        <translation>Load the register from an XLSX, XLS, ODS or CSV file</translation>
    </message>
    <message>
        <source>&amp;Eksport XLSX…</source>
        <translation>&amp;Export XLSX…</translation>
    </message>
    <message>
        <source>Zapisz rejestr do arkusza XLSX</source>
        <translation>Save the register as an XLSX spreadsheet</translation>
    </message>
    <message>
        <source>Rejestr interesariuszy</source>
        <translation>Stakeholder register</translation>
    </message>
    <message>
        <source>Wybrany interesariusz</source>
        <translation>Selected stakeholder</translation>
    </message>
    <message>
        <source>&amp;Uwagi:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Uwagi o interesariuszu</source>
        <translation>Notes on the stakeholder</translation>
    </message>
    <message>
        <source>Uwagi zapisują się same</source>
        <translation>Notes save automatically</translation>
    </message>
    <message>
        <source>&amp;Osoby kontaktowe (dane osobowe, zgoda):</source>
        <translation>Contact &amp;persons (personal data, consent):</translation>
    </message>
    <message>
        <source>Osoby kontaktowe</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>&amp;Dodaj osobę…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>E&amp;dytuj…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>&amp;Usuń osobę…</source>
        <translation>&amp;Remove person…</translation>
    </message>
    <message>
        <source>Usuwa osobę z listy albo wszystkie jej dane (RODO); nie można tego cofnąć</source>
        <translation>Removes the person from the list or erases all their data (GDPR); this cannot be undone</translation>
    </message>
    <message>
        <source>&amp;RODO</source>
        <translation>&amp;GDPR</translation>
    </message>
    <message>
        <source>Dane tej osoby: eksport, wycofanie zgody, usunięcie ze wszystkich wpisów (RODO)</source>
        <translation>This person&apos;s data: export, consent withdrawal, erasure from all records (GDPR)</translation>
    </message>
    <message>
        <source>RODO: dane osoby kontaktowej</source>
        <translation>GDPR: contact person&apos;s data</translation>
    </message>
    <message>
        <source>Wpływ i zainteresowanie</source>
        <translation>Influence and interest</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Kategoria interesariusza</source>
        <translation>Stakeholder category</translation>
    </message>
    <message>
        <source>Forma konsultacji</source>
        <translation>Consultation format</translation>
    </message>
    <message>
        <source>Rozstrzygnięcie</source>
        <translation>Disposition</translation>
    </message>
</context>
<context>
    <name>StrategyEditors</name>
    <message>
        <source>np. 2021–2030</source>
        <extracomment>The widget that gets the keyboard when the section is opened. Something of the strategy was stored (a text, a row, an image): check compliance again. The strategy type was changed (its code).</extracomment>
        <translation>e.g. 2021–2030</translation>
    </message>
    <message>
        <source>&amp;Dodaj cel</source>
        <translation>&amp;Add objective</translation>
    </message>
    <message>
        <source>&amp;Dodaj kierunek</source>
        <translation>&amp;Add direction</translation>
    </message>
    <message>
        <source>&amp;Dodaj rezultat</source>
        <translation>&amp;Add result</translation>
    </message>
    <message>
        <source>&amp;Dodaj źródło</source>
        <translation>&amp;Add source</translation>
    </message>
    <message>
        <source>Wnioski z obszaru diagnozy ({n}):</source>
        <translation>Conclusions from the diagnosis area ({n}):</translation>
    </message>
    <message>
        <source>W obszarze diagnozy nie zapisano jeszcze wniosków.</source>
        <translation>No conclusions have been recorded in the diagnosis area yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Razem: {total} zł&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total: PLN {total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;W strategii:&lt;/b&gt; celów strategicznych {objectives}, kierunków działań {directions}, oczekiwanych rezultatów {results}, rysunków {images}; ramy finansowe: {total} zł.</source>
        <translation>&lt;b&gt;In the strategy:&lt;/b&gt; strategic objectives {objectives}, directions of action {directions}, expected results {results}, figures {images}; financial framework: PLN {total}.</translation>
    </message>
</context>
<context>
    <name>StrategyImages</name>
    <message>
        <source>Mapy i schematy (&amp;forma graficzna)</source>
        <translation>Maps and diagrams (&amp;graphic form)</translation>
    </message>
    <message>
        <source>Dodaj &amp;obraz…</source>
        <translation>Add &amp;image…</translation>
    </message>
    <message>
        <source>Usuń o&amp;braz</source>
        <translation>Re&amp;move image</translation>
    </message>
    <message>
        <source>&amp;Podpis rysunku:</source>
        <translation>&amp;Caption:</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Art. 29 rozporządzenia 2021/1060</source>
        <extracomment>Milliseconds to gather several saves into one compliance check. A Word export finished: the file written.</extracomment>
        <translation>Art. 29 of Regulation 2021/1060</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategia nie jest jeszcze rozpoczęta&lt;/b&gt; — zacznij pisać w dowolnej sekcji ({kind}).</source>
        <translation>&lt;b&gt;The strategy has not been started yet&lt;/b&gt; — start writing in any section ({kind}).</translation>
    </message>
    <message>
        <source>(bez tytułu)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Braki: {n}</source>
        <translation>Missing: {n}</translation>
    </message>
    <message>
        <source>Kompletna ✓</source>
        <translation>Complete ✓</translation>
    </message>
    <message>
        <source>&amp;Braki ({n}) — kliknij, aby przejść do sekcji</source>
        <translation>&amp;Missing elements ({n}) — click one to go to its section</translation>
    </message>
    <message>
        <source>&amp;Braki: strategia zawiera wszystkie elementy wymagane przez prawo.</source>
        <translation>&amp;Missing elements: none — the strategy contains every element required by law.</translation>
    </message>
    <message>
        <source>Eksport strategii</source>
        <translation>Export strategy</translation>
    </message>
    <message>
        <source>Dokument Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Zapisano strategię w pliku {path}.</source>
        <translation>Strategy saved to {path}.</translation>
    </message>
    <message>
        <source>Na pierwszej stronie dokumentu jest lista braków ({n}).</source>
        <translation>The first page of the document lists the missing elements ({n}).</translation>
    </message>
    <message>
        <source>Eksport strategii…</source>
        <translation>Exporting the strategy…</translation>
    </message>
    <message>
        <source>Braki wymagane przez prawo (art. 10e ust. 3 u.s.g.; dla ZIT/IIT także art. 29 rozporządzenia 2021/1060)</source>
        <translation>Missing statutory elements (art. 10e sec. 3 u.s.g.; for ZIT/IIT also Art. 29 of Regulation 2021/1060)</translation>
    </message>
    <message>
        <source>&amp;Eksportuj strategię…</source>
        <translation>&amp;Export strategy…</translation>
    </message>
    <message>
        <source>&amp;Braki (kliknij, aby przejść do sekcji)</source>
        <translation>&amp;Missing elements (click one to go to its section)</translation>
    </message>
</context>
<context>
    <name>StrategySections</name>
    <message>
        <source>Tytuł, okres i rodzaj strategii trafiają na stronę tytułową dokumentu. Strategia ZIT lub IIT ma dodatkowo elementy z art. 29 rozporządzenia 2021/1060.</source>
        <translation>The strategy&apos;s title, period and type go on the document&apos;s title page. A ZIT or IIT strategy also has the elements of Art. 29 of Regulation 2021/1060.</translation>
    </message>
    <message>
        <source>Strategia zawiera wnioski z diagnozy (art. 10a ustawy o zasadach prowadzenia polityki rozwoju). Wnioski zapisane w obszarze diagnozy trafiają do dokumentu same; tu można je streścić lub uzupełnić.</source>
        <translation>The strategy contains the diagnosis conclusions (art. 10a of the development policy act). Conclusions recorded in the diagnosis area go into the document automatically; here you can summarise or supplement them.</translation>
    </message>
    <message>
        <source>Wizja opisuje obszar na końcu okresu strategii, misja – rolę partnerstwa. Ustawa ich nie wymaga, ale zwykle otwierają strategię.</source>
        <translation>The vision describes the area at the end of the strategy period, the mission – the partnership&apos;s role. The law does not require them, but they usually open the strategy.</translation>
    </message>
    <message>
        <source>Co najmniej jeden cel w każdym wymiarze: społecznym, gospodarczym i przestrzennym. Nowy cel: przycisk Dodaj albo Enter w ostatnim wierszu.</source>
        <translation>At least one objective in each dimension: social, economic and spatial. New objective: the “Add objective” button or Enter in the last row.</translation>
    </message>
    <message>
        <source>Każdy cel potrzebuje co najmniej jednego kierunku działań.</source>
        <translation>Each objective needs at least one direction of action.</translation>
    </message>
    <message>
        <source>Każdy cel potrzebuje rezultatu ze wskaźnikiem i wartością docelową; opisz też wymiar przestrzenny rezultatów.</source>
        <translation>Each objective needs a result with an indicator and a target value; also describe the spatial dimension of the results.</translation>
    </message>
    <message>
        <source>Opis modelu struktury funkcjonalno-przestrzennej i co najmniej jedna mapa lub schemat (forma graficzna).</source>
        <translation>A description of the functional and spatial structure model and at least one map or diagram (graphic form).</translation>
    </message>
    <message>
        <source>Ustalenia i rekomendacje dla polityki przestrzennej gmin, np. dla planów ogólnych.</source>
        <translation>Findings and recommendations for the gminas&apos; spatial policy, e.g. for their general plans.</translation>
    </message>
    <message>
        <source>Obszary strategicznej interwencji ze strategii rozwoju województwa, zakres planowanych działań i mapa.</source>
        <translation>The strategic intervention areas (OSI) from the voivodeship development strategy, the scope of planned action and a map.</translation>
    </message>
    <message>
        <source>Jeśli partnerstwo wyznacza własne OSI, opisz je z zakresem działań i dodaj mapę. Jeśli nie – napisz, że ich nie wyznaczono; mapa nie jest wtedy potrzebna.</source>
        <translation>If the partnership designates its own OSI, describe them with the scope of action and add a map. If not – state that none were designated; no map is needed then.</translation>
    </message>
    <message>
        <source>Kto realizuje i monitoruje strategię, oraz wytyczne do sporządzania dokumentów wykonawczych.</source>
        <translation>Who implements and monitors the strategy, and guidelines for preparing implementing documents.</translation>
    </message>
    <message>
        <source>Opis ram finansowych i źródła finansowania z szacunkowymi kwotami.</source>
        <translation>A description of the financial framework and the funding sources with estimated amounts.</translation>
    </message>
    <message>
        <source>Gminy i obszar objęty strategią terytorialną.</source>
        <translation>The gminas and the area covered by the territorial strategy.</translation>
    </message>
    <message>
        <source>Potrzeby i potencjał rozwojowy wraz z powiązaniami gospodarczymi, społecznymi i środowiskowymi.</source>
        <translation>Development needs and potential, including the economic, social and environmental interlinkages.</translation>
    </message>
    <message>
        <source>Jak przedsięwzięcia łączą sektory i gminy (podejście zintegrowane).</source>
        <translation>How the undertakings connect sectors and gminas (integrated approach).</translation>
    </message>
    <message>
        <source>Jak partnerzy społeczni i gospodarczy uczestniczyli w przygotowaniu strategii i jak będą uczestniczyć w jej realizacji.</source>
        <translation>How the social and economic partners took part in preparing the strategy and how they will take part in implementing it.</translation>
    </message>
    <message>
        <source>Tytuł strategii</source>
        <translation>Strategy title</translation>
    </message>
    <message>
        <source>Okres realizacji</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <source>Rodzaj strategii</source>
        <translation>Strategy type</translation>
    </message>
    <message>
        <source>Wnioski z diagnozy w strategii</source>
        <translation>Diagnosis conclusions in the strategy</translation>
    </message>
    <message>
        <source>Wizja</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Misja</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Model struktury funkcjonalno-przestrzennej</source>
        <translation>Functional and spatial structure model</translation>
    </message>
    <message>
        <source>Ustalenia i rekomendacje polityki przestrzennej</source>
        <translation>Spatial policy findings and recommendations</translation>
    </message>
    <message>
        <source>OSI ze strategii województwa</source>
        <translation>OSI from the voivodeship strategy</translation>
    </message>
    <message>
        <source>OSI kluczowe dla partnerstwa</source>
        <translation>OSI key to the partnership</translation>
    </message>
    <message>
        <source>System realizacji</source>
        <translation>Implementation system</translation>
    </message>
    <message>
        <source>Ramy finansowe</source>
        <translation>Financial framework</translation>
    </message>
    <message>
        <source>Obszar geograficzny</source>
        <translation>Geographical area</translation>
    </message>
    <message>
        <source>Potrzeby i potencjał</source>
        <translation>Needs and potential</translation>
    </message>
    <message>
        <source>Podejście zintegrowane</source>
        <translation>Integrated approach</translation>
    </message>
    <message>
        <source>Zaangażowanie partnerów</source>
        <translation>Involvement of partners</translation>
    </message>
</context>
<context>
    <name>StrategyTable</name>
    <message>
        <source>&amp;Cel strategiczny:</source>
        <translation>&amp;Strategic objective:</translation>
    </message>
    <message>
        <source>&amp;Dodaj</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Usuń wiersz</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <source>Enter — nowy wiersz, Tab — następna kolumna, Delete — usuwa wiersz.</source>
        <translation>Enter — new row, Tab — next column, Delete — deletes the row.</translation>
    </message>
</context>
<context>
    <name>StrategyTables</name>
    <message>
        <source>Nr</source>
        <extracomment>Column kinds of this module: a decimal number and a year, both typed as text.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Cel strategiczny</source>
        <translation>Strategic objective</translation>
    </message>
    <message>
        <source>Wymiar</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kierunek działań</source>
        <translation>Direction of action</translation>
    </message>
    <message>
        <source>Zakres</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Oczekiwany rezultat</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>J.m.</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Wartość bazowa</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Wartość docelowa</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Źródło danych</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Wymiar przestrzenny</source>
        <translation>Spatial dimension</translation>
    </message>
    <message>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Kwota (zł)</source>
        <translation>Amount (PLN)</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <source>Importuj ankietę…</source>
        <translation>Import survey…</translation>
    </message>
    <message>
        <source>Eksportuj podsumowanie do XLSX…</source>
        <translation>Export summary to XLSX…</translation>
    </message>
    <message>
        <source>Zmień tytuł</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Usuń ankietę</source>
        <translation>Delete survey</translation>
    </message>
    <message>
        <source>Import ankiety „{title}”</source>
        <translation>Importing survey “{title}”</translation>
    </message>
    <message>
        <source>Zmiana tytułu ankiety „{title}”</source>
        <translation>Renaming survey “{title}”</translation>
    </message>
    <message>
        <source>Usunąć ankietę „{title}” (odpowiedzi: {n})? Można to cofnąć skrótem Ctrl+Z.</source>
        <translation>Delete the survey “{title}” (responses: {n})? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Usuwanie ankiety</source>
        <translation>Delete survey</translation>
    </message>
    <message>
        <source>Usunięcie ankiety „{title}”</source>
        <translation>Deleting survey “{title}”</translation>
    </message>
    <message>
        <source>Eksport podsumowania ankiety</source>
        <translation>Export survey summary</translation>
    </message>
    <message>
        <source>podsumowanie {title}.xlsx</source>
        <translation>summary {title}.xlsx</translation>
    </message>
    <message>
        <source>Arkusz XLSX (*.xlsx)</source>
        <translation>XLSX spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Zapisano podsumowanie ankiety w pliku {path}.</source>
        <translation>Survey summary saved to {path}.</translation>
    </message>
    <message>
        <source>Eksport podsumowania ankiety…</source>
        <translation>Exporting the survey summary…</translation>
    </message>
</context>
<context>
    <name>SurveyCharts</name>
    <message>
        <source>Można było wybrać kilka odpowiedzi — odsetki nie sumują się do 100%.</source>
        <extracomment>More answers than this are charted as the most frequent ones plus one &quot;other&quot; bar. More answer sets than this in a stacked chart: the rarest are merged. A stacked segment narrower than this (percent) gets no label: it would not fit.</extracomment>
        <translation>Several answers could be chosen — the percentages do not add up to 100%.</translation>
    </message>
    <message>
        <source>% respondentów, którzy odpowiedzieli</source>
        <translation>% of respondents who answered</translation>
    </message>
    <message>
        <source>średnia {mean}, mediana {median}</source>
        <translation>mean {mean}, median {median}</translation>
    </message>
    <message>
        <source>% odpowiadających</source>
        <translation>% of those answering</translation>
    </message>
    <message>
        <source>pozostałe odpowiedzi ({n})</source>
        <translation>other answers ({n})</translation>
    </message>
    <message>
        <source>% odpowiedzi w wierszu</source>
        <translation>% of answers in the row</translation>
    </message>
    <message>
        <source>wg gminy</source>
        <translation>by municipality</translation>
    </message>
    <message>
        <source>wg płci</source>
        <translation>by gender</translation>
    </message>
    <message>
        <source>wg grupy wieku</source>
        <translation>by age group</translation>
    </message>
    <message>
        <source>można było wybrać kilka odpowiedzi</source>
        <translation>several answers could be chosen</translation>
    </message>
    <message>
        <source>% odpowiedzi w grupie</source>
        <translation>% of answers in the group</translation>
    </message>
    <message>
        <source>% respondentów w grupie</source>
        <translation>% of respondents in the group</translation>
    </message>
</context>
<context>
    <name>SurveyGminaDialog</name>
    <message>
        <source>Gmina, w której mieszkają respondenci, którzy odpowiedzieli „{answer}”:</source>
        <translation>Municipality where the respondents who answered “{answer}” live:</translation>
    </message>
    <message>
        <source>Brak gmin pasujących do „{query}”.</source>
        <translation>No municipality matches “{query}”.</translation>
    </message>
    <message>
        <source>Wybierz gminę</source>
        <translation>Choose a municipality</translation>
    </message>
    <message>
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>nazwa gminy albo kod TERYT</source>
        <translation>municipality name or TERYT code</translation>
    </message>
    <message>
        <source>Znalezione gminy</source>
        <translation>Municipalities found</translation>
    </message>
</context>
<context>
    <name>SurveyImportDetectionPage</name>
    <message>
        <source>{n} (wiersze {first}–{last} pliku {file})</source>
        <translation>{n} (rows {first}–{last} of the file {file})</translation>
    </message>
    <message>
        <source>czas wypełnienia</source>
        <translation>timestamp</translation>
    </message>
    <message>
        <source>identyfikator</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>imię i nazwisko</source>
        <translation>name</translation>
    </message>
    <message>
        <source>dane techniczne narzędzia</source>
        <translation>survey tool metadata</translation>
    </message>
    <message>
        <source>Kolumny pominięte (to nie pytania):</source>
        <translation>Columns skipped (not questions):</translation>
    </message>
    <message>
        <source>brak — wszystkie kolumny są pytaniami.</source>
        <translation>none — every column is a question.</translation>
    </message>
    <message>
        <source>dane osobowe, nie będą zapisane</source>
        <translation>personal data, will not be saved</translation>
    </message>
    <message>
        <source>Podgląd odpowiedzi: {shown} z {n}, liczba pytań: {q}; po lewej numery wierszy w pliku. Typy pytań można poprawić w następnym kroku.</source>
        <translation>Response preview: {shown} of {n}, questions: {q}; the file&apos;s row numbers are on the left. You can correct the question types in the next step.</translation>
    </message>
    <message>
        <source>Rozpoznanie</source>
        <translation>Detection</translation>
    </message>
    <message>
        <source>Co znaleziono w pliku. Sprawdź w podglądzie, czy odpowiedzi zostały odczytane poprawnie.</source>
        <translation>What was found in the file. Check in the preview that the responses were read correctly.</translation>
    </message>
    <message>
        <source>Narzędzie:</source>
        <translation>Tool:</translation>
    </message>
    <message>
        <source>Odpowiedzi:</source>
        <translation>Responses:</translation>
    </message>
    <message>
        <source>Podgląd odpowiedzi</source>
        <translation>Response preview</translation>
    </message>
</context>
<context>
    <name>SurveyImportFilePage</name>
    <message>
        <source>Plik z odpowiedziami ankiety</source>
        <extracomment>Words in a file name that tell who was asked (folded, no diacritics).</extracomment>
        <translation>Survey response file</translation>
    </message>
    <message>
        <source>Ankiety (*.xlsx *.xls *.ods *.csv);;Wszystkie pliki (*)</source>
        <translation>Surveys (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Wpisz ścieżkę pliku albo kliknij „Wybierz…”.</source>
        <translation>Type the file path or click “Choose…”.</translation>
    </message>
    <message>
        <source>Wczytywanie pliku…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Ten plik zaimportowano już {date} jako „{title}” (liczba odpowiedzi: {n}). Ponowny import niczego nie doda: „Zakończ” zamknie okno i pokaże zapisaną ankietę.</source>
        <translation>This file was already imported on {date} as “{title}” (responses: {n}). Importing it again would add nothing: “Finish” closes the window and shows the saved survey.</translation>
    </message>
    <message>
        <source>Wczytano: {source}, liczba odpowiedzi: {n}, liczba pytań: {q}.</source>
        <translation>Read: {source}, responses: {n}, questions: {q}.</translation>
    </message>
    <message>
        <source>&amp;Zakończ</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Plik z odpowiedziami</source>
        <translation>Response file</translation>
    </message>
    <message>
        <source>Wybierz eksport ankiety: Formularze Google, Microsoft Forms, LimeSurvey, KoboToolbox/ODK albo własny arkusz (XLSX, XLS, ODS, CSV). Plik można też przeciągnąć na to okno. Nic nie zostanie zapisane przed ostatnim krokiem.</source>
        <translation>Choose the survey export: Google Forms, Microsoft Forms, LimeSurvey, KoboToolbox/ODK or your own spreadsheet (XLSX, XLS, ODS, CSV). You can also drag the file onto this window. Nothing is saved before the last step.</translation>
    </message>
    <message>
        <source>&amp;Plik:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Ścieżka do pliku — wpisz, wklej albo wybierz przyciskiem</source>
        <translation>File path — type it, paste it or choose it with the button</translation>
    </message>
    <message>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Rodzaj ankiety:</source>
        <translation>Survey t&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Tytuł:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Tytuł ankiety na liście ankiet partnerstwa</source>
        <translation>The survey&apos;s title in the partnership&apos;s list of surveys</translation>
    </message>
    <message>
        <source>Kolumny z adresami e-mail oraz imionami i nazwiskami respondentów są rozpoznawane i pomijane: nie trafiają do bazy. Zapisywane są tylko odpowiedzi na pytania.</source>
        <translation>Columns with the respondents&apos; e-mail addresses and names are recognised and skipped: they do not go into the database. Only the answers to the questions are saved.</translation>
    </message>
</context>
<context>
    <name>SurveyImportGminyPage</name>
    <message>
        <source>pow. {name}</source>
        <translation>{name} county</translation>
    </message>
    <message>
        <source>Gmina dla odpowiedzi</source>
        <extracomment>&quot;Inna gmina…&quot; was chosen in the row of this index.</extracomment>
        <translation>Municipality for the answer</translation>
    </message>
    <message>
        <source>— nie przypisuj —</source>
        <translation>— do not assign —</translation>
    </message>
    <message>
        <source>Inna gmina…</source>
        <translation>Other municipality…</translation>
    </message>
    <message>
        <source>Pytanie o gminę: „{question}”</source>
        <translation>Municipality question: “{question}”</translation>
    </message>
    <message>
        <source>Przypisane nazwy gmin: {m} z {n} (odpowiedzi: {r} z {t}).</source>
        <translation>Municipality names assigned: {m} of {n} (answers: {r} of {t}).</translation>
    </message>
    <message>
        <source>Nieprzypisane nazwy ({u}) zostaną zapisane, ale w podziale wyników na gminy trafią do grupy „gmina nieprzypisana”.</source>
        <translation>Unassigned names ({u}) will be saved, but in results broken down by municipality they go into the “unassigned municipality” group.</translation>
    </message>
    <message>
        <source>Gminy respondentów</source>
        <translation>Respondents&apos; municipalities</translation>
    </message>
    <message>
        <source>Odpowiedzi na pytanie o gminę przypisane do gmin z rejestru TERYT. Nazwy nierozpoznane są na górze: wskaż dla nich gminę albo zostaw je nieprzypisane.</source>
        <translation>Answers to the question about the municipality (gmina), matched to municipalities in the TERYT register. Unrecognised names are at the top: choose a municipality for each of them or leave them unassigned.</translation>
    </message>
    <message>
        <source>Gminy w odpowiedziach</source>
        <translation>Municipalities in the answers</translation>
    </message>
</context>
<context>
    <name>SurveyImportQuestionsPage</name>
    <message>
        <source>wiersze ({n}): {rows}</source>
        <translation>rows ({n}): {rows}</translation>
    </message>
    <message>
        <source>od {low} do {high}</source>
        <translation>from {low} to {high}</translation>
    </message>
    <message>
        <source>Typ pytania</source>
        <translation>Question type</translation>
    </message>
    <message>
        <source>Zaznacz co najmniej jedno pytanie do importu.</source>
        <translation>Tick at least one question to import.</translation>
    </message>
    <message>
        <source>„{question}” jako {type}: odczytano {n} z {total} odpowiedzi.</source>
        <translation>“{question}” as {type}: {n} of {total} answers read.</translation>
    </message>
    <message>
        <source>Odpowiedzi niepasujące do tego typu, które zostaną pominięte: {lost}.</source>
        <translation>Answers that do not fit this type and will be skipped: {lost}.</translation>
    </message>
    <message>
        <source>— brak —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Pytania</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Sprawdź rozpoznany typ każdego pytania i odznacz pytania, których nie chcesz importować. Po zmianie typu odpowiedzi są od razu odczytywane na nowo.</source>
        <translation>Check the detected type of each question and untick the questions you do not want to import. When you change a type, the answers are read again at once.</translation>
    </message>
    <message>
        <source>Pytania ankiety</source>
        <translation>Survey questions</translation>
    </message>
    <message>
        <source>Podział wyników (filtry i tabele krzyżowe)</source>
        <translation>Results breakdown (filters and cross-tabulations)</translation>
    </message>
    <message>
        <source>Pytanie o &amp;gminę:</source>
        <translation>&amp;Municipality question:</translation>
    </message>
    <message>
        <source>Pytanie o &amp;płeć:</source>
        <translation>&amp;Gender question:</translation>
    </message>
    <message>
        <source>Pytanie o w&amp;iek:</source>
        <translation>&amp;Age question:</translation>
    </message>
</context>
<context>
    <name>SurveyImportSummaryPage</name>
    <message>
        <source>&amp;Importuj</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>{file} ({source})</source>
        <translation>{file} ({source})</translation>
    </message>
    <message>
        <source>{m} z {total}</source>
        <translation>{m} of {total}</translation>
    </message>
    <message>
        <source>(pominięte: {names})</source>
        <translation>(skipped: {names})</translation>
    </message>
    <message>
        <source>dane osobowe: {names}</source>
        <translation>personal data: {names}</translation>
    </message>
    <message>
        <source>pozostałe kolumny pominięte: {names}</source>
        <translation>other columns skipped: {names}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>gmina</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>płeć</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>wiek</source>
        <translation>age</translation>
    </message>
    <message>
        <source>brak (wyniki bez podziału)</source>
        <translation>none (results not broken down)</translation>
    </message>
    <message>
        <source>brak pytania o gminę</source>
        <translation>no municipality question</translation>
    </message>
    <message>
        <source>przypisane nazwy: {m} z {n} (odpowiedzi: {r} z {t})</source>
        <translation>names assigned: {m} of {n} (answers: {r} of {t})</translation>
    </message>
    <message>
        <source>nieprzypisane: {names}</source>
        <translation>unassigned: {names}</translation>
    </message>
    <message>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Tak zostanie zapisana ankieta. Nic nie zostało jeszcze zapisane: kliknij „Importuj”, aby zapisać wszystkie odpowiedzi naraz.</source>
        <translation>This is how the survey will be saved. Nothing has been saved yet: click “Import” to save all the responses at once.</translation>
    </message>
    <message>
        <source>Tytuł:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Rodzaj:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Plik:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Odpowiedzi:</source>
        <translation>Responses:</translation>
    </message>
    <message>
        <source>Pytania:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <source>Podział wyników:</source>
        <translation>Results breakdown:</translation>
    </message>
    <message>
        <source>Gminy:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <source>Nie zostaną zapisane:</source>
        <translation>Will not be saved:</translation>
    </message>
</context>
<context>
    <name>SurveyImportWizard</name>
    <message>
        <source>Import ankiety — {name}</source>
        <extracomment>The file was read (``plan`` set) or failed to read (``error`` set).</extracomment>
        <translation>Survey import — {name}</translation>
    </message>
    <message>
        <source>&lt; &amp;Wstecz</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Dalej &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Importuj</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Czytanie pliku {name}…</source>
        <translation>Reading the file {name}…</translation>
    </message>
    <message>
        <source>Rozpoznawanie pytań i typów odpowiedzi…</source>
        <translation>Detecting the questions and answer types…</translation>
    </message>
    <message>
        <source>Przypisywanie gmin…</source>
        <translation>Assigning municipalities…</translation>
    </message>
    <message>
        <source>Wczytywanie pliku przerwano.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <source>Nie udało się wczytać pliku.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Import przerwano. Nic nie zostało zapisane.</source>
        <translation>The import was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>Zapisywanie ankiety…</source>
        <translation>Saving the survey…</translation>
    </message>
    <message>
        <source>Przerwać import? Wczytana ankieta nie zostanie zapisana.</source>
        <translation>Cancel the import? The survey that was read will not be saved.</translation>
    </message>
    <message>
        <source>Import ankiety</source>
        <translation>Survey import</translation>
    </message>
</context>
<context>
    <name>SurveyList</name>
    <message>
        <source>jednokrotny wybór</source>
        <extracomment>How each question type is named in the question list and the header.</extracomment>
        <translation>single choice</translation>
    </message>
    <message>
        <source>wielokrotny wybór</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>skala</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>liczba</source>
        <translation>number</translation>
    </message>
    <message>
        <source>odpowiedź otwarta</source>
        <translation>free text</translation>
    </message>
    <message>
        <source>siatka (tabela ocen)</source>
        <translation>grid (rating table)</translation>
    </message>
</context>
<context>
    <name>SurveyListModel</name>
    <message>
        <source>{kind} · odpowiedzi: {n} · {date} · {source}</source>
        <translation>{kind} · responses: {n} · {date} · {source}</translation>
    </message>
    <message>
        <source>{title}
{caption}
Plik: {file}
F2 – zmień tytuł</source>
        <translation>{title}
{caption}
File: {file}
F2 – rename</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionType</name>
    <message>
        <source>jednokrotny wybór</source>
        <extracomment>Which question types can split results by gmina, gender or age.</extracomment>
        <translation>single choice</translation>
    </message>
    <message>
        <source>wielokrotny wybór</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>skala</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>liczba</source>
        <translation>number</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>free text</translation>
    </message>
    <message>
        <source>siatka/tabela</source>
        <translation>grid</translation>
    </message>
</context>
<context>
    <name>SurveySummaryXlsx</name>
    <message>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Odpowiedzi otwarte</source>
        <translation>Free-text answers</translation>
    </message>
    <message>
        <source>Wg gminy</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <source>Wg płci</source>
        <translation>By gender</translation>
    </message>
    <message>
        <source>Wg wieku</source>
        <translation>By age</translation>
    </message>
    <message>
        <source>Ankieta nie ma pytania o gminę.</source>
        <translation>The survey has no question about the municipality.</translation>
    </message>
    <message>
        <source>Ankieta nie ma pytania o płeć.</source>
        <translation>The survey has no question about gender.</translation>
    </message>
    <message>
        <source>Ankieta nie ma pytania o wiek.</source>
        <translation>The survey has no question about age.</translation>
    </message>
    <message>
        <source>jednokrotny wybór</source>
        <translation>single choice</translation>
    </message>
    <message>
        <source>wielokrotny wybór</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>skala</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>liczba</source>
        <translation>number</translation>
    </message>
    <message>
        <source>pytanie otwarte</source>
        <translation>free-text question</translation>
    </message>
    <message>
        <source>siatka (macierz)</source>
        <translation>grid (matrix)</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pytanie</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Odpowiedź</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Źródło</source>
        <extracomment>Width of the first column (answers, grid rows) and of the figure columns.</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rodzaj ankiety</source>
        <translation>Survey type</translation>
    </message>
    <message>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Zaimportowano</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Respondenci (po filtrach)</source>
        <translation>Respondents (filtered)</translation>
    </message>
    <message>
        <source>Respondenci (wszyscy)</source>
        <translation>Respondents (all)</translation>
    </message>
    <message>
        <source>Filtry</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Respondenci</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>gminy: {names}</source>
        <translation>municipalities: {names}</translation>
    </message>
    <message>
        <source>grupy wieku: {names}</source>
        <translation>age groups: {names}</translation>
    </message>
    <message>
        <source>{kind} · odpowiedziało {answered} z {respondents}</source>
        <translation>{kind} · {answered} of {respondents} answered</translation>
    </message>
    <message>
        <source>Odpowiedzi: {n} — zob. arkusz „{sheet}”.</source>
        <translation>Answers: {n} — see the “{sheet}” sheet.</translation>
    </message>
    <message>
        <source>Liczba</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Procent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Procent respondentów, którzy odpowiedzieli; odsetki nie sumują się do 100%.</source>
        <translation>Percent of the respondents who answered; the percentages do not add up to 100%.</translation>
    </message>
    <message>
        <source>Średnia</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Mediana</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Liczba odpowiedzi</source>
        <translation>Number of answers</translation>
    </message>
    <message>
        <source>Odpowiedziało</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Procent w wierszu</source>
        <translation>Row percent</translation>
    </message>
    <message>
        <source>Pytanie liczbowe o wielu wartościach — zob. arkusz „Podsumowanie”.</source>
        <translation>Numeric question with many values — see the “Summary” sheet.</translation>
    </message>
    <message>
        <source>Można było wybrać kilka odpowiedzi: procenty nie sumują się do 100%.</source>
        <translation>Several answers could be chosen: the percentages do not add up to 100%.</translation>
    </message>
    <message>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Procent w grupie</source>
        <translation>Group percent</translation>
    </message>
</context>
<context>
    <name>SurveyTables</name>
    <message>
        <source>Odpowiedź</source>
        <extracomment>Characters per line of a column header before it wraps.</extracomment>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Liczba</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Odpowiedzi</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Odpowiedziało</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>{source} · ankieta: {kind} · respondenci: {n} · pytania: {q} · zaimportowano {date} z pliku „{file}”</source>
        <translation>{source} · survey: {kind} · respondents: {n} · questions: {q} · imported on {date} from the file “{file}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spełnia filtry: {n} z {m}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Matching the filters: {n} of {m}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Wszyscy respondenci: {m}</source>
        <translation>All respondents: {m}</translation>
    </message>
    <message>
        <source>Ankiety</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Importuj ankietę…</source>
        <translation>Import survey…</translation>
    </message>
    <message>
        <source>Wczytaj wyniki ankiety z pliku XLSX, XLS, ODS lub CSV (Formularze Google, Microsoft Forms, LimeSurvey, KoboToolbox, własny arkusz) – Ctrl+I</source>
        <translation>Load survey results from an XLSX, XLS, ODS or CSV file (Google Forms, Microsoft Forms, LimeSurvey, KoboToolbox, your own spreadsheet) – Ctrl+I</translation>
    </message>
    <message>
        <source>Eksportuj podsumowanie do XLSX…</source>
        <translation>Export summary to XLSX…</translation>
    </message>
    <message>
        <source>Zapisz podsumowanie wybranej ankiety (z bieżącymi filtrami) jako arkusz XLSX</source>
        <translation>Save a summary of the selected survey (with the current filters) as an XLSX spreadsheet</translation>
    </message>
    <message>
        <source>To partnerstwo nie ma jeszcze ankiet</source>
        <translation>This partnership has no surveys yet</translation>
    </message>
    <message>
        <source>Zaimportuj wyniki ankiety mieszkańców, młodzieży, przedsiębiorców lub liderów lokalnych – tak, jak wyeksportowało je narzędzie ankietowe: Formularze Google, Microsoft Forms, LimeSurvey, KoboToolbox / ODK albo zwykły arkusz (XLSX, XLS, ODS, CSV). Program rozpozna pytania i ich typy, pokaże podgląd przed zapisaniem, a potem policzy odpowiedzi, narysuje wykresy i zestawi je według gmin, płci i wieku.</source>
        <translation>Import the results of a survey of residents, young people, businesses or local leaders – just as the survey tool exported them: Google Forms, Microsoft Forms, LimeSurvey, KoboToolbox / ODK or a plain spreadsheet (XLSX, XLS, ODS, CSV). The program detects the questions and their types, shows a preview before saving, then counts the answers, draws charts and breaks them down by municipality (gmina), gender and age.</translation>
    </message>
    <message>
        <source>&amp;Ankiety partnerstwa</source>
        <translation>Partnership &amp;surveys</translation>
    </message>
    <message>
        <source>F2 – zmień tytuł, Delete – usuń ankietę, Ctrl+Z – cofnij</source>
        <translation>F2 – rename, Delete – delete survey, Ctrl+Z – undo</translation>
    </message>
    <message>
        <source>&amp;Pytania</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Gmina:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Wiek:</source>
        <translation>&amp;Age:</translation>
    </message>
    <message>
        <source>Wyczyść filtry</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Po&amp;dział wg:</source>
        <translation>&amp;Break down by:</translation>
    </message>
    <message>
        <source>Zestaw odpowiedzi na to pytanie według gmin, płci albo grup wieku respondentów</source>
        <translation>Break down the answers to this question by the respondents&apos; municipality, gender or age group</translation>
    </message>
    <message>
        <source>&amp;Wiersz:</source>
        <translation>&amp;Row:</translation>
    </message>
    <message>
        <source>w p&amp;rocentach</source>
        <translation>as &amp;percentages</translation>
    </message>
    <message>
        <source>Pokaż w tabeli odsetek odpowiadających w każdej grupie zamiast liczby osób</source>
        <translation>Show the percentage of those answering in each group instead of the number of people</translation>
    </message>
    <message>
        <source>Szukaj w odpowiedziach (wielkość liter i polskie znaki bez znaczenia)…</source>
        <translation>Search the answers (case and Polish diacritics are ignored)…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>nigdy</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Wysłane zmiany: {n}</source>
        <translation>Changes sent: {n}</translation>
    </message>
    <message>
        <source>pobrane zmiany: {n}</source>
        <translation>changes received: {n}</translation>
    </message>
    <message>
        <source>nowe konflikty: {n}</source>
        <translation>new conflicts: {n}</translation>
    </message>
    <message>
        <source>otwarte konflikty: {n}</source>
        <translation>open conflicts: {n}</translation>
    </message>
    <message>
        <source>już były na serwerze: {n}</source>
        <translation>already on the server: {n}</translation>
    </message>
    <message>
        <source>wstrzymane: {n}</source>
        <translation>held back: {n}</translation>
    </message>
    <message>
        <source>pliki wysłane/pobrane: {sent}/{received}</source>
        <translation>files sent/received: {sent}/{received}</translation>
    </message>
    <message>
        <source>Synchronizacja zakończona {when}.</source>
        <translation>Sync finished at {when}.</translation>
    </message>
    <message>
        <source>Zapisano pakiet {name}. Zmiany: {n}, pliki: {blobs}.</source>
        <translation>Bundle {name} saved. Changes: {n}, files: {blobs}.</translation>
    </message>
    <message>
        <source>Wczytano pakiet {name}. Zastosowane zmiany: {applied}, już obecne: {there}, nowe konflikty: {conflicts}.</source>
        <translation>Bundle {name} imported. Changes applied: {applied}, already present: {there}, new conflicts: {conflicts}.</translation>
    </message>
    <message>
        <source>Zmiany rekordów, których nie ma na tym komputerze: {n}.</source>
        <translation>Changes to records that are not on this computer: {n}.</translation>
    </message>
    <message>
        <source>Zapisano ustawienia serwera.</source>
        <extracomment>The local data changed through sync, a bundle import or resolved conflicts: the main window refreshes its list, status bar and pages.</extracomment>
        <translation>Server settings saved.</translation>
    </message>
    <message>
        <source>Zapisano ustawienia serwera i hasło.</source>
        <translation>Server settings and password saved.</translation>
    </message>
    <message>
        <source>Hasło usunięto z systemowego magazynu haseł.</source>
        <translation>The password was removed from the system keyring.</translation>
    </message>
    <message>
        <source>Hasło jest zapisane w systemowym magazynie haseł.</source>
        <translation>The password is stored in the system keyring.</translation>
    </message>
    <message>
        <source>Hasło nie jest zapisane: wpisz je i kliknij „Zapisz” albo podawaj je przy każdej synchronizacji.</source>
        <translation>The password is not stored: enter it and click “Save”, or enter it at every sync.</translation>
    </message>
    <message>
        <source>Połączenie szyfrowane (TLS); certyfikat serwera i jego nazwa są sprawdzane.</source>
        <translation>Encrypted connection (TLS); the server certificate and its name are verified.</translation>
    </message>
    <message>
        <source>Bez pliku CA certyfikat serwera nie jest sprawdzany; wskaż plik od administratora, aby mieć pewność, że łączysz się z właściwym serwerem.</source>
        <translation>Without a CA file the server certificate is not verified; choose the file from your administrator to be sure you are connecting to the right server.</translation>
    </message>
    <message>
        <source>Plik CA serwera centralnego</source>
        <translation>Central server CA file</translation>
    </message>
    <message>
        <source>Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Synchronizacja z serwerem centralnym…</source>
        <translation>Syncing with the central server…</translation>
    </message>
    <message>
        <source>Klucz zespołu jest zapisany w systemowym magazynie haseł.</source>
        <translation>The team key is stored in the system keyring.</translation>
    </message>
    <message>
        <source>Brak klucza zespołu: wpisz klucz otrzymany od koordynatora, aby zapisywać i wczytywać pakiety.</source>
        <translation>No team key: enter the key you received from the coordinator to export and import bundles.</translation>
    </message>
    <message>
        <source>Eksportuj pakiet synchronizacji</source>
        <translation>Export sync bundle</translation>
    </message>
    <message>
        <source>Pakiet synchronizacji (*.cwdsync)</source>
        <translation>Sync bundle (*.cwdsync)</translation>
    </message>
    <message>
        <source>Zapisywanie pakietu synchronizacji…</source>
        <translation>Saving the sync bundle…</translation>
    </message>
    <message>
        <source>Importuj pakiet synchronizacji</source>
        <translation>Import sync bundle</translation>
    </message>
    <message>
        <source>Wczytywanie pakietu synchronizacji…</source>
        <translation>Loading the sync bundle…</translation>
    </message>
    <message>
        <source>Synchronizacja</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Zmiany zapisane na tym komputerze trafiają do wspólnej bazy zespołu przy synchronizacji, a zmiany innych doradców wracają stąd na ten komputer. Bez dostępu do sieci można je przenieść w pakiecie na pendrivie.</source>
        <translation>When you sync, changes saved on this computer go to the team&apos;s shared database, and other advisors&apos; changes come back from it to this computer. Without network access, you can carry them in a bundle on a USB stick.</translation>
    </message>
    <message>
        <source>Serwer centralny</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>&amp;Serwer:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>np. cwd.example.gov.pl</source>
        <translation>e.g. cwd.example.gov.pl</translation>
    </message>
    <message>
        <source>Nazwa lub adres serwera PostgreSQL zespołu (od administratora)</source>
        <translation>Name or address of the team&apos;s PostgreSQL server (from your administrator)</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Baza danych:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Użytkownik:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>nazwa doradcy na serwerze, np. akowalska</source>
        <translation>advisor&apos;s name on the server, e.g. akowalska</translation>
    </message>
    <message>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>puste = hasło zapisane w systemie</source>
        <translation>empty = password stored in the system</translation>
    </message>
    <message>
        <source>P&amp;lik CA (TLS verify-full):</source>
        <translation>CA fi&amp;le (TLS verify-full):</translation>
    </message>
    <message>
        <source>nie wskazano</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Prze&amp;glądaj…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Wskaż plik certyfikatu urzędu (CA), który podpisał certyfikat serwera</source>
        <translation>Choose the certificate file of the certificate authority (CA) that signed the server certificate</translation>
    </message>
    <message>
        <source>&amp;Zapisz</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <source>Zapamiętaj serwer; hasło trafia tylko do systemowego magazynu haseł, nigdy do pliku</source>
        <translation>Remember the server; the password goes only to the system keyring, never to a file</translation>
    </message>
    <message>
        <source>Zapo&amp;mnij hasło</source>
        <translation>&amp;Forget password</translation>
    </message>
    <message>
        <source>Usuń hasło z systemowego magazynu haseł</source>
        <translation>Remove the password from the system keyring</translation>
    </message>
    <message>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ostatnia synchronizacja:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Niezsynchronizowane zmiany:</source>
        <translation>Unsynced changes:</translation>
    </message>
    <message>
        <source>Otwarte konflikty:</source>
        <translation>Open conflicts:</translation>
    </message>
    <message>
        <source>Rozwiąż konflikt&amp;y…</source>
        <translation>Resolve &amp;conflicts…</translation>
    </message>
    <message>
        <source>Pokaż obie wersje każdego pola zmienionego przez dwie osoby i wybierz właściwą</source>
        <translation>Show both versions of every field changed by two people and choose the right one</translation>
    </message>
    <message>
        <source>Synchronizuj &amp;teraz</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Wyślij zmiany z tego komputera i pobierz zmiany innych doradców (Ctrl+Shift+S)</source>
        <translation>Send the changes from this computer and receive other advisors&apos; changes (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Pakiet bez sieci</source>
        <translation>Offline bundle</translation>
    </message>
    <message>
        <source>Gdy nie ma połączenia z serwerem, zapisz niezsynchronizowane zmiany w pliku .cwdsync i wczytaj go na innym komputerze programu CWD Desktop. Ponowne wczytanie tego samego pakietu niczego nie zmienia.</source>
        <translation>When there is no connection to the server, save the unsynced changes in a .cwdsync file and import it into CWD Desktop on another computer. Importing the same bundle again changes nothing.</translation>
    </message>
    <message>
        <source>&amp;Klucz zespołu:</source>
        <translation>&amp;Team key:</translation>
    </message>
    <message>
        <source>klucz od koordynatora</source>
        <translation>key from the coordinator</translation>
    </message>
    <message>
        <source>Klucz podpisuje pakiety i pozwala sprawdzić, że pochodzą z zespołu i nikt ich nie zmienił</source>
        <translation>The key signs bundles and lets you check that they come from the team and nobody has changed them</translation>
    </message>
    <message>
        <source>Zapisz klucz</source>
        <translation>Save key</translation>
    </message>
    <message>
        <source>Zapisz klucz zespołu w systemowym magazynie haseł (nigdy w pliku)</source>
        <translation>Store the team key in the system keyring (never in a file)</translation>
    </message>
    <message>
        <source>Eksp&amp;ortuj pakiet…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>Zapisz niezsynchronizowane zmiany (i ich pliki) w jednym podpisanym pliku .cwdsync</source>
        <translation>Save the unsynced changes (and their files) in a single signed .cwdsync file</translation>
    </message>
    <message>
        <source>&amp;Importuj pakiet…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>Wczytaj pakiet .cwdsync z innego komputera; te same pola zmienione po obu stronach stają się konfliktami</source>
        <translation>Import a .cwdsync bundle from another computer; fields changed on both sides become conflicts</translation>
    </message>
</context>
<context>
    <name>WorkplanPage</name>
    <message>
        <source>Plan pracy</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Utwórz plan z &amp;etapów doradztwa</source>
        <translation>Create plan from advisory &amp;stages</translation>
    </message>
    <message>
        <source>Dodaj zadania wszystkich etapów doradztwa (Komponent I i II) z terminami liczonymi od daty rozpoczęcia doradztwa; Ctrl+Z cofa</source>
        <translation>Add the tasks of all advisory stages (Components I and II), with dates counted from the advisory start date; Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>&amp;Nowe zadanie</source>
        <translation>&amp;New task</translation>
    </message>
    <message>
        <source>Dopisz zadanie na końcu tabeli (Ctrl+N)</source>
        <translation>Add a task at the end of the table (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Usuń zadanie</source>
        <translation>&amp;Delete task</translation>
    </message>
    <message>
        <source>Usuń zaznaczone zadanie (Delete; Ctrl+Z cofa)</source>
        <translation>Delete the selected task (Delete; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>&amp;Eksportuj plan pracy…</source>
        <translation>&amp;Export work plan…</translation>
    </message>
    <message>
        <source>Zapisz plan pracy jako dokument Word (zadania według etapów, harmonogram, zadania zaległe)</source>
        <translation>Save the work plan as a Word document (tasks by stage, schedule, overdue tasks)</translation>
    </message>
    <message>
        <source>Filtruj zadania (nazwa, odpowiedzialni, uwagi)… Ctrl+F</source>
        <translation>Filter tasks (name, responsible, notes)… Ctrl+F</translation>
    </message>
    <message>
        <source>Pokaż zadania jednego etapu doradztwa</source>
        <translation>Show the tasks of one advisory stage</translation>
    </message>
    <message>
        <source>Pokaż zadania o jednym statusie</source>
        <translation>Show the tasks with one status</translation>
    </message>
    <message>
        <source>tylko &amp;zaległe</source>
        <translation>&amp;overdue only</translation>
    </message>
    <message>
        <source>Pokaż tylko zadania po terminie, które nie są zakończone</source>
        <translation>Show only overdue tasks that are not done</translation>
    </message>
    <message>
        <source>Plan pracy jest pusty. Utwórz go z etapów doradztwa przyciskiem powyżej albo dopisz zadania w tabeli (Enter lub Ctrl+N).</source>
        <translation>The work plan is empty. Create it from the advisory stages with the button above or add tasks in the table (Enter or Ctrl+N).</translation>
    </message>
    <message>
        <source>Zadania po terminie i niezakończone — na czerwono; zakończone — szarym tekstem. Kliknięcie paska na osi czasu zaznacza zadanie w tabeli.</source>
        <translation>Overdue, unfinished tasks are shown in red; finished ones in grey text. Clicking a bar on the timeline selects the task in the table.</translation>
    </message>
    <message>
        <source>Wszystkie etapy</source>
        <extracomment>Column widths of the table; the task&apos;s name takes the rest, but never less than NAME_MIN.</extracomment>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Wszystkie statusy</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Zadania: {n} · zakończone: {done} · w toku: {progress}</source>
        <translation>Tasks: {n} · done: {done} · in progress: {progress}</translation>
    </message>
    <message>
        <source>zaległe: {n}</source>
        <translation>overdue: {n}</translation>
    </message>
    <message>
        <source>utworzenie planu pracy</source>
        <translation>creating the work plan</translation>
    </message>
    <message>
        <source>Eksport planu pracy</source>
        <translation>Export work plan</translation>
    </message>
    <message>
        <source>Dokument Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Zapisano plan pracy w pliku {path}.</source>
        <translation>Work plan saved to {path}.</translation>
    </message>
    <message>
        <source>Eksport planu pracy…</source>
        <translation>Exporting the work plan…</translation>
    </message>
</context>
<context>
    <name>WorkplanTable</name>
    <message>
        <source>Zadanie</source>
        <extracomment>Text of a done task: present but out of the way.</extracomment>
        <translation>Task</translation>
    </message>
    <message>
        <source>Etap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Odpowiedzialni</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>WorkplanTimeline</name>
    <message>
        <source>Plan pracy nie ma jeszcze zadań.</source>
        <translation>The work plan has no tasks yet.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Przegląd</source>
        <extracomment>(key, title, module, class, record kinds it opens), in navigation order.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Plan pracy</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Interesariusze</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Misje i spotkania</source>
        <translation>Field missions and meetings</translation>
    </message>
    <message>
        <source>Konsultacje</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Ankiety</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Diagnoza</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Strategia</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Wdrożenie</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Sieciowanie</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Baza wiedzy</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Dokumenty</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Synchronizacja</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>consultations</name>
    <message>
        <source>bez kategorii</source>
        <extracomment>Shown for a comment with no category / no disposition yet.</extracomment>
        <translation>no category</translation>
    </message>
    <message>
        <source>bez rozstrzygnięcia</source>
        <translation>no disposition</translation>
    </message>
    <message>
        <source>Okres zgłaszania uwag trwa {days} dni (od {announced} do {until}); art. 6 ust. 3 uzppr wymaga co najmniej {minimum} dni.</source>
        <translation>The comment period lasts {days} days (from {announced} to {until}); art. 6(3) of the development policy act (uzppr) requires at least {minimum} days.</translation>
    </message>
    <message>
        <source>Uwagi bez rozstrzygnięcia: {count} (nr {numbers}).</source>
        <translation>Comments without a disposition: {count} (no. {numbers}).</translation>
    </message>
    <message>
        <source>Uwagi z rozstrzygnięciem bez uzasadnienia: {count} (nr {numbers}); sprawozdanie musi uzasadnić odpowiedź na każdą uwagę.</source>
        <translation>Comments with a disposition but no justification: {count} (no. {numbers}); the consultation report must justify the response to every comment.</translation>
    </message>
    <message>
        <source>Termin publikacji sprawozdania z konsultacji minął {due} ({days} dni po zakończeniu zbierania uwag).</source>
        <translation>The deadline for publishing the consultation report passed on {due} ({days} days after the comment period closed).</translation>
    </message>
    <message>
        <source>Sprawozdanie z przebiegu i wyników konsultacji należy opublikować do {due} ({days} dni po zakończeniu zbierania uwag).</source>
        <translation>The consultation report (on the course and results of the consultation) must be published by {due} ({days} days after the comment period closed).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Kod TERYT {code} nie występuje w rejestrze JST (gmina: 7 cyfr, powiat: 4 cyfry).</source>
        <translation>TERYT code {code} is not in the register of local governments (gmina: 7 digits, county: 4 digits).</translation>
    </message>
    <message>
        <source>Nieznane województwo: {value}.</source>
        <translation>Unknown voivodeship: {value}.</translation>
    </message>
    <message>
        <source>Nie ma usuniętego partnerstwa {key}.</source>
        <translation>There is no deleted partnership {key}.</translation>
    </message>
    <message>
        <source>Nie ma partnerstwa {key}.</source>
        <translation>There is no partnership {key}.</translation>
    </message>
    <message>
        <source>Skrót {short} jest już używany przez partnerstwo „{other}”.</source>
        <translation>The short name {short} is already used by the partnership “{other}”.</translation>
    </message>
    <message>
        <source>Nazwa partnerstwa nie może być pusta.</source>
        <translation>The partnership&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <source>Skrót nazwy partnerstwa nie może być pusty.</source>
        <translation>The partnership&apos;s short name cannot be empty.</translation>
    </message>
    <message>
        <source>Ocena kryterium „{criterion}” musi mieścić się w 0–{max}.</source>
        <translation>The score of the criterion “{criterion}” must be within 0–{max}.</translation>
    </message>
    <message>
        <source>Koniec doradztwa ({end}) jest wcześniejszy niż jego początek ({start}).</source>
        <translation>The end of the advisory work ({end}) is before its start ({start}).</translation>
    </message>
    <message>
        <source>Folder danych {path} leży na dysku tylko do odczytu; wybierz inny folder (opcja --data-dir lub zmienna CWD_DATA_DIR) albo podłącz dysk do zapisu.</source>
        <translation>The data folder {path} is on a read-only disk; choose another folder (the --data-dir option or the CWD_DATA_DIR variable) or make the disk writable.</translation>
    </message>
    <message>
        <source>Brak uprawnień do zapisu w folderze danych {path}; nadaj je albo wybierz inny folder (opcja --data-dir lub zmienna CWD_DATA_DIR).</source>
        <translation>No permission to write to the data folder {path}; grant it or choose another folder (the --data-dir option or the CWD_DATA_DIR variable).</translation>
    </message>
    <message>
        <source>Brak miejsca na dysku w folderze danych {path}; zwolnij miejsce.</source>
        <translation>No disk space left in the data folder {path}; free up some space.</translation>
    </message>
    <message>
        <source>Nie można zapisywać w folderze danych {path}: {reason}.</source>
        <translation>Cannot write to the data folder {path}: {reason}.</translation>
    </message>
    <message>
        <source>Brak miejsca na dysku dla bazy {path}; zmiana nie została zapisana, zwolnij miejsce i spróbuj ponownie.</source>
        <translation>No disk space left for the database {path}; the change was not saved. Free up some space and try again.</translation>
    </message>
    <message>
        <source>Baza {path} jest tylko do odczytu; zmiana nie została zapisana.</source>
        <translation>The database {path} is read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>Baza {path} jest zajęta przez inny program; spróbuj ponownie za chwilę.</source>
        <translation>The database {path} is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>Plik bazy {path} jest uszkodzony; zmiana nie została zapisana — uruchom program ponownie, aby sprawdził plik i zaproponował przywrócenie kopii zapasowej.</source>
        <translation>The database file {path} is damaged; the change was not saved — restart the program so that it checks the file and offers to restore a backup.</translation>
    </message>
    <message>
        <source>Plik bazy {path} jest uszkodzony ({verdict}) i został przeniesiony do {moved}; przywróć najnowszą kopię poleceniem: cwd-desktop restore &quot;{backup}&quot;.</source>
        <translation>The database file {path} is damaged ({verdict}) and has been moved to {moved}; restore the latest backup with the command: cwd-desktop restore &quot;{backup}&quot;.</translation>
    </message>
    <message>
        <source>Plik bazy {path} jest uszkodzony ({verdict}) i został przeniesiony do {moved}; kopii zapasowej nie ma, więc przy następnym uruchomieniu powstanie nowa, pusta baza (dane wrócą z synchronizacji).</source>
        <translation>The database file {path} is damaged ({verdict}) and has been moved to {moved}; there is no backup, so a new, empty database will be created at the next start (the data will come back with a sync).</translation>
    </message>
    <message>
        <source>Baza {path} jest otwarta w innym oknie programu lub poleceniu (proces {pid}); zamknij je i spróbuj ponownie.</source>
        <translation>The database {path} is open in another program window or command (process {pid}); close it and try again.</translation>
    </message>
    <message>
        <source>Baza {path} jest otwarta w innym oknie programu lub poleceniu; zamknij je i spróbuj ponownie.</source>
        <translation>The database {path} is open in another program window or command; close it and try again.</translation>
    </message>
    <message>
        <source>Brak miejsca na dysku na kopię zapasową {path}; zwolnij miejsce i spróbuj ponownie.</source>
        <extracomment>A ``.part`` file this old belongs to a backup that was interrupted (power loss, kill). Why a backup was made (the last part of its file name).</extracomment>
        <translation>No disk space left for the backup {path}; free up some space and try again.</translation>
    </message>
    <message>
        <source>Kopia zapasowa {path} jest uszkodzona: {verdict}.</source>
        <translation>The backup {path} is damaged: {verdict}.</translation>
    </message>
    <message>
        <source>Nie udało się zapisać kopii zapasowej {path}: {reason}.</source>
        <translation>Could not write the backup {path}: {reason}.</translation>
    </message>
    <message>
        <source>Rejestr TERYT {path}, wiersz {line}: błędny zapis.</source>
        <extracomment>Which of WOJ, POW, GMI, RODZ are filled: voivodeship, powiat, gmina (or its part).</extracomment>
        <translation>TERYT register {path}, line {line}: malformed row.</translation>
    </message>
    <message>
        <source>Nie można odczytać rejestru TERYT {path}: {reason}.</source>
        <translation>Cannot read the TERYT register {path}: {reason}.</translation>
    </message>
    <message>
        <source>Plik {path} nie jest rejestrem TERC: brak nagłówka {columns}.</source>
        <translation>The file {path} is not a TERC register: the header {columns} is missing.</translation>
    </message>
    <message>
        <source>Baza danych {path} pochodzi z nowszej wersji programu (schemat {revision}); zaktualizuj program, aby ją otworzyć.</source>
        <translation>The database {path} comes from a newer version of the program (schema {revision}); update the program to open it.</translation>
    </message>
    <message>
        <source>Baza danych {path} jest uszkodzona ({verdict}); zamknij inne okna programu i uruchom go ponownie, aby przywrócić kopię zapasową {backup}.</source>
        <extracomment>SQLite reported damage during this session (&quot;malformed&quot;). The SQLCipher key of an encrypted store (None: a plain file).</extracomment>
        <translation>The database {path} is damaged ({verdict}); close the other program windows and restart the program to restore the backup {backup}.</translation>
    </message>
    <message>
        <source>Baza danych {path} jest uszkodzona ({verdict}) i nie można jej przenieść ({reason}); przywróć ją z kopii zapasowej {backup}.</source>
        <translation>The database {path} is damaged ({verdict}) and cannot be moved ({reason}); restore it from the backup {backup}.</translation>
    </message>
    <message>
        <source>Plik {path} nie jest bazą danych SQLite programu CWD.</source>
        <translation>The file {path} is not a CWD Desktop SQLite database.</translation>
    </message>
    <message>
        <source>Rekord {row_id} ({table}) już nie istnieje.</source>
        <extracomment>Columns no form may set: identity and sync bookkeeping. Area service modules that register validators; imported before the first write.</extracomment>
        <translation>Record {row_id} ({table}) no longer exists.</translation>
    </message>
    <message>
        <source>„{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).</source>
        <translation>“{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Interesariusz {row_id} już nie istnieje.</source>
        <extracomment>The fields of a register row (``rows``), besides ``id``.</extracomment>
        <translation>Stakeholder {row_id} no longer exists.</translation>
    </message>
    <message>
        <source>Osoba kontaktowa {row_id} już nie istnieje.</source>
        <translation>Contact person {row_id} no longer exists.</translation>
    </message>
    <message>
        <source>Plik „{file}” ma nieobsługiwany format (XLSX, XLS, ODS lub CSV).</source>
        <extracomment>Separators tried when sniffing a CSV file; the first wins a tie. How many records sniffing looks at.</extracomment>
        <translation>The file “{file}” has an unsupported format (use XLSX, XLS, ODS or CSV).</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku „{file}”: {reason}.</source>
        <translation>Cannot read the file “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>Plik „{file}” jest chroniony hasłem; zapisz go bez hasła i zaimportuj ponownie.</source>
        <extracomment>The signature of an OLE compound file: XLS files, and XLSX files encrypted with a password. Streams of an encrypted OOXML package (MS-OFFCRYPTO), as UTF-16 names in the OLE directory.</extracomment>
        <translation>The file “{file}” is password-protected; save it without a password and import it again.</translation>
    </message>
    <message>
        <source>Odczyt pliku „{file}” wymagałby zbyt wiele pamięci, więc plik jest uszkodzony albo za duży; otwórz go w arkuszu kalkulacyjnym i zapisz ponownie (najlepiej jako XLSX).</source>
        <extracomment>Formats read in a memory-limited child process where the system allows (``isolated``): calamine trusts the sizes these binary or repeated layouts state.</extracomment>
        <translation>Reading the file “{file}” would take too much memory, so the file is damaged or too large; open it in a spreadsheet program and save it again (preferably as XLSX).</translation>
    </message>
    <message>
        <source>Pliku „{file}” nie da się odczytać jako tekstu w UTF-8 ani Windows-1250 (bajt nr {offset}); zapisz go ponownie jako CSV UTF-8.</source>
        <extracomment>Byte order marks of UTF-16 (&quot;Tekst Unicode&quot; from Excel is UTF-16 with tabs).</extracomment>
        <translation>The file “{file}” cannot be read as UTF-8 or Windows-1250 text (byte {offset}); save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Plik „{file}” ma w wierszu {line} znak NUL (bajt zerowy), którego nie ma w zwykłym pliku tekstowym; zapisz go ponownie jako CSV UTF-8.</source>
        <translation>The file “{file}” has a NUL character (zero byte) on line {line}, which a normal text file does not contain; save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Plik „{file}” ma w okolicy wiersza {row} pole dłuższe niż 131 072 znaki, zwykle przez niezamknięty cudzysłów; popraw plik i zapisz go ponownie jako CSV.</source>
        <translation>The file “{file}” has a field longer than 131,072 characters around row {row}, usually because of an unclosed quotation mark; correct the file and save it again as CSV.</translation>
    </message>
    <message>
        <source>Plik „{file}” nie jest poprawnym plikiem CSV (wiersz {row}); zapisz go ponownie jako CSV UTF-8.</source>
        <translation>The file “{file}” is not a valid CSV file (row {row}); save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Plik „{file}” nie jest poprawnym plikiem CSV: {reason}.</source>
        <extracomment>Whether a cell may be a boolean (``True == 1``: a reader keeping values in a dict must tell them apart); CSV cells never are. How much sheet XML one slice holds: about 1,500 rows of a 25-column export. Threads that parse slices at most (calamine works without the GIL). The GIL switch interval while slices are read, in seconds (Python&apos;s default is 0.005). CSV records per slice. Cells to a row of the sheet that reads the shared strings table.</extracomment>
        <translation>The file “{file}” is not a valid CSV file: {reason}.</translation>
    </message>
    <message>
        <source>Plik „{file}” jest pusty.</source>
        <extracomment>A contact column&apos;s ``ContactPerson`` field → its field key. Field key → column index.</extracomment>
        <translation>The file “{file}” is empty.</translation>
    </message>
    <message>
        <source>Plik „{file}” nie jest skoroszytem ({kind}), który można odczytać.</source>
        <translation>The file “{file}” is not a readable workbook ({kind}).</translation>
    </message>
    <message>
        <source>Plik „{file}” nie ma wiersza nagłówka: wiersz {row} zawiera dane („{value}”), a pierwszy wiersz musi podawać nazwy kolumn, np. Nazwa, Kategoria, Gmina.</source>
        <translation>The file “{file}” has no header row: row {row} contains data (“{value}”), but the first row must give the column names, e.g. Name, Category, Gmina.</translation>
    </message>
    <message>
        <source>Wiersz {row}, kolumna „{column}”: {message}</source>
        <translation>Row {row}, column “{column}”: {message}</translation>
    </message>
    <message>
        <source>Wiersz {row}: „{name}” ({jst}) jest już w rejestrze jako „{other}”.</source>
        <translation>Row {row}: “{name}” ({jst}) is already in the register as “{other}”.</translation>
    </message>
    <message>
        <source>Wiersz {row}: „{name}” ({jst}) powtarza wiersz {other}.</source>
        <translation>Row {row}: “{name}” ({jst}) repeats row {other}.</translation>
    </message>
    <message>
        <source>bez JST</source>
        <translation>no LGU</translation>
    </message>
    <message>
        <source>Nie zaimportowano pliku „{file}” ({count} błędów): {list}; i {more} innych.</source>
        <translation>The file “{file}” was not imported ({count} errors): {list}; and {more} more.</translation>
    </message>
    <message>
        <source>Nie zaimportowano pliku „{file}”: {list}.</source>
        <translation>The file “{file}” was not imported: {list}.</translation>
    </message>
    <message>
        <source>W pliku „{file}” nie ma kolumny z nazwą interesariusza (nagłówki: {headers}).</source>
        <translation>The file “{file}” has no column with the stakeholder&apos;s name (headers: {headers}).</translation>
    </message>
    <message>
        <source>Nieznana kategoria interesariusza: „{value}”.</source>
        <translation>Unknown stakeholder category: “{value}”.</translation>
    </message>
    <message>
        <source>{code} nie jest kodem TERYT JST członkowskiej partnerstwa.</source>
        <extracomment>(filter text, offset, limit) -&gt; rows; what ``ui.record_table`` pages through.</extracomment>
        <translation>{code} is not the TERYT code of a member LGU of the partnership.</translation>
    </message>
    <message>
        <source>Podaj tytuł misji.</source>
        <translation>Enter the title of the field mission.</translation>
    </message>
    <message>
        <source>Podaj datę rozpoczęcia misji.</source>
        <translation>Enter the start date of the field mission.</translation>
    </message>
    <message>
        <source>Podaj datę zakończenia misji.</source>
        <translation>Enter the end date of the field mission.</translation>
    </message>
    <message>
        <source>Misja nie może kończyć się ({end}) wcześniej, niż się zaczyna ({start}).</source>
        <translation>A field mission cannot end ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Miejsce misji {code} nie jest kodem TERYT JST członkowskiej partnerstwa.</source>
        <translation>Field mission place {code} is not the TERYT code of a member LGU of the partnership.</translation>
    </message>
    <message>
        <source>Podaj nazwę grupy roboczej.</source>
        <translation>Enter the name of the working group.</translation>
    </message>
    <message>
        <source>Podaj imię i nazwisko członka grupy roboczej.</source>
        <translation>Enter the name of the working group member.</translation>
    </message>
    <message>
        <source>Grupa robocza {id} nie istnieje w tym partnerstwie.</source>
        <translation>Working group {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Interesariusz {id} nie istnieje w tym partnerstwie.</source>
        <translation>Stakeholder {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Podaj tytuł spotkania.</source>
        <translation>Enter the title of the meeting.</translation>
    </message>
    <message>
        <source>Podaj datę spotkania.</source>
        <translation>Enter the date of the meeting.</translation>
    </message>
    <message>
        <source>Misja {id} nie istnieje w tym partnerstwie.</source>
        <translation>Field mission {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Podaj imię i nazwisko uczestnika.</source>
        <translation>Enter the participant&apos;s name.</translation>
    </message>
    <message>
        <source>Spotkanie {id} nie istnieje w tym partnerstwie.</source>
        <translation>Meeting {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Podaj opis działania.</source>
        <translation>Enter a description of the action.</translation>
    </message>
    <message>
        <source>„{value}” nie jest statusem działania (open, in_progress, done).</source>
        <translation>“{value}” is not an action status (open, in_progress, done).</translation>
    </message>
    <message>
        <source>Wpływ musi być liczbą całkowitą od 1 do 5 (podano „{value}”).</source>
        <translation>Influence must be a whole number from 1 to 5 (got “{value}”).</translation>
    </message>
    <message>
        <source>Zainteresowanie musi być liczbą całkowitą od 1 do 5 (podano „{value}”).</source>
        <translation>Interest must be a whole number from 1 to 5 (got “{value}”).</translation>
    </message>
    <message>
        <source>„{value}” nie jest poprawnym adresem e-mail.</source>
        <translation>“{value}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>„{value}” nie jest poprawnym numerem telefonu (9–15 cyfr; dozwolone spacje, +, - i nawiasy).</source>
        <translation>“{value}” is not a valid phone number (9–15 digits; spaces, +, - and brackets are allowed).</translation>
    </message>
    <message>
        <source>Tekst jest za długi: najwyżej {limit} znaków.</source>
        <translation>The text is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Podaj nazwę interesariusza.</source>
        <translation>Enter the stakeholder&apos;s name.</translation>
    </message>
    <message>
        <source>JST o kodzie {code} nie należy do partnerstwa.</source>
        <translation>The LGU with code {code} is not a member of the partnership.</translation>
    </message>
    <message>
        <source>Podaj imię i nazwisko osoby kontaktowej.</source>
        <translation>Enter the contact person&apos;s name.</translation>
    </message>
    <message>
        <source>Podaj datę udzielenia zgody na cel „{purpose}”.</source>
        <translation>Enter the date consent was given for the purpose “{purpose}”.</translation>
    </message>
    <message>
        <source>Wycofanie zgody wymaga daty jej udzielenia.</source>
        <translation>Withdrawing consent requires the date it was given.</translation>
    </message>
    <message>
        <source>Data wycofania zgody ({withdrawn}) nie może być wcześniejsza niż data jej udzielenia ({given}).</source>
        <translation>The date consent was withdrawn ({withdrawn}) cannot be earlier than the date it was given ({given}).</translation>
    </message>
    <message>
        <source>Osoba kontaktowa musi należeć do interesariusza tego partnerstwa.</source>
        <translation>The contact person must belong to a stakeholder of this partnership.</translation>
    </message>
    <message>
        <source>Podaj nazwę kategorii.</source>
        <translation>Enter the category name.</translation>
    </message>
    <message>
        <source>Kategoria „{name}” już istnieje.</source>
        <translation>The category “{name}” already exists.</translation>
    </message>
    <message>
        <source>„{value}” nie jest JST należącą do partnerstwa.</source>
        <translation>“{value}” is not an LGU of the partnership.</translation>
    </message>
    <message>
        <source>Nazwa „{value}” jest niejednoznaczna: podaj kod TERYT ({codes}).</source>
        <translation>The name “{value}” is ambiguous: give the TERYT code ({codes}).</translation>
    </message>
    <message>
        <source>Nie ma wydarzenia konsultacyjnego {id}.</source>
        <translation>There is no consultation event {id}.</translation>
    </message>
    <message>
        <source>Nie ma załącznika {id}.</source>
        <translation>There is no attachment {id}.</translation>
    </message>
    <message>
        <source>Nie ma partnerstwa {key} na tym komputerze.</source>
        <extracomment>A loose e-mail check: something@something.tld, no spaces.</extracomment>
        <translation>There is no partnership {key} on this computer.</translation>
    </message>
    <message>
        <source>Nie ma wydarzenia sieciującego {id}.</source>
        <translation>There is no networking event {id}.</translation>
    </message>
    <message>
        <source>Wydarzenie „{event}” ({starts}) odbyło się przed utworzeniem partnerstwa „{partnership}” ({formed}), więc partnerstwo nie mogło w nim uczestniczyć.</source>
        <translation>The event “{event}” ({starts}) took place before the partnership “{partnership}” was formed ({formed}), so the partnership could not have taken part in it.</translation>
    </message>
    <message>
        <source>Podaj nazwę wydarzenia sieciującego.</source>
        <translation>Enter the name of the networking event.</translation>
    </message>
    <message>
        <source>Data wydarzenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).</source>
        <extracomment>The event&apos;s dates, each with the message for a value that is not a date.</extracomment>
        <translation>The event date “{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Data zakończenia wydarzenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).</source>
        <translation>The event end date “{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Podaj datę wydarzenia sieciującego.</source>
        <translation>Enter the date of the networking event.</translation>
    </message>
    <message>
        <source>Nieznany rodzaj wydarzenia „{value}” (konferencja, seminarium, wizyta studyjna, forum lub spotkanie regionalne).</source>
        <translation>Unknown event type “{value}” (conference, seminar, study_visit, forum or regional_meeting).</translation>
    </message>
    <message>
        <source>Nieznany temat wydarzenia „{value}”.</source>
        <translation>Unknown event topic “{value}”.</translation>
    </message>
    <message>
        <source>Wydarzenie „{event}” nie może skończyć się ({ends}) wcześniej, niż się zaczyna ({starts}).</source>
        <translation>The event “{event}” cannot end ({ends}) before it starts ({starts}).</translation>
    </message>
    <message>
        <source>Wizyta studyjna „{event}” musi mieć gospodarza: wskaż partnerstwo albo JST (kod TERYT).</source>
        <translation>The study visit “{event}” must have a host: specify a partnership or an LGU (TERYT code).</translation>
    </message>
    <message>
        <source>Gospodarz wizyty „{code}” nie jest kodem TERYT JST z rejestru (gmina: 7 cyfr, powiat: 4 cyfry); wybierz JST z listy.</source>
        <translation>The visit host “{code}” is not the TERYT code of an LGU in the register (gmina: 7 digits, county: 4 digits); choose an LGU from the list.</translation>
    </message>
    <message>
        <source>Wydarzenia „{event}” nie można przenieść na {starts}: uczestniczyło w nim partnerstwo „{partnership}”, utworzone dopiero {formed}.</source>
        <translation>The event “{event}” cannot be moved to {starts}: the partnership “{partnership}”, which was only formed on {formed}, took part in it.</translation>
    </message>
    <message>
        <source>Partnerstwo „{partnership}” jest już na liście wydarzenia „{event}”.</source>
        <translation>The partnership “{partnership}” is already on the list of the event “{event}”.</translation>
    </message>
    <message>
        <source>Podaj imię i nazwisko uczestnika wydarzenia.</source>
        <translation>Enter the name of the event participant.</translation>
    </message>
    <message>
        <source>„{value}” nie wygląda na adres e-mail uczestnika (np. jan@gmina.pl).</source>
        <translation>“{value}” does not look like a participant&apos;s e-mail address (e.g. jan@gmina.pl).</translation>
    </message>
    <message>
        <source>Partnerstwo uczestnika „{name}” nie jest na liście partnerstw tego wydarzenia; dodaj je najpierw do wydarzenia.</source>
        <translation>The partnership of the participant “{name}” is not on this event&apos;s list of partnerships; add it to the event first.</translation>
    </message>
    <message>
        <source>Uczestnik „{value}”: podaj „Imię i nazwisko;Instytucja;Funkcja” (opcjonalnie „;e-mail;partnerstwo”).</source>
        <translation>Participant “{value}”: give “Name;Institution;Role” (optionally “;e-mail;partnership”).</translation>
    </message>
    <message>
        <source>Data ogłoszenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).</source>
        <translation>The announcement date “{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Termin zgłaszania uwag „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).</source>
        <translation>The comment deadline “{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Podaj datę wydarzenia konsultacyjnego.</source>
        <translation>Enter the date of the consultation event.</translation>
    </message>
    <message>
        <source>Podaj temat lub konsultowany dokument.</source>
        <translation>Enter the subject or the document consulted.</translation>
    </message>
    <message>
        <source>Nieznana forma konsultacji „{value}”.</source>
        <translation>Unknown consultation format “{value}”.</translation>
    </message>
    <message>
        <source>Liczba uczestników musi być liczbą całkowitą nie mniejszą niż 0 (podano „{value}”).</source>
        <translation>The number of participants must be a whole number of at least 0 (got “{value}”).</translation>
    </message>
    <message>
        <source>Termin zgłaszania uwag ({until}) nie może być wcześniejszy niż data ogłoszenia konsultacji ({announced}).</source>
        <translation>The comment deadline ({until}) cannot be earlier than the date the consultation was announced ({announced}).</translation>
    </message>
    <message>
        <source>Podaj nazwę wskaźnika.</source>
        <extracomment>Tables whose rows are ordered by ``position``, and the column that splits them into lists.</extracomment>
        <translation>Enter the indicator name.</translation>
    </message>
    <message>
        <source>Wskaźnik „{name}” już istnieje.</source>
        <translation>The indicator “{name}” already exists.</translation>
    </message>
    <message>
        <source>„{value}” nie jest liczbą (np. 1 234,5).</source>
        <translation>“{value}” is not a number (e.g. 1 234,5).</translation>
    </message>
    <message>
        <source>Podaj wartość wskaźnika.</source>
        <translation>Enter the indicator value.</translation>
    </message>
    <message>
        <source>Rok „{year}” jest spoza zakresu {low}–{high}.</source>
        <translation>The year “{year}” is outside the range {low}–{high}.</translation>
    </message>
    <message>
        <source>Kod TERYT {code} nie występuje w rejestrze JST.</source>
        <translation>TERYT code {code} is not in the register of local governments.</translation>
    </message>
    <message>
        <source>Wskaźnik „{name}” ma już wartość dla JST {code} w roku {year}.</source>
        <translation>The indicator “{name}” already has a value for LGU {code} in {year}.</translation>
    </message>
    <message>
        <source>Wpisz treść pozycji SWOT.</source>
        <translation>Enter the text of the SWOT item.</translation>
    </message>
    <message>
        <source>Nieznane pole analizy SWOT „{value}”.</source>
        <translation>Unknown SWOT analysis quadrant “{value}”.</translation>
    </message>
    <message>
        <source>Wpisz treść wniosku.</source>
        <translation>Enter the text of the conclusion.</translation>
    </message>
    <message>
        <source>Ankieta „{title}” jest już w diagnozie.</source>
        <translation>The survey “{title}” is already in the diagnosis.</translation>
    </message>
    <message>
        <source>Numer uwagi musi być liczbą całkowitą nie mniejszą niż 0 (podano „{value}”).</source>
        <translation>The comment number must be a whole number of at least 0 (got “{value}”).</translation>
    </message>
    <message>
        <source>Nieznane rozstrzygnięcie uwagi „{value}” (uwzględniona, uwzględniona częściowo, nieuwzględniona lub wyjaśniona).</source>
        <translation>Unknown comment disposition “{value}” (accepted, partly accepted, rejected or explained).</translation>
    </message>
    <message>
        <source>Nie ma wydarzenia konsultacyjnego {id} w tym partnerstwie.</source>
        <translation>There is no consultation event {id} in this partnership.</translation>
    </message>
    <message>
        <source>Nie ma interesariusza {id} w rejestrze tego partnerstwa.</source>
        <translation>There is no stakeholder {id} in this partnership&apos;s register.</translation>
    </message>
    <message>
        <source>Nieznana kategoria interesariusza „{value}”.</source>
        <translation>Unknown stakeholder category “{value}”.</translation>
    </message>
    <message>
        <source>Interesariusz „{name}” jest już na liście uczestników.</source>
        <translation>The stakeholder “{name}” is already on the list of participants.</translation>
    </message>
    <message>
        <source>Podaj nazwę pliku załącznika.</source>
        <translation>Enter the attachment&apos;s file name.</translation>
    </message>
    <message>
        <source>Niepoprawny skrót SHA-256 załącznika „{value}”.</source>
        <translation>Invalid SHA-256 hash of the attachment: “{value}”.</translation>
    </message>
    <message>
        <source>Nie ma rekordu {table} {id}, do którego dołączono plik.</source>
        <translation>There is no {table} record {id} for the file to be attached to.</translation>
    </message>
    <message>
        <source>Nie można przygotować pliku {path} do otwarcia: {reason}.</source>
        <extracomment>Where blobs are copied under their own names, to be opened in their usual programs.</extracomment>
        <translation>Cannot prepare the file {path} for opening: {reason}.</translation>
    </message>
    <message>
        <source>{what} może mieć najwyżej {limit} znaków.</source>
        <extracomment>The first bytes of the image formats Word and the page accept.</extracomment>
        <translation>{what} can be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>„{value}” nie jest liczbą ({what}).</source>
        <translation>“{value}” is not a number ({what}).</translation>
    </message>
    <message>
        <source>{what} musi być liczbą całkowitą, a nie {value}.</source>
        <translation>{what} must be a whole number, not {value}.</translation>
    </message>
    <message>
        <source>{what} musi być liczbą od 1 do 99, a nie {value}.</source>
        <translation>{what} must be a number from 1 to 99, not {value}.</translation>
    </message>
    <message>
        <source>„{value}” nie jest rodzajem strategii (ponadlokalna, ZIT, IIT).</source>
        <translation>“{value}” is not a strategy type (supra-local, ZIT, IIT).</translation>
    </message>
    <message>
        <source>Tytuł strategii</source>
        <translation>Strategy title</translation>
    </message>
    <message>
        <source>Okres strategii</source>
        <translation>Strategy period</translation>
    </message>
    <message>
        <source>Okres strategii kończy się ({last}) wcześniej, niż się zaczyna ({first}).</source>
        <translation>The strategy period ends ({last}) before it starts ({first}).</translation>
    </message>
    <message>
        <source>Podaj tytuł celu strategicznego.</source>
        <translation>Enter the title of the strategic objective.</translation>
    </message>
    <message>
        <source>Tytuł celu</source>
        <translation>Objective title</translation>
    </message>
    <message>
        <source>„{value}” nie jest wymiarem celu (społeczny, gospodarczy, przestrzenny).</source>
        <translation>“{value}” is not an objective dimension (social, economic, spatial).</translation>
    </message>
    <message>
        <source>Numer celu</source>
        <translation>Objective number</translation>
    </message>
    <message>
        <source>Kierunek działań musi należeć do istniejącego celu.</source>
        <translation>A direction of action must belong to an existing objective.</translation>
    </message>
    <message>
        <source>Podaj nazwę kierunku działań.</source>
        <translation>Enter the name of the direction of action.</translation>
    </message>
    <message>
        <source>Nazwa kierunku</source>
        <translation>Direction name</translation>
    </message>
    <message>
        <source>Numer kierunku</source>
        <translation>Direction number</translation>
    </message>
    <message>
        <source>Rezultat musi należeć do istniejącego celu.</source>
        <translation>A result must belong to an existing objective.</translation>
    </message>
    <message>
        <source>Nazwa wskaźnika</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Jednostka miary</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Źródło danych</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>wartość bazowa</source>
        <translation>baseline value</translation>
    </message>
    <message>
        <source>wartość docelowa</source>
        <translation>target value</translation>
    </message>
    <message>
        <source>Rok docelowy</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Rok docelowy {year} jest spoza lat {first}–{last}.</source>
        <translation>The target year {year} is outside the years {first}–{last}.</translation>
    </message>
    <message>
        <source>Rok docelowy wskaźnika ({year}) jest wcześniejszy niż początek okresu strategii ({first}).</source>
        <translation>The indicator&apos;s target year ({year}) is before the start of the strategy period ({first}).</translation>
    </message>
    <message>
        <source>Wybierz źródło finansowania z listy.</source>
        <translation>Choose a funding source from the list.</translation>
    </message>
    <message>
        <source>kwota</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>Kwota nie może być ujemna ({amount} zł).</source>
        <translation>The amount cannot be negative (PLN {amount}).</translation>
    </message>
    <message>
        <source>Sekcja „{section}” strategii nie przyjmuje obrazów.</source>
        <translation>The strategy section “{section}” does not take images.</translation>
    </message>
    <message>
        <source>Brak pliku obrazu: dodaj obraz jeszcze raz.</source>
        <translation>The image file is missing: add the image again.</translation>
    </message>
    <message>
        <source>Brak nazwy pliku obrazu.</source>
        <translation>The image file name is missing.</translation>
    </message>
    <message>
        <source>Podpis obrazu</source>
        <translation>Image caption</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku {path}: {reason}.</source>
        <translation>Cannot read the file {path}: {reason}.</translation>
    </message>
    <message>
        <source>Plik {name} nie jest obrazem PNG ani JPEG.</source>
        <translation>The file {name} is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Nie można zapisać załącznika w folderze {path}: {reason}; nic nie zapisano.</source>
        <translation>Cannot save the attachment in the folder {path}: {reason}; nothing was saved.</translation>
    </message>
    <message>
        <source>Brak pliku załącznika {path} na tym komputerze; zsynchronizuj dane i spróbuj ponownie.</source>
        <translation>The attachment file {path} is not on this computer; sync the data and try again.</translation>
    </message>
    <message>
        <source>Nie można zapisać pliku {path}: {reason}.</source>
        <translation>Cannot write the file {path}: {reason}.</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}: wartość w kolumnie {column}, która nie ma nagłówka (wiersz jest dłuższy niż nagłówek, ma {cells} komórek, a nagłówek {width}).</source>
        <extracomment>One column&apos;s cells: ``None`` for a blank cell, stripped text, or a number, date, bool…. Each column&apos;s distinct non-blank cells in order of first appearance, when the reader kept them on the way (``None``: not known, count them again). A slice of at least this many cells, more than half of them new values, makes a column &quot;wide&quot;: its cells are no longer looked up in a dictionary of values.</extracomment>
        <translation>File “{file}”, row {row}: a value in column {column}, which has no header (the row is longer than the header: {cells} cells, the header has {width}).</translation>
    </message>
    <message>
        <source>Plik „{file}” ma tylko wiersz nagłówka ({row}), bez żadnych odpowiedzi.</source>
        <translation>The file “{file}” has only a header row ({row}) and no responses.</translation>
    </message>
    <message>
        <source>Plik „{file}” nie ma wiersza nagłówka: wiersz {row} zawiera dane („{value}”), a pierwszy wiersz musi podawać treść pytań.</source>
        <translation>The file “{file}” has no header row: row {row} holds data (“{value}”), but the first row must give the questions.</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}: kolumna {column} nie ma nagłówka.</source>
        <translation>File “{file}”, row {row}: column {column} has no header.</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}: nagłówek „{header}” powtarza się w kolumnach {first} i {column}; nadaj kolumnom różne nazwy.</source>
        <translation>File “{file}”, row {row}: the header “{header}” appears in columns {first} and {column}; give the columns different names.</translation>
    </message>
    <message>
        <source>Nieznany rodzaj ankiety „{kind}”; dozwolone: residents, youth, business, leaders.</source>
        <translation>Unknown survey type “{kind}”; allowed: residents, youth, business, leaders.</translation>
    </message>
    <message>
        <source>Podaj tytuł ankiety.</source>
        <translation>Enter the survey title.</translation>
    </message>
    <message>
        <source>Tytuł ankiety jest dłuższy niż {limit} znaków.</source>
        <translation>The survey title is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>W pliku „{file}” nie wybrano żadnego pytania do importu.</source>
        <translation>No question in the file “{file}” was selected for import.</translation>
    </message>
    <message>
        <source>Pytanie „{question}” służy do podziału wyników, więc musi zostać zaimportowane.</source>
        <translation>The question “{question}” is used to break down the results, so it must be imported.</translation>
    </message>
    <message>
        <source>Nieznany kod TERYT {code}.</source>
        <translation>Unknown TERYT code {code}.</translation>
    </message>
    <message>
        <source>Nie ma ankiety „{survey}”.</source>
        <translation>There is no survey “{survey}”.</translation>
    </message>
    <message>
        <source>„{value}” nie jest etapem doradztwa (workplan, diagnosis, strategy, implementation, component_ii).</source>
        <translation>“{value}” is not an advisory stage (workplan, diagnosis, strategy, implementation, component_ii).</translation>
    </message>
    <message>
        <source>„{value}” nie jest statusem zadania (open, in_progress, done).</source>
        <translation>“{value}” is not a task status (open, in_progress, done).</translation>
    </message>
    <message>
        <source>Podaj datę rozpoczęcia zadania „{title}”.</source>
        <translation>Enter the start date of the task “{title}”.</translation>
    </message>
    <message>
        <source>Podaj datę zakończenia zadania „{title}”.</source>
        <translation>Enter the end date of the task “{title}”.</translation>
    </message>
    <message>
        <source>Zadanie „{title}” kończy się ({end}) przed rozpoczęciem ({start}).</source>
        <translation>The task “{title}” ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Podaj nazwę zadania planu pracy.</source>
        <translation>Enter the name of the work plan task.</translation>
    </message>
    <message>
        <source>Plan pracy partnerstwa {short} ma już zadania; domyślny plan tworzy się tylko dla pustego planu.</source>
        <extracomment>Who a default task falls to (filled in from the partnership&apos;s people). The day the strategy&apos;s consultation is announced, the last day for comments (the statutory period counts from the announcement) and the day the report is due. Komponent I takes about 9 months (273 days); Komponent II about 3–4 months after it.</extracomment>
        <translation>The work plan of partnership {short} already has tasks; the default plan can only be created in an empty plan.</translation>
    </message>
    <message>
        <source>Nie ma wersji dokumentu {id}.</source>
        <extracomment>Settings that name the person or computer exporting, in order of preference.</extracomment>
        <translation>There is no document version {id}.</translation>
    </message>
    <message>
        <source>Nie można przygotować kopii dokumentu w {path}: {reason}.</source>
        <translation>Cannot prepare a copy of the document in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Tytuł „{survey}” ma kilka ankiet; podaj identyfikator ankiety.</source>
        <extracomment>zlib level of ``pack``: 3 compresses 100,000 answers three times faster than 6, into blobs about a third bigger.</extracomment>
        <translation>Several surveys have the title “{survey}”; give the survey ID.</translation>
    </message>
    <message>
        <source>„{value}” nie jest kwotą w złotych (np. 1 250 000,00).</source>
        <translation>“{value}” is not an amount in złoty (e.g. 1 250 000,00).</translation>
    </message>
    <message>
        <source>Dobra praktyka {id} nie istnieje w bazie wiedzy.</source>
        <translation>Good practice {id} does not exist in the knowledge base.</translation>
    </message>
    <message>
        <source>Podaj tytuł dobrej praktyki.</source>
        <translation>Enter the title of the good practice.</translation>
    </message>
    <message>
        <source>„{value}” nie jest tematem bazy wiedzy.</source>
        <translation>“{value}” is not a knowledge base topic.</translation>
    </message>
    <message>
        <source>„{value}” nie jest celem polityki spójności (PO1–PO5).</source>
        <extracomment>Tables holding a project&apos;s parts, tombstoned and restored with it.</extracomment>
        <translation>“{value}” is not a cohesion policy objective (PO1–PO5).</translation>
    </message>
    <message>
        <source>Partnerstwo {id} nie istnieje.</source>
        <translation>Partnership {id} does not exist.</translation>
    </message>
    <message>
        <source>Podaj tytuł dokumentu.</source>
        <translation>Enter the document title.</translation>
    </message>
    <message>
        <source>Dokument musi mieć nazwę pliku.</source>
        <translation>The document must have a file name.</translation>
    </message>
    <message>
        <source>„{value}” nie jest rodzajem dokumentu bazy wiedzy.</source>
        <translation>“{value}” is not a knowledge base document type.</translation>
    </message>
    <message>
        <source>Wydarzenie {id} nie istnieje.</source>
        <translation>Event {id} does not exist.</translation>
    </message>
    <message>
        <source>Ta dobra praktyka jest już powiązana z tym projektem.</source>
        <translation>This good practice is already linked to this project.</translation>
    </message>
    <message>
        <source>Projekt {id} nie istnieje.</source>
        <translation>Project {id} does not exist.</translation>
    </message>
    <message>
        <source>„{value}” nie jest obszarem tematycznym pakietu.</source>
        <translation>“{value}” is not a thematic area of the package.</translation>
    </message>
    <message>
        <source>„{value}” nie jest stopniem przygotowania projektu.</source>
        <translation>“{value}” is not a project readiness level.</translation>
    </message>
    <message>
        <source>„{value}” nie jest statusem projektu.</source>
        <translation>“{value}” is not a project status.</translation>
    </message>
    <message>
        <source>„{value}” nie jest rokiem (np. 2029).</source>
        <translation>“{value}” is not a year (e.g. 2029).</translation>
    </message>
    <message>
        <source>Projekt {id} nie istnieje w tym partnerstwie.</source>
        <translation>Project {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Podaj datę wydatku projektu „{project}”.</source>
        <translation>Enter the date of the expense of the project “{project}”.</translation>
    </message>
    <message>
        <source>Wybierz wskaźnik projektu, którego wartość podajesz.</source>
        <translation>Choose the project indicator whose value you are reporting.</translation>
    </message>
    <message>
        <source>Wskaźnik „{name}” nie należy do projektu „{project}”.</source>
        <translation>The indicator “{name}” does not belong to the project “{project}”.</translation>
    </message>
    <message>
        <source>Podaj wartość wskaźnika „{name}” projektu „{project}”.</source>
        <translation>Enter the value of the indicator “{name}” of the project “{project}”.</translation>
    </message>
    <message>
        <source>Wartość wskaźnika „{name}” projektu „{project}” „{value}” nie jest liczbą.</source>
        <translation>The value “{value}” of the indicator “{name}” of the project “{project}” is not a number.</translation>
    </message>
    <message>
        <source>Wartość wskaźnika „{name}” projektu „{project}” podano w {unit}, a wskaźnik jest mierzony w {expected}; przelicz ją na {expected} albo zostaw jednostkę pustą.</source>
        <translation>The value of the indicator “{name}” of the project “{project}” was given in {unit}, but the indicator is measured in {expected}; convert it to {expected} or leave the unit empty.</translation>
    </message>
    <message>
        <source>Wartość wskaźnika „{name}” projektu „{project}” podano w {unit}, a wskaźnik nie ma określonej jednostki; uzupełnij ją najpierw w fiszce projektu.</source>
        <translation>The value of the indicator “{name}” of the project “{project}” was given in {unit}, but the indicator has no unit set; add it in the project fiche first.</translation>
    </message>
    <message>
        <source>Podaj datę, na którą podajesz wartość wskaźnika „{name}” ({project}).</source>
        <translation>Enter the date to which the value of the indicator “{name}” ({project}) refers.</translation>
    </message>
    <message>
        <source>„{value}” nie jest wynikiem naboru wniosków.</source>
        <translation>“{value}” is not an application result in a call for proposals.</translation>
    </message>
    <message>
        <source>Kwotę przyznaną wniosku projektu „{project}” można podać dopiero, gdy wniosek zostanie wybrany do dofinansowania.</source>
        <translation>The amount granted for the application of the project “{project}” can only be entered once the application has been selected for funding.</translation>
    </message>
    <message>
        <source>Wniosek projektu „{project}” rozstrzygnięto ({decided}) przed jego złożeniem ({submitted}).</source>
        <translation>The application of the project “{project}” was decided ({decided}) before it was submitted ({submitted}).</translation>
    </message>
    <message>
        <source>Podaj tytuł rekomendacji.</source>
        <translation>Enter the title of the recommendation.</translation>
    </message>
    <message>
        <source>„{value}” nie jest priorytetem (wysoki, średni, niski).</source>
        <translation>“{value}” is not a priority (high, medium, low).</translation>
    </message>
    <message>
        <source>Podaj tytuł projektu.</source>
        <translation>Enter the project title.</translation>
    </message>
    <message>
        <source>Numer projektu „{value}” nie jest liczbą od 1 wzwyż.</source>
        <translation>The project number “{value}” is not a number from 1 upwards.</translation>
    </message>
    <message>
        <source>Lider projektu {code} nie jest JST członkowską partnerstwa.</source>
        <translation>The project leader {code} is not a member LGU of the partnership.</translation>
    </message>
    <message>
        <source>Projekt „{name}” kończy się ({end}) przed rozpoczęciem ({start}).</source>
        <translation>The project “{name}” ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Projekt „{name}” zakończono ({end}) przed jego rozpoczęciem ({start}).</source>
        <translation>The project “{name}” was completed ({end}) before it was started ({start}).</translation>
    </message>
    <message>
        <source>„{value}” nie jest źródłem finansowania.</source>
        <translation>“{value}” is not a funding source.</translation>
    </message>
    <message>
        <source>Podaj nazwę zadania.</source>
        <translation>Enter the task name.</translation>
    </message>
    <message>
        <source>Podaj datę rozpoczęcia zadania.</source>
        <translation>Enter the start date of the task.</translation>
    </message>
    <message>
        <source>Podaj datę zakończenia zadania.</source>
        <translation>Enter the end date of the task.</translation>
    </message>
    <message>
        <source>Zadanie „{name}” kończy się ({end}) przed rozpoczęciem ({start}).</source>
        <translation>The task “{name}” ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Zadanie „{name}” zakończono ({end}) przed jego rozpoczęciem ({start}).</source>
        <translation>The task “{name}” was completed ({end}) before it was started ({start}).</translation>
    </message>
    <message>
        <source>„{value}” nie jest rodzajem wskaźnika (produkt, rezultat).</source>
        <translation>“{value}” is not an indicator type (output, result).</translation>
    </message>
    <message>
        <source>Wartość bazowa „{value}” nie jest liczbą.</source>
        <translation>The baseline value “{value}” is not a number.</translation>
    </message>
    <message>
        <source>Wartość docelowa „{value}” nie jest liczbą.</source>
        <translation>The target value “{value}” is not a number.</translation>
    </message>
    <message>
        <source>Kierunek działań {id} nie istnieje w tym partnerstwie.</source>
        <translation>Direction of action {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Cel strategiczny {id} nie istnieje w tym partnerstwie.</source>
        <translation>Strategic objective {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Wybrany kierunek działań nie należy do wybranego celu strategicznego.</source>
        <translation>The selected direction of action does not belong to the selected strategic objective.</translation>
    </message>
    <message>
        <source>Projekt jest już powiązany z tym celem (i kierunkiem) strategii.</source>
        <translation>The project is already linked to this strategy objective (and direction).</translation>
    </message>
    <message>
        <source>Uwaga {id} nie istnieje w tym partnerstwie.</source>
        <translation>Comment {id} does not exist in this partnership.</translation>
    </message>
    <message>
        <source>Ta uwaga jest już powiązana z projektem.</source>
        <translation>This comment is already linked to the project.</translation>
    </message>
    <message>
        <source>Zarys wniosku ma tylko projekt kluczowy; „{title}” nim nie jest.</source>
        <translation>Only the key project has a funding application outline; “{title}” is not the key project.</translation>
    </message>
    <message>
        <source>Nie ma spotkania {id} w partnerstwie {partnership}.</source>
        <translation>There is no meeting {id} in partnership {partnership}.</translation>
    </message>
    <message>
        <source>Nie ma eksportu dokumentu rodzaju „{kind}”.</source>
        <extracomment>Modules of the package that are infrastructure, not export kinds.</extracomment>
        <translation>There is no document export of the type “{kind}”.</translation>
    </message>
    <message>
        <source>Dokument „{kind}” dotyczy jednego rekordu: wskaż go (opcja --{param}).</source>
        <translation>The document “{kind}” is about a single record: specify it (option --{param}).</translation>
    </message>
    <message>
        <source>Nie można zapisać dokumentu {path}: {reason}; nic nie zapisano.</source>
        <extracomment>Characters XML 1.0 (and so Word) refuses; they come from pasted text. Average width of a character of table text (9.5 pt) and the cell&apos;s side margins, cm. Every style the writer can use: what a user&apos;s own template must define.</extracomment>
        <translation>Cannot save the document {path}: {reason}; nothing was saved.</translation>
    </message>
    <message>
        <source>Szablon „{file}” nie ma stylu „{style}”; dodaj go albo wybierz inny szablon.</source>
        <translation>The template “{file}” has no style “{style}”; add it or choose another template.</translation>
    </message>
    <message>
        <source>Nie można wstawić obrazu {path} do dokumentu: {reason}.</source>
        <translation>Cannot insert the image {path} into the document: {reason}.</translation>
    </message>
    <message>
        <source>Projekt „{ref}” nie istnieje w partnerstwie {short}.</source>
        <translation>Project “{ref}” does not exist in partnership {short}.</translation>
    </message>
    <message>
        <source>Projekt „{title}” nie jest projektem kluczowym partnerstwa {short}, a zarys wniosku przygotowuje się tylko dla projektu kluczowego.</source>
        <translation>Project “{title}” is not the key project of partnership {short}, and a funding application outline is prepared only for the key project.</translation>
    </message>
    <message>
        <source>Nie można otworzyć szablonu dokumentów {path}: {reason}; wybierz inny szablon w ustawieniach.</source>
        <translation>Cannot open the document template {path}: {reason}; choose another template in the settings.</translation>
    </message>
    <message>
        <source>Plik {path} nie jest szablonem programu Word (.docx lub .dotx); wybierz inny szablon w ustawieniach.</source>
        <translation>The file {path} is not a Word template (.docx or .dotx); choose another template in the settings.</translation>
    </message>
    <message>
        <source>Szablon „{file}” nie ma stylu „{style}” (brakujących stylów: {count}); dodaj je albo wybierz inny szablon.</source>
        <translation>The template “{file}” has no style “{style}” (missing styles: {count}); add them or choose another template.</translation>
    </message>
    <message>
        <source>Nie można utworzyć folderu {path}: {reason}.</source>
        <extracomment>The width the chart is laid out at before being scaled into the image. Font sizes in logical pixels: ~9 pt labels when the image is 16 cm wide. The height of one bar row, logical pixels (more where a label wraps to more lines).</extracomment>
        <translation>Cannot create the folder {path}: {reason}.</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}: nazwa „{name}” pasuje do kilku JST partnerstwa ({jst}); podaj kod TERYT albo rodzaj gminy, np. „{example}”.</source>
        <translation>File “{file}”, row {row}: the name “{name}” matches several LGUs of the partnership ({jst}); give the TERYT code or the gmina type, e.g. “{example}”.</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}: nie rozpoznano JST „{name}” (podaj nazwę z rejestru TERYT, np. „Braniewo (1)”, albo kod TERYT).</source>
        <translation>File “{file}”, row {row}: the LGU “{name}” was not recognised (give its name as in the TERYT register, e.g. “Braniewo (1)”, or its TERYT code).</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}, kolumna {column}: „{value}” nie jest liczbą (brak danych oznacz „-” lub zostaw puste pole).</source>
        <translation>File “{file}”, row {row}, column {column}: “{value}” is not a number (mark missing data with “-” or leave the cell empty).</translation>
    </message>
    <message>
        <source>Plik „{file}”: JST {name} występuje dwa razy (wiersze {first} i {row}).</source>
        <translation>File “{file}”: the LGU {name} appears twice (rows {first} and {row}).</translation>
    </message>
    <message>
        <source>Plik „{file}”: rok {year} występuje dwa razy (kolumny {first} i {second}).</source>
        <translation>File “{file}”: the year {year} appears twice (columns {first} and {second}).</translation>
    </message>
    <message>
        <source>Plik „{file}” podaje dla wskaźnika „{name}” różne jednostki: {units}.</source>
        <translation>The file “{file}” gives different units for the indicator “{name}”: {units}.</translation>
    </message>
    <message>
        <source>Podano jednostkę „{given}”, a plik „{file}” podaje „{unit}”.</source>
        <translation>The unit given is “{given}”, but the file “{file}” gives “{unit}”.</translation>
    </message>
    <message>
        <source>Wskaźnik „{name}” ma jednostkę „{unit}”, a plik podaje „{given}”.</source>
        <translation>The indicator “{name}” has the unit “{unit}”, but the file gives “{given}”.</translation>
    </message>
    <message>
        <source>W pliku „{file}” nie ma kolumn z latami (nagłówków takich jak 2019, 2020).</source>
        <extracomment>Words of a header that are no category (&quot;rok 2019&quot;).</extracomment>
        <translation>The file “{file}” has no year columns (headers such as 2019, 2020).</translation>
    </message>
    <message>
        <source>W pliku „{file}” nie ma wierszy z danymi.</source>
        <translation>The file “{file}” has no data rows.</translation>
    </message>
    <message>
        <source>W pliku „{file}” nie ma kolumny z nazwą ani kodem JST.</source>
        <translation>The file “{file}” has no column with the LGU name or code.</translation>
    </message>
    <message>
        <source>Schemat serwera (wersja {server}) jest nowszy niż ta wersja programu ({client}); zaktualizuj program.</source>
        <extracomment>The group role every advisor role belongs to; the grants and policies name it. The partnerships of the connected role and the team&apos;s shared scope (networking events, the knowledge base), used by every partnership-scoped policy. The name of the scope policy. It changes whenever a policy&apos;s text changes, so ``init_schema`` on an older server drops the old policy and creates the new one (PostgreSQL cannot compare policy expressions reliably). Names the scope policy had on older servers, dropped on upgrade. Sync tables: name -&gt; DDL. Created in this order (advisor before its assignments). Row-level security of the sync tables: table -&gt; (privileges, policy); a policy &quot;USING|CHECK&quot; has a separate WITH CHECK expression. Appends every insert/update of a synced row to the change feed. SECURITY DEFINER so advisors need no write grant on the feed; the fixed search_path keeps a role from planting its own ``change_feed`` in front of ours. One statement-level trigger per event (PostgreSQL allows a transition table on single-event triggers only): a push of 10,000 rows is one feed insert. The row-level trigger of the first server schema, replaced on upgrade. Server-only column of every synced table: {field: [device id, ISO time]}.</extracomment>
        <translation>The server schema (version {server}) is newer than this version of the program ({client}); update the program.</translation>
    </message>
    <message>
        <source>Nazwa roli doradcy „{role}” jest nieprawidłowa: użyj małych liter bez polskich znaków, cyfr i podkreślenia (do 63 znaków).</source>
        <translation>The advisor role name “{role}” is not valid: use lower-case letters without Polish characters, digits and underscores (up to 63 characters).</translation>
    </message>
    <message>
        <source>Hasło doradcy {role} nie może być puste.</source>
        <translation>The password of advisor {role} cannot be empty.</translation>
    </message>
    <message>
        <source>Na serwerze nie ma doradcy {role}; dodaj go najpierw poleceniem „server add-advisor”.</source>
        <translation>There is no advisor {role} on the server; add them first with “server add-advisor”.</translation>
    </message>
    <message>
        <source>Nie można połączyć się z serwerem {server}: {reason}</source>
        <translation>Cannot connect to the server {server}: {reason}</translation>
    </message>
    <message>
        <source>Serwer {server} odrzucił operację: {reason}</source>
        <translation>The server {server} refused the operation: {reason}</translation>
    </message>
    <message>
        <source>Nie znaleziono partnerstwa „{value}”; podaj jego id (UUID) lub skrót nazwy znany w tym folderze danych.</source>
        <translation>Partnership “{value}” not found; give its id (UUID) or a short name known in this data folder.</translation>
    </message>
    <message>
        <source>Podane hasła doradcy {role} są różne.</source>
        <translation>The passwords given for advisor {role} do not match.</translation>
    </message>
    <message>
        <source>Podaj nazwę użytkownika (doradcy) na serwerze centralnym.</source>
        <translation>Enter the (advisor&apos;s) user name on the central server.</translation>
    </message>
    <message>
        <source>Nie ma pliku CA {path}.</source>
        <translation>The CA file {path} does not exist.</translation>
    </message>
    <message>
        <source>Synchronizacja nie jest skonfigurowana: podaj adres serwera i nazwę użytkownika na stronie Synchronizacja.</source>
        <translation>Sync is not set up: enter the server address and user name on the Sync page.</translation>
    </message>
    <message>
        <source>Brak hasła użytkownika {user} do serwera {where}: wpisz je na stronie Synchronizacja.</source>
        <translation>No password for user {user} on the server {where}: enter it on the Sync page.</translation>
    </message>
    <message>
        <source>Nie można połączyć się z serwerem {where}: {reason}.</source>
        <translation>Cannot connect to the server {where}: {reason}.</translation>
    </message>
    <message>
        <source>Serwer {where} odmówił dostępu ({reason}); poproś administratora o przydzielenie partnerstwa. Zmiany czekają na tym komputerze.</source>
        <translation>The server {where} denied access ({reason}); ask your administrator to assign you the partnership. The changes are waiting on this computer.</translation>
    </message>
    <message>
        <source>Synchronizacja z serwerem {where} została przerwana ({reason}); wysłane paczki są zapisane, resztę wyśle następna synchronizacja.</source>
        <translation>Sync with the server {where} was interrupted ({reason}); the batches already sent are saved, and the next sync will send the rest.</translation>
    </message>
    <message>
        <source>Na serwerze {where} nie ma bazy CWD; administrator musi uruchomić „cwd-desktop server init”.</source>
        <translation>There is no CWD database on the server {where}; your administrator must run “cwd-desktop server init”.</translation>
    </message>
    <message>
        <source>Serwer {where} ma nowszy schemat danych (wersja {server}) niż ten program ({client}); zaktualizuj program. Nic nie wysłano.</source>
        <translation>The server {where} has a newer data schema (version {server}) than this program ({client}); update the program. Nothing was sent.</translation>
    </message>
    <message>
        <source>Serwer {where} ma starszy schemat danych (wersja {server}) niż ten program ({client}); administrator musi uruchomić „cwd-desktop server init”. Nic nie wysłano.</source>
        <translation>The server {where} has an older data schema (version {server}) than this program ({client}); your administrator must run “cwd-desktop server init”. Nothing was sent.</translation>
    </message>
    <message>
        <source>Systemowy magazyn haseł jest niedostępny ({reason}); hasło nie zostało zapisane i trzeba je podawać przy każdej synchronizacji.</source>
        <translation>The system keyring is unavailable ({reason}); the password was not stored and must be entered at every sync.</translation>
    </message>
    <message>
        <source>Systemowy magazyn haseł jest niedostępny ({reason}); klucz zespołu do podpisywania pakietów nie został zapisany.</source>
        <extracomment>A typed-in key shorter than this is too easy to guess.</extracomment>
        <translation>The system keyring is unavailable ({reason}); the team key for signing bundles was not stored.</translation>
    </message>
    <message>
        <source>Brak klucza zespołu do podpisywania pakietów: wpisz klucz otrzymany od koordynatora poleceniem „cwd-desktop bundle key set” (nowy klucz dla zespołu tworzy „cwd-desktop bundle key generate”).</source>
        <translation>No team key for signing bundles: enter the key you received from the coordinator with “cwd-desktop bundle key set” (“cwd-desktop bundle key generate” creates a new key for the team).</translation>
    </message>
    <message>
        <source>Klucz zespołu musi mieć co najmniej {min} znaków; wpisz cały klucz otrzymany od koordynatora.</source>
        <translation>The team key must be at least {min} characters long; enter the whole key you received from the coordinator.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: uszkodzony zapis zmiany; nic nie wczytano.</source>
        <extracomment>Fields of a ``mutations.jsonl`` line that must be JSON strings. Row, partnership and device ids are ``varchar(36)`` on the server. Fields whose text names a record in a message, most telling first. A person&apos;s name as conflicts keep it (``sync_conflict.current_by``).</extracomment>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: damaged change entry; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: nieznana tabela {table}; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: unknown table {table}; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: nieznana kolumna {column} w tabeli {table}; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: unknown column {column} in table {table}; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma wartość {value}, a musi to być liczba całkowita od {low} do {high}; nic nie wczytano.</source>
        <extracomment>One sentence per reason a value cannot be stored (``codec.problem``&apos;s answer).</extracomment>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has the value {value}, but it must be a whole number from {low} to {high}; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma wartość {value}, a musi to być skończona liczba; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has the value {value}, but it must be a finite number; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma wartość {value}, a musi to być true albo false; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has the value {value}, but it must be true or false; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma wartość {value}, która nie jest datą RRRR-MM-DD; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has the value {value}, which is not a YYYY-MM-DD date; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma wartość {value}, która nie jest datą i godziną z zakresu kalendarza; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has the value {value}, which is not a date and time within the calendar range; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma wartość {value}, która nie jest zapisem base64; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has the value {value}, which is not base64 data; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma wartość {value}, która nie jest tekstem do zapisania (albo zawiera znak NUL); nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has the value {value}, which is not text that can be stored (or it contains a NUL character); nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} w tabeli {table} ma {length} znaków, a może mieć najwyżej {limit}; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: field {column} of record {record} in table {table} has {length} characters, but it can have at most {limit}; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}, plik mutations.jsonl, wiersz {line}: rekordowi {record} w tabeli {table} brakuje wymaganej wartości pola {column}; nic nie wczytano.</source>
        <translation>Bundle {path}, file mutations.jsonl, line {line}: record {record} in table {table} lacks a value for the required field {column}; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}: zmiana rekordu {record} w tabeli {table} przypisuje go do innego partnerstwa niż na tym komputerze, więc pakiet jest uszkodzony; nic nie wczytano.</source>
        <translation>Bundle {path}: the change to record {record} in table {table} assigns it to a different partnership than on this computer, so the bundle is damaged; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}: rekord tabeli {table} powiela rekord z tego komputera ({reason}), więc nic nie wczytano; zmień skrót nazwy jednego z nich i wczytaj pakiet ponownie.</source>
        <translation>Bundle {path}: a record of table {table} duplicates a record on this computer ({reason}), so nothing was imported; change the short name of one of them and import the bundle again.</translation>
    </message>
    <message>
        <source>Pakiet {path}: rekordów tabeli {table} nie można zapisać na tym komputerze ({reason}), więc nic nie wczytano.</source>
        <translation>Bundle {path}: records of table {table} cannot be saved on this computer ({reason}), so nothing was imported.</translation>
    </message>
    <message>
        <source>Nie ma otwartego konfliktu {id}.</source>
        <translation>There is no open conflict {id}.</translation>
    </message>
    <message>
        <source>„{value}” nie jest liczbą (pole {name}).</source>
        <translation>“{value}” is not a number (field {name}).</translation>
    </message>
    <message>
        <source>Rekordu {row} nie ma na tym komputerze; zsynchronizuj dane i spróbuj ponownie.</source>
        <translation>Record {row} is not on this computer; sync the data and try again.</translation>
    </message>
    <message>
        <source>Dane osobowe usuniętego rekordu zostały wymazane i nie mogą wrócić (pole {name}).</source>
        <translation>The personal data of a deleted record was erased and cannot come back (field {name}).</translation>
    </message>
    <message>
        <source>Plik {path} nie jest pakietem synchronizacji .cwdsync albo jest uszkodzony lub niepełny; nic nie wczytano.</source>
        <extracomment>local_meta key prefix remembering who is behind a device id (for conflicts). What ``zipfile`` raises for a damaged or cut file: bad headers, a broken deflate stream, a flipped flag asking for a method or a password it does not have, a member name that is not the UTF-8 its flag promises. Opening the file: a directory that makes no sense (``ValueError``) is damage too.</extracomment>
        <translation>The file {path} is not a .cwdsync sync bundle, or it is damaged or incomplete; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path} jest niekompletny: brak pliku {member}; nic nie wczytano.</source>
        <translation>The bundle {path} is incomplete: the file {member} is missing; nothing was imported.</translation>
    </message>
    <message>
        <source>Nie można zapisać pakietu {path}: {reason}; nic nie zapisano.</source>
        <translation>Cannot save the bundle {path}: {reason}; nothing was saved.</translation>
    </message>
    <message>
        <source>Pakiet {path}: plik manifest.json jest uszkodzony ({reason}); nic nie wczytano.</source>
        <translation>Bundle {path}: the file manifest.json is damaged ({reason}); nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path} ma nowszy format ({format}), którego ten program nie zna, więc nic nie wczytano; zaktualizuj program.</source>
        <translation>The bundle {path} has a newer format ({format}) that this program does not know, so nothing was imported; update the program.</translation>
    </message>
    <message>
        <source>Pakiet {path} pochodzi z nowszej wersji programu (schemat danych {bundle}, ten program: {mine}), więc nic nie wczytano; zaktualizuj program.</source>
        <translation>The bundle {path} comes from a newer version of the program (data schema {bundle}, this program: {mine}), so nothing was imported; update the program.</translation>
    </message>
    <message>
        <source>Pakiet {path} pochodzi ze starszej wersji programu (schemat danych {bundle}, ten program: {mine}), więc nic nie wczytano; jego autor musi zaktualizować program i wyeksportować pakiet ponownie.</source>
        <translation>The bundle {path} comes from an older version of the program (data schema {bundle}, this program: {mine}), so nothing was imported; its author must update the program and export the bundle again.</translation>
    </message>
    <message>
        <source>Pakiet {path} nie jest podpisany; nic nie wczytano.</source>
        <translation>The bundle {path} is not signed; nothing was imported.</translation>
    </message>
    <message>
        <source>Podpis pakietu {path} się nie zgadza: plik został zmieniony albo podpisano go innym kluczem zespołu; nic nie wczytano.</source>
        <translation>The signature of the bundle {path} does not match: the file has been changed or was signed with a different team key; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path} zawiera nieznany plik {member}; nic nie wczytano.</source>
        <translation>The bundle {path} contains an unknown file {member}; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path} jest uszkodzony: zawartość pliku {member} nie zgadza się z jego sumą kontrolną; nic nie wczytano.</source>
        <translation>The bundle {path} is damaged: the content of the file {member} does not match its checksum; nothing was imported.</translation>
    </message>
    <message>
        <source>Pakiet {path}: plik mutations.jsonl nie jest tekstem UTF-8; nic nie wczytano.</source>
        <translation>Bundle {path}: the file mutations.jsonl is not UTF-8 text; nothing was imported.</translation>
    </message>
    <message>
        <source>Pobrany rekord tabeli {table} powiela rekord z tego komputera ({reason}); zmień skrót nazwy jednego z nich i zsynchronizuj ponownie. Nic nie pobrano.</source>
        <translation>A received record of table {table} duplicates a record on this computer ({reason}); change the short name of one of them and sync again. Nothing was received.</translation>
    </message>
    <message>
        <source>Klucz zespołu jest już zapisany; nowy (--force) unieważni pakiety podpisane starym i trzeba go będzie przekazać całemu zespołowi.</source>
        <translation>A team key is already stored; a new one (--force) will invalidate bundles signed with the old one and will have to be passed on to the whole team.</translation>
    </message>
    <message>
        <source>Dane osoby można zapisać tylko do pliku .json lub .xlsx (podano {path}).</source>
        <translation>A person&apos;s data can only be saved to a .json or .xlsx file (given: {path}).</translation>
    </message>
    <message>
        <source>Osoba „{name}” nie ma zapisanej zgody, więc nie można jej wycofać; jeśli nie chce, by jej dane były przetwarzane, usuń je (RODO).</source>
        <translation>“{name}” has no recorded consent, so it cannot be withdrawn; if they do not want their data processed, erase it (GDPR).</translation>
    </message>
    <message>
        <source>Plik {path} nie jest kopią zapasową bazy programu CWD; niczego nie zastąpiono.</source>
        <extracomment>Tables every store of this app has had since its first revision. The &quot;before-restore&quot; backup of the store being replaced (None: not made).</extracomment>
        <translation>The file {path} is not a CWD Desktop database backup; nothing was replaced.</translation>
    </message>
    <message>
        <source>Brak miejsca na dysku w folderze danych {folder} na przywracaną kopię {path}; zwolnij miejsce, niczego nie zastąpiono.</source>
        <translation>Not enough disk space in the data folder {folder} to restore the backup {path}; free up some space. Nothing was replaced.</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku {path} ({reason}); niczego nie zastąpiono.</source>
        <translation>Cannot read the file {path} ({reason}); nothing was replaced.</translation>
    </message>
    <message>
        <source>Kopia zapasowa {path} jest uszkodzona ({verdict}); niczego nie zastąpiono, wybierz inną kopię.</source>
        <translation>The backup {path} is damaged ({verdict}); nothing was replaced. Choose another backup.</translation>
    </message>
    <message>
        <source>Plik kopii {path} nie istnieje; niczego nie zastąpiono.</source>
        <translation>The backup file {path} does not exist; nothing was replaced.</translation>
    </message>
    <message>
        <source>Nie udało się zastąpić bazy {path} kopią {source}: {reason}.</source>
        <translation>Could not replace the database {path} with the backup {source}: {reason}.</translation>
    </message>
    <message>
        <source>Przywrócenie kopii zastępuje bazę danych, a nie ma kogo zapytać o zgodę; potwierdź je opcją --yes.</source>
        <extracomment>How the CLI names the reason in a backup&apos;s file name.</extracomment>
        <translation>Restoring a backup replaces the database, and there is no one to ask for confirmation; confirm it with the --yes option.</translation>
    </message>
    <message>
        <source>Nic nie usunięto: usunięcia danych osoby nie można cofnąć; powtórz polecenie z --yes.</source>
        <translation>Nothing was erased: erasure of the person&apos;s data cannot be undone; repeat the command with --yes.</translation>
    </message>
    <message>
        <source>Plik „{file}” ma nieobsługiwany format (baza wiedzy przyjmuje pliki DOCX, PDF, XLSX, ODS, TXT i MD); nic nie zapisano.</source>
        <extracomment>File types the knowledge base takes, by suffix. Extracted text kept per file: enough for any guide, bounded for a 900-page scan export. The signature of an OLE compound file: Office files saved with a password are OLE files.</extracomment>
        <translation>The file “{file}” has an unsupported format (the knowledge base accepts DOCX, PDF, XLSX, ODS, TXT and MD files); nothing was saved.</translation>
    </message>
    <message>
        <source>Pliku „{file}” nie da się odczytać, bo jest uszkodzony albo nie jest plikiem {kind}; nic nie zapisano.</source>
        <translation>The file “{file}” cannot be read because it is damaged or is not a {kind} file; nothing was saved.</translation>
    </message>
    <message>
        <source>Plik „{file}” jest chroniony hasłem, więc nie da się odczytać jego treści: zapisz go bez hasła i dodaj ponownie; nic nie zapisano.</source>
        <translation>The file “{file}” is password-protected, so its content cannot be read: save it without a password and add it again; nothing was saved.</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku „{file}”: {reason}; nic nie zapisano.</source>
        <translation>Cannot read the file “{file}”: {reason}; nothing was saved.</translation>
    </message>
    <message>
        <source>Plik „{file}” jest pusty; nic nie zapisano.</source>
        <translation>The file “{file}” is empty; nothing was saved.</translation>
    </message>
    <message>
        <source>Plik „{file}” nie jest tekstem w UTF-8 ani Windows-1250 (bajt nr {offset}); nic nie zapisano.</source>
        <translation>The file “{file}” is not UTF-8 or Windows-1250 text (byte {offset}); nothing was saved.</translation>
    </message>
    <message>
        <source>Arkusz w pliku „{file}” sięga aż do komórki {cell}, za daleko, by go odczytać; usuń zbędne wiersze i kolumny albo skopiuj dane do nowego skoroszytu.</source>
        <extracomment>The most cells (rows × columns, from A1) a sheet may span: 320 MB in calamine. Bytes of XML scanned at a time. Columns of a two-letter reference (A … ZZ).</extracomment>
        <translation>The sheet in the file “{file}” extends as far as cell {cell}, too far to be read; delete the unneeded rows and columns or copy the data to a new workbook.</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}, kolumna „{column}”: {message}</source>
        <extracomment>Other names people give these columns (folded, letters and digits only).</extracomment>
        <translation>File “{file}”, row {row}, column “{column}”: {message}</translation>
    </message>
    <message>
        <source>W pliku „{file}” brakuje kolumny „Tytuł” (szukano jej w wierszu {row}, pierwszym wypełnionym); nic nie zaimportowano.</source>
        <translation>The file “{file}” has no “Title” (“Tytuł”) column (it was looked for in row {row}, the first filled row); nothing was imported.</translation>
    </message>
    <message>
        <source>Plik „{file}”, wiersz {row}: praktyka „{title}” powtarza wiersz {other}; nic nie zaimportowano.</source>
        <translation>File “{file}”, row {row}: the practice “{title}” repeats row {other}; nothing was imported.</translation>
    </message>
    <message>
        <source>Dokument {id} nie istnieje w bazie wiedzy.</source>
        <extracomment>How many FTS hits a filter considers (the knowledge base holds hundreds, not millions). What the document belongs to, as a list shows it: its practice, else its event.</extracomment>
        <translation>Document {id} does not exist in the knowledge base.</translation>
    </message>
    <message>
        <source>Dane w bazie {path} zmieniły się w trakcie przepisywania; baza pozostała bez zmian — spróbuj ponownie.</source>
        <extracomment>The key of the copy (None: decrypted, a plain file). The backup of the store made before the copy. False: the store already was in the wanted state (only backups were looked at). The recovery key, shown once after encrypting (None after decrypting).</extracomment>
        <translation>The data in the database {path} changed while it was being rewritten; the database was left unchanged — try again.</translation>
    </message>
    <message>
        <source>Nie udało się zastąpić bazy {path} przepisaną kopią ({reason}); baza pozostała bez zmian.</source>
        <translation>Could not replace the database {path} with the rewritten copy ({reason}); the database was left unchanged.</translation>
    </message>
    <message>
        <source>Baza {path} jest zaszyfrowana, a jej klucza nie ma w systemowym magazynie haseł; podaj klucz odzyskiwania (polecenie: cwd-desktop unlock).</source>
        <extracomment>Beside the database: the name of the key&apos;s keyring entry (not the key).</extracomment>
        <translation>The database {path} is encrypted, and its key is not in the system keyring; enter the recovery key (command: cwd-desktop unlock).</translation>
    </message>
    <message>
        <source>Klucz nie pasuje do zaszyfrowanej bazy {path} (albo plik jest uszkodzony); niczego nie zmieniono.</source>
        <translation>The key does not match the encrypted database {path} (or the file is damaged); nothing was changed.</translation>
    </message>
    <message>
        <source>Szyfrowanie bazy jest niedostępne w tej instalacji programu (brak modułu sqlcipher3).</source>
        <translation>Database encryption is not available in this installation of the program (the sqlcipher3 module is missing).</translation>
    </message>
    <message>
        <source>Baza {path} jest zaszyfrowana, a ta instalacja programu nie obsługuje szyfrowania (brak modułu sqlcipher3); zainstaluj pełną wersję programu.</source>
        <translation>The database {path} is encrypted, but this installation of the program does not support encryption (the sqlcipher3 module is missing); install the full version of the program.</translation>
    </message>
    <message>
        <source>Klucz odzyskiwania to 64 znaki 0–9 i A–F (myślniki i spacje można pominąć); podano {count} takich znaków — sprawdź, czy przepisano go w całości.</source>
        <translation>A recovery key is 64 characters 0–9 and A–F (hyphens and spaces can be left out); {count} such characters were given — check that the whole key was copied.</translation>
    </message>
    <message>
        <source>Systemowy magazyn haseł jest niedostępny ({reason}), a bez niego klucza szyfrowania nie da się bezpiecznie przechować; baza pozostała bez zmian.</source>
        <translation>The system keyring is unavailable ({reason}), and without it the encryption key cannot be stored safely; the database was left unchanged.</translation>
    </message>
    <message>
        <source>Nie udało się zapisać pliku {path}: {reason}; niczego nie zmieniono.</source>
        <translation>Could not save the file {path}: {reason}; nothing was changed.</translation>
    </message>
    <message>
        <source>Baza {path} nie jest zaszyfrowana; klucz nie jest potrzebny.</source>
        <translation>The database {path} is not encrypted; no key is needed.</translation>
    </message>
    <message>
        <source>Przepisana kopia bazy {path} jest uszkodzona ({verdict}); oryginał pozostał bez zmian.</source>
        <extracomment>How many SQLite VM steps pass between two looks at the Cancel button.</extracomment>
        <translation>The rewritten copy of the database {path} is damaged ({verdict}); the original was left unchanged.</translation>
    </message>
    <message>
        <source>Przepisana kopia bazy {path} ma inne tabele lub liczby wierszy niż oryginał; oryginał pozostał bez zmian.</source>
        <translation>The rewritten copy of the database {path} has different tables or row counts than the original; the original was left unchanged.</translation>
    </message>
    <message>
        <source>Nie ma kogo zapytać o klucz odzyskiwania; podaj go opcją --key.</source>
        <translation>There is no one to ask for the recovery key; give it with the --key option.</translation>
    </message>
    <message>
        <source>Baza {path} nie jest zaszyfrowana, więc nie ma klucza odzyskiwania.</source>
        <translation>The database {path} is not encrypted, so there is no recovery key.</translation>
    </message>
</context>
<context>
    <name>fieldwork</name>
    <message>
        <source>nowe spotkanie</source>
        <translation>new meeting</translation>
    </message>
    <message>
        <source>usunięcie spotkania {title}</source>
        <translation>deleting meeting {title}</translation>
    </message>
    <message>
        <source>powiat {name}</source>
        <extracomment>Background of an overdue action item (a soft red that keeps black text readable).</extracomment>
        <translation>{name} county</translation>
    </message>
</context>
<context>
    <name>implementation</name>
    <message>
        <source>Opóźnione projekty</source>
        <extracomment>Results still waiting for a decision: their requested amount is &quot;pending&quot;. Project statuses whose work is over (no &quot;today&quot; delay, no missing application). How many years ahead an indicator&apos;s deadline counts as &quot;near&quot; for the open issues. Headings of the issue kinds, in the order documents list them.</extracomment>
        <translation>Delayed projects</translation>
    </message>
    <message>
        <source>Opóźnione zadania</source>
        <translation>Delayed tasks</translation>
    </message>
    <message>
        <source>Wskaźniki zagrożone nieosiągnięciem</source>
        <translation>Indicators at risk of not being achieved</translation>
    </message>
    <message>
        <source>Wnioski odrzucone lub wycofane</source>
        <translation>Applications rejected or withdrawn</translation>
    </message>
    <message>
        <source>Wnioski oczekujące na rozstrzygnięcie</source>
        <translation>Applications awaiting a decision</translation>
    </message>
    <message>
        <source>Projekty bez wniosku o dofinansowanie</source>
        <translation>Projects without a funding application</translation>
    </message>
    <message>
        <source>Przekroczenie kosztorysu</source>
        <translation>Budget overrun</translation>
    </message>
    <message>
        <source>Niezamknięte ustalenia ze spotkań</source>
        <translation>Unfinished actions from meetings</translation>
    </message>
</context>
<context>
    <name>indicator_import</name>
    <message>
        <source>nie należy do partnerstwa</source>
        <translation>not in the partnership</translation>
    </message>
    <message>
        <source>zestawienie zbiorcze (kraj, region, powiat)</source>
        <translation>aggregate row (country, region, county)</translation>
    </message>
    <message>
        <source>część gminy miejsko-wiejskiej lub dzielnica</source>
        <translation>part of an urban-rural gmina, or a city district</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Informacja</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Uwaga</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Potwierdzenie</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Łączenie z serwerem…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Wysyłanie zmian…</source>
        <translation>Sending changes…</translation>
    </message>
    <message>
        <source>Pobieranie zmian…</source>
        <translation>Receiving changes…</translation>
    </message>
    <message>
        <source>Pobieranie plików…</source>
        <translation>Downloading files…</translation>
    </message>
    <message>
        <source>Zapisywanie…</source>
        <extracomment>(position in the bundle, mutation, the base version of its forwarded entry). Rows after this import, per table, to scrub forwarded personal data of tombstones. (table, row) -&gt; field -&gt; (device, ISO time) of the changes written by this import.</extracomment>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Wczytywanie zmian…</source>
        <translation>Loading changes…</translation>
    </message>
    <message>
        <source>Zbieranie zmian…</source>
        <translation>Collecting changes…</translation>
    </message>
    <message>
        <source>Pakowanie plików…</source>
        <translation>Packing files…</translation>
    </message>
    <message>
        <source>Zapisywanie pakietu…</source>
        <translation>Saving the bundle…</translation>
    </message>
    <message>
        <source>Sprawdzanie pakietu…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>Zapisywanie plików…</source>
        <translation>Saving files…</translation>
    </message>
    <message>
        <source>Odczytywanie tekstu PDF…</source>
        <translation>Reading PDF text…</translation>
    </message>
    <message>
        <source>Zapisywanie kopii zapasowej…</source>
        <translation>Saving a backup…</translation>
    </message>
    <message>
        <source>Szyfrowanie bazy…</source>
        <translation>Encrypting the database…</translation>
    </message>
    <message>
        <source>Odszyfrowywanie bazy…</source>
        <translation>Decrypting the database…</translation>
    </message>
    <message>
        <source>Sprawdzanie przepisanej bazy…</source>
        <translation>Checking the rewritten database…</translation>
    </message>
    <message>
        <source>Przepisywanie kopii zapasowych ({n} z {total})…</source>
        <translation>Rewriting backups ({n} of {total})…</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>interesariusz</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <source>spotkanie</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>uwaga</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>konsultacje</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>misja</source>
        <translation>field mission</translation>
    </message>
    <message>
        <source>grupa robocza</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>działanie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>załącznik</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>ankieta</source>
        <translation>survey</translation>
    </message>
    <message>
        <source>pytanie ankiety</source>
        <translation>survey question</translation>
    </message>
    <message>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <source>zadanie planu pracy</source>
        <translation>work plan task</translation>
    </message>
    <message>
        <source>wskaźnik</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>wniosek z diagnozy</source>
        <translation>diagnosis conclusion</translation>
    </message>
    <message>
        <source>strategia</source>
        <translation>strategy</translation>
    </message>
    <message>
        <source>cel strategiczny</source>
        <translation>strategic objective</translation>
    </message>
    <message>
        <source>kierunek działań</source>
        <translation>direction of action</translation>
    </message>
    <message>
        <source>oczekiwany rezultat</source>
        <translation>expected result</translation>
    </message>
    <message>
        <source>ramy finansowe</source>
        <translation>financial framework</translation>
    </message>
    <message>
        <source>mapa lub schemat</source>
        <translation>map or diagram</translation>
    </message>
    <message>
        <source>projekt</source>
        <translation>project</translation>
    </message>
    <message>
        <source>zadanie projektu</source>
        <translation>project task</translation>
    </message>
    <message>
        <source>wskaźnik projektu</source>
        <translation>project indicator</translation>
    </message>
    <message>
        <source>zarys wniosku</source>
        <translation>application outline</translation>
    </message>
    <message>
        <source>dobra praktyka</source>
        <translation>good practice</translation>
    </message>
    <message>
        <source>baza wiedzy</source>
        <translation>knowledge base</translation>
    </message>
    <message>
        <source>wydarzenie sieciujące</source>
        <translation>networking event</translation>
    </message>
    <message>
        <source>uczestnik wydarzenia</source>
        <translation>event participant</translation>
    </message>
    <message>
        <source>wydatek projektu</source>
        <translation>project expense</translation>
    </message>
    <message>
        <source>wartość wskaźnika</source>
        <translation>indicator value</translation>
    </message>
    <message>
        <source>wniosek o dofinansowanie</source>
        <translation>funding application</translation>
    </message>
    <message>
        <source>rekomendacja</source>
        <translation>recommendation</translation>
    </message>
</context>
<context>
    <name>stakeholder_import</name>
    <message>
        <source>Nazwa</source>
        <extracomment>Mappable fields, in the order the dialog offers them.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kod TERYT</source>
        <translation>TERYT code</translation>
    </message>
    <message>
        <source>JST (gmina)</source>
        <translation>LGU (gmina)</translation>
    </message>
    <message>
        <source>Miejscowość / sołectwo</source>
        <translation>Locality / sołectwo</translation>
    </message>
    <message>
        <source>Wpływ (1–5)</source>
        <translation>Influence (1–5)</translation>
    </message>
    <message>
        <source>Zainteresowanie (1–5)</source>
        <translation>Interest (1–5)</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Osoba kontaktowa</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Funkcja osoby kontaktowej</source>
        <translation>Contact person&apos;s role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cel zgody</source>
        <translation>Consent purpose</translation>
    </message>
    <message>
        <source>Data zgody</source>
        <translation>Consent date</translation>
    </message>
</context>
<context>
    <name>strategy</name>
    <message>
        <source>Informacje podstawowe</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Wnioski z diagnozy</source>
        <translation>Diagnosis conclusions</translation>
    </message>
    <message>
        <source>Wizja i misja</source>
        <translation>Vision and mission</translation>
    </message>
    <message>
        <source>1. Cele strategiczne</source>
        <translation>1. Strategic objectives</translation>
    </message>
    <message>
        <source>2. Kierunki działań</source>
        <translation>2. Directions of action</translation>
    </message>
    <message>
        <source>3. Oczekiwane rezultaty i wskaźniki</source>
        <translation>3. Expected results and indicators</translation>
    </message>
    <message>
        <source>4. Model struktury funkcjonalno-przestrzennej</source>
        <translation>4. Functional and spatial structure model</translation>
    </message>
    <message>
        <source>5. Polityka przestrzenna</source>
        <translation>5. Spatial policy</translation>
    </message>
    <message>
        <source>6. OSI z strategii województwa</source>
        <translation>6. OSI from the voivodeship strategy</translation>
    </message>
    <message>
        <source>7. OSI kluczowe dla partnerstwa</source>
        <translation>7. OSI key to the partnership</translation>
    </message>
    <message>
        <source>8. System realizacji</source>
        <translation>8. Implementation system</translation>
    </message>
    <message>
        <source>9. Ramy finansowe i źródła</source>
        <translation>9. Financial framework and sources</translation>
    </message>
    <message>
        <source>a) Obszar geograficzny</source>
        <translation>a) Geographical area</translation>
    </message>
    <message>
        <source>b) Potrzeby i potencjał obszaru</source>
        <translation>b) Needs and potential of the area</translation>
    </message>
    <message>
        <source>c) Podejście zintegrowane</source>
        <translation>c) Integrated approach</translation>
    </message>
    <message>
        <source>d) Zaangażowanie partnerów</source>
        <translation>d) Involvement of partners</translation>
    </message>
    <message>
        <source>społecznym</source>
        <extracomment>The Strategy text column each text section edits (several for some sections). &quot;w wymiarze społecznym&quot; … (the locative the sentences need).</extracomment>
        <translation>social</translation>
    </message>
    <message>
        <source>gospodarczym</source>
        <translation>economic</translation>
    </message>
    <message>
        <source>przestrzennym</source>
        <translation>spatial</translation>
    </message>
    <message>
        <source>gospodarczych</source>
        <extracomment>Words whose presence shows the art. 29 lit. b interlinkages (folded stems) and their names.</extracomment>
        <translation>economic</translation>
    </message>
    <message>
        <source>społecznych</source>
        <translation>social</translation>
    </message>
    <message>
        <source>środowiskowych</source>
        <translation>environmental</translation>
    </message>
    <message>
        <source>Brak wniosków z diagnozy: zapisz je w obszarze diagnozy albo w tej sekcji.</source>
        <extracomment>Finding parameters that are themselves translatable words (tuples are lists of such words).</extracomment>
        <translation>No diagnosis conclusions: record them in the diagnosis area or in this section.</translation>
    </message>
    <message>
        <source>Brak celów strategicznych.</source>
        <translation>No strategic objectives.</translation>
    </message>
    <message>
        <source>Brak celu strategicznego w wymiarze {dimension}.</source>
        <translation>No strategic objective in the {dimension} dimension.</translation>
    </message>
    <message>
        <source>Cel {number}. „{title}” nie ma kierunków działań.</source>
        <translation>Objective {number}. “{title}” has no directions of action.</translation>
    </message>
    <message>
        <source>Cel {number}. „{title}” nie ma oczekiwanego rezultatu ze wskaźnikiem i wartością docelową.</source>
        <translation>Objective {number}. “{title}” has no expected result with an indicator and a target value.</translation>
    </message>
    <message>
        <source>Żaden oczekiwany rezultat nie ma opisanego wymiaru przestrzennego.</source>
        <translation>No expected result has its spatial dimension described.</translation>
    </message>
    <message>
        <source>Opisz model struktury funkcjonalno-przestrzennej.</source>
        <translation>Describe the functional and spatial structure model.</translation>
    </message>
    <message>
        <source>Dodaj mapę lub schemat modelu struktury funkcjonalno-przestrzennej (forma graficzna).</source>
        <translation>Add a map or diagram of the functional and spatial structure model (graphic form).</translation>
    </message>
    <message>
        <source>Opisz ustalenia i rekomendacje w zakresie kształtowania i prowadzenia polityki przestrzennej.</source>
        <translation>Describe the findings and recommendations for shaping and pursuing spatial policy.</translation>
    </message>
    <message>
        <source>Opisz obszary strategicznej interwencji określone w strategii rozwoju województwa wraz z zakresem planowanych działań.</source>
        <translation>Describe the strategic intervention areas (OSI) set out in the voivodeship development strategy, with the scope of planned action.</translation>
    </message>
    <message>
        <source>Dodaj mapę obszarów strategicznej interwencji województwa (forma graficzna).</source>
        <translation>Add a map of the voivodeship&apos;s strategic intervention areas (graphic form).</translation>
    </message>
    <message>
        <source>Opisz obszary strategicznej interwencji kluczowe dla partnerstwa albo napisz, że ich nie wyznaczono.</source>
        <translation>Describe the strategic intervention areas key to the partnership, or state that none were designated.</translation>
    </message>
    <message>
        <source>Dodaj mapę obszarów strategicznej interwencji kluczowych dla partnerstwa (forma graficzna).</source>
        <translation>Add a map of the strategic intervention areas key to the partnership (graphic form).</translation>
    </message>
    <message>
        <source>Opisz system realizacji strategii wraz z wytycznymi do sporządzania dokumentów wykonawczych.</source>
        <translation>Describe the strategy&apos;s implementation system, with guidelines for preparing implementing documents.</translation>
    </message>
    <message>
        <source>Opis systemu realizacji nie zawiera wytycznych do sporządzania dokumentów wykonawczych.</source>
        <translation>The description of the implementation system has no guidelines for preparing implementing documents.</translation>
    </message>
    <message>
        <source>Opisz ramy finansowe strategii.</source>
        <translation>Describe the strategy&apos;s financial framework.</translation>
    </message>
    <message>
        <source>Podaj źródła finansowania wraz z kwotami.</source>
        <translation>Give the funding sources with their amounts.</translation>
    </message>
    <message>
        <source>Opisz obszar geograficzny objęty strategią.</source>
        <translation>Describe the geographical area covered by the strategy.</translation>
    </message>
    <message>
        <source>Przedstaw analizę potrzeb rozwojowych i potencjału obszaru wraz z powiązaniami gospodarczymi, społecznymi i środowiskowymi.</source>
        <translation>Present an analysis of the area&apos;s development needs and potential, including the economic, social and environmental interlinkages.</translation>
    </message>
    <message>
        <source>Analiza potrzeb i potencjału nie opisuje powiązań: {missing}.</source>
        <translation>The analysis of needs and potential does not describe these interlinkages: {missing}.</translation>
    </message>
    <message>
        <source>Opisz zintegrowane podejście do potrzeb rozwojowych i potencjału obszaru.</source>
        <translation>Describe the integrated approach to the area&apos;s development needs and potential.</translation>
    </message>
    <message>
        <source>Opisz zaangażowanie partnerów w przygotowanie i realizację strategii.</source>
        <translation>Describe the involvement of partners in preparing and implementing the strategy.</translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <source>Formularze Google</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>Microsoft Forms</source>
        <translation>Microsoft Forms</translation>
    </message>
    <message>
        <source>LimeSurvey</source>
        <translation>LimeSurvey</translation>
    </message>
    <message>
        <source>KoboToolbox / ODK</source>
        <translation>KoboToolbox / ODK</translation>
    </message>
    <message>
        <source>arkusz kalkulacyjny</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <source>brak odpowiedzi</source>
        <extracomment>A number question with more distinct values than this is shown in ranges. Age groups for a question asking the age as a number (residents, business, leaders) … … and for the youth survey, where nearly everyone is 13–25.</extracomment>
        <translation>no answer</translation>
    </message>
    <message>
        <source>gmina nieprzypisana</source>
        <translation>unassigned municipality</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>dodanie partnerstwa {short}</source>
        <translation>adding partnership {short}</translation>
    </message>
    <message>
        <source>edycja partnerstwa {short}</source>
        <translation>editing partnership {short}</translation>
    </message>
    <message>
        <source>usunięcie partnerstwa {short}</source>
        <translation>deleting partnership {short}</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>obszary zagrożone trwałą marginalizacją</source>
        <translation>areas at risk of permanent marginalisation</translation>
    </message>
    <message>
        <source>miasta średnie tracące funkcje społeczno-gospodarcze</source>
        <translation>medium-sized cities losing socio-economic functions</translation>
    </message>
    <message>
        <source>obszary funkcjonalne małych miast powiatowych</source>
        <translation>functional areas of small county towns</translation>
    </message>
    <message>
        <source>pilotaż CWD</source>
        <translation>CWD pilot</translation>
    </message>
    <message>
        <source>CWD Plus</source>
        <translation>CWD Plus</translation>
    </message>
    <message>
        <source>strategia rozwoju ponadlokalnego</source>
        <translation>supra-local development strategy</translation>
    </message>
    <message>
        <source>strategia ZIT</source>
        <translation>ITI strategy (ZIT)</translation>
    </message>
    <message>
        <source>strategia IIT</source>
        <translation>other territorial instrument strategy (IIT)</translation>
    </message>
    <message>
        <source>umowa</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>list intencyjny</source>
        <translation>letter of intent</translation>
    </message>
    <message>
        <source>porozumienie</source>
        <translation>inter-municipal accord</translation>
    </message>
    <message>
        <source>stowarzyszenie</source>
        <translation>association</translation>
    </message>
    <message>
        <source>związek</source>
        <translation>union of municipalities</translation>
    </message>
    <message>
        <source>Komponent I: plan pracy</source>
        <translation>Component I: work plan</translation>
    </message>
    <message>
        <source>Komponent I: diagnoza</source>
        <translation>Component I: diagnosis</translation>
    </message>
    <message>
        <source>Komponent I: strategia</source>
        <translation>Component I: strategy</translation>
    </message>
    <message>
        <source>Komponent I: wdrożenie</source>
        <translation>Component I: implementation</translation>
    </message>
    <message>
        <source>Komponent II: doradztwo projektowe</source>
        <translation>Component II: project advisory</translation>
    </message>
    <message>
        <source>obszar i zainicjowana współpraca</source>
        <extracomment>The 8 formal 0/1 criteria the marshal&apos;s office checks (DOMAIN.md, Selection).</extracomment>
        <translation>area and initiated cooperation</translation>
    </message>
    <message>
        <source>powołana rada partnerstwa</source>
        <translation>partnership council appointed</translation>
    </message>
    <message>
        <source>zobowiązanie do współpracy</source>
        <translation>commitment to cooperate</translation>
    </message>
    <message>
        <source>wyznaczony koordynator projektu</source>
        <translation>project coordinator appointed</translation>
    </message>
    <message>
        <source>zobowiązanie do stosowania narzędzi pracy zdalnej</source>
        <translation>commitment to use remote-work tools</translation>
    </message>
    <message>
        <source>deklaracja publikacji produktów</source>
        <translation>declaration to publish the products</translation>
    </message>
    <message>
        <source>wola koordynacji usług publicznych</source>
        <translation>will to coordinate public services</translation>
    </message>
    <message>
        <source>akceptacja zakresu doradztwa</source>
        <translation>acceptance of the advisory scope</translation>
    </message>
    <message>
        <source>spójność ze strategią rozwoju województwa (SRW)</source>
        <extracomment>The 3 merit criteria, scored 0..MERIT_MAX points each.</extracomment>
        <translation>coherence with the regional development strategy (SRW)</translation>
    </message>
    <message>
        <source>pomysł na współpracę i powiązania funkcjonalne</source>
        <translation>idea of cooperation and functional links</translation>
    </message>
    <message>
        <source>doświadczenie we współpracy</source>
        <translation>experience of cooperation</translation>
    </message>
    <message>
        <source>gmina miejska</source>
        <extracomment>Kinds of TERYT units by RODZ, as the register names them.</extracomment>
        <translation>urban gmina</translation>
    </message>
    <message>
        <source>gmina wiejska</source>
        <translation>rural gmina</translation>
    </message>
    <message>
        <source>gmina miejsko-wiejska</source>
        <translation>urban-rural gmina</translation>
    </message>
    <message>
        <source>powiat</source>
        <translation>county</translation>
    </message>
    <message>
        <source>miasto na prawach powiatu</source>
        <translation>city with county rights</translation>
    </message>
    <message>
        <source>sołectwo</source>
        <translation>sołectwo (village council)</translation>
    </message>
    <message>
        <source>OSP (ochotnicza straż pożarna)</source>
        <translation>OSP (volunteer fire brigade)</translation>
    </message>
    <message>
        <source>KGW (koło gospodyń wiejskich)</source>
        <translation>KGW (rural women&apos;s association)</translation>
    </message>
    <message>
        <source>LGD (lokalna grupa działania)</source>
        <translation>LAG (local action group)</translation>
    </message>
    <message>
        <source>stowarzyszenie / fundacja (NGO)</source>
        <translation>association / foundation (NGO)</translation>
    </message>
    <message>
        <source>przedsiębiorca</source>
        <translation>business</translation>
    </message>
    <message>
        <source>organizacja przedsiębiorców</source>
        <translation>business organisation</translation>
    </message>
    <message>
        <source>rolnik / organizacja rolnicza</source>
        <translation>farmer / farmers&apos; organisation</translation>
    </message>
    <message>
        <source>instytucja publiczna</source>
        <translation>public institution</translation>
    </message>
    <message>
        <source>szkoła / placówka oświatowa</source>
        <translation>school / educational institution</translation>
    </message>
    <message>
        <source>parafia</source>
        <translation>parish</translation>
    </message>
    <message>
        <source>młodzież</source>
        <translation>young people</translation>
    </message>
    <message>
        <source>mieszkańcy / grupa nieformalna</source>
        <translation>residents / informal group</translation>
    </message>
    <message>
        <source>JST sąsiednia</source>
        <translation>neighbouring LGU</translation>
    </message>
    <message>
        <source>inne</source>
        <translation>other</translation>
    </message>
    <message>
        <source>spotkanie otwarte</source>
        <translation>open meeting</translation>
    </message>
    <message>
        <source>warsztat</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>wywiad</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>ankieta</source>
        <translation>survey</translation>
    </message>
    <message>
        <source>dyżur konsultacyjny</source>
        <translation>consultation drop-in hours</translation>
    </message>
    <message>
        <source>uwagi pisemne</source>
        <translation>written comments</translation>
    </message>
    <message>
        <source>formularz online</source>
        <translation>online form</translation>
    </message>
    <message>
        <source>spotkanie grupy roboczej</source>
        <translation>working group meeting</translation>
    </message>
    <message>
        <source>uwzględniona</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>uwzględniona częściowo</source>
        <translation>partly accepted</translation>
    </message>
    <message>
        <source>nieuwzględniona</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>wyjaśniona</source>
        <translation>explained</translation>
    </message>
    <message>
        <source>otwarte</source>
        <translation>open</translation>
    </message>
    <message>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>zakończone</source>
        <translation>done</translation>
    </message>
    <message>
        <source>mieszkańcy</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>przedsiębiorcy</source>
        <translation>businesses</translation>
    </message>
    <message>
        <source>liderzy lokalni</source>
        <translation>local leaders</translation>
    </message>
    <message>
        <source>społeczny</source>
        <translation>social</translation>
    </message>
    <message>
        <source>gospodarczy</source>
        <translation>economic</translation>
    </message>
    <message>
        <source>przestrzenny</source>
        <translation>spatial</translation>
    </message>
    <message>
        <source>mocne strony</source>
        <translation>strengths</translation>
    </message>
    <message>
        <source>słabe strony</source>
        <translation>weaknesses</translation>
    </message>
    <message>
        <source>szanse</source>
        <translation>opportunities</translation>
    </message>
    <message>
        <source>zagrożenia</source>
        <translation>threats</translation>
    </message>
    <message>
        <source>PO1 bardziej konkurencyjna i inteligentna Europa</source>
        <translation>PO1 a more competitive and smarter Europe</translation>
    </message>
    <message>
        <source>PO2 bardziej przyjazna dla środowiska, niskoemisyjna Europa</source>
        <translation>PO2 a greener, low-carbon Europe</translation>
    </message>
    <message>
        <source>PO3 Europa lepiej połączona</source>
        <translation>PO3 a more connected Europe</translation>
    </message>
    <message>
        <source>PO4 Europa o silniejszym wymiarze społecznym</source>
        <translation>PO4 a more social and inclusive Europe</translation>
    </message>
    <message>
        <source>PO5 Europa bliższa obywatelom</source>
        <translation>PO5 a Europe closer to citizens</translation>
    </message>
    <message>
        <source>usługi komunalne</source>
        <translation>municipal services</translation>
    </message>
    <message>
        <source>ochrona zdrowia</source>
        <translation>health care</translation>
    </message>
    <message>
        <source>edukacja</source>
        <translation>education</translation>
    </message>
    <message>
        <source>kultura</source>
        <translation>culture</translation>
    </message>
    <message>
        <source>rozwój społeczno-gospodarczy</source>
        <translation>socio-economic development</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>bezpieczeństwo</source>
        <translation>public safety</translation>
    </message>
    <message>
        <source>środowisko i OZE</source>
        <translation>environment and renewable energy</translation>
    </message>
    <message>
        <source>turystyka</source>
        <translation>tourism</translation>
    </message>
    <message>
        <source>dziedzictwo przyrodnicze i kulturowe</source>
        <translation>natural and cultural heritage</translation>
    </message>
    <message>
        <source>regionalny program FE</source>
        <translation>regional European Funds programme</translation>
    </message>
    <message>
        <source>FEnIKS</source>
        <translation>FEnIKS</translation>
    </message>
    <message>
        <source>KPO</source>
        <translation>KPO</translation>
    </message>
    <message>
        <source>środki krajowe</source>
        <translation>national funds</translation>
    </message>
    <message>
        <source>środki własne</source>
        <translation>own funds</translation>
    </message>
    <message>
        <source>pomysł</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>koncepcja</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>dokumentacja</source>
        <translation>design documentation</translation>
    </message>
    <message>
        <source>pozwolenia</source>
        <translation>permits</translation>
    </message>
    <message>
        <source>gotowy do realizacji</source>
        <translation>ready for implementation</translation>
    </message>
    <message>
        <source>zgłoszony</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>przyjęty do pakietu</source>
        <translation>accepted into the package</translation>
    </message>
    <message>
        <source>w przygotowaniu</source>
        <extracomment>Results that end the application with money granted.</extracomment>
        <translation>in preparation</translation>
    </message>
    <message>
        <source>złożony wniosek</source>
        <translation>application submitted</translation>
    </message>
    <message>
        <source>w realizacji</source>
        <translation>under implementation</translation>
    </message>
    <message>
        <source>zrealizowany</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>wycofany</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>produkt</source>
        <translation>output</translation>
    </message>
    <message>
        <source>rezultat</source>
        <translation>result</translation>
    </message>
    <message>
        <source>plan pracy</source>
        <translation>work plan</translation>
    </message>
    <message>
        <source>raport diagnostyczny</source>
        <translation>diagnosis report</translation>
    </message>
    <message>
        <source>strategia</source>
        <translation>strategy</translation>
    </message>
    <message>
        <source>pakiet projektów</source>
        <translation>project package</translation>
    </message>
    <message>
        <source>sprawozdanie z konsultacji</source>
        <translation>consultation report</translation>
    </message>
    <message>
        <source>protokół ze spotkania</source>
        <translation>meeting minutes</translation>
    </message>
    <message>
        <source>zarys wniosku o dofinansowanie</source>
        <translation>funding application outline</translation>
    </message>
    <message>
        <source>raport z realizacji zadań</source>
        <translation>task implementation report</translation>
    </message>
    <message>
        <source>rekomendacje</source>
        <translation>recommendations</translation>
    </message>
    <message>
        <source>złożony</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>w ocenie</source>
        <translation>under evaluation</translation>
    </message>
    <message>
        <source>wybrany do dofinansowania</source>
        <translation>selected for funding</translation>
    </message>
    <message>
        <source>na liście rezerwowej</source>
        <translation>on the reserve list</translation>
    </message>
    <message>
        <source>odrzucony</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>wycofany przez wnioskodawcę</source>
        <translation>withdrawn by the applicant</translation>
    </message>
    <message>
        <source>konferencja</source>
        <translation>conference</translation>
    </message>
    <message>
        <source>seminarium sieciujące</source>
        <translation>networking seminar</translation>
    </message>
    <message>
        <source>wizyta studyjna</source>
        <translation>study visit</translation>
    </message>
    <message>
        <source>forum wymiany doświadczeń</source>
        <translation>experience-sharing forum</translation>
    </message>
    <message>
        <source>regionalne spotkanie sieciujące</source>
        <translation>regional networking meeting</translation>
    </message>
    <message>
        <source>transport publiczny</source>
        <translation>public transport</translation>
    </message>
    <message>
        <source>ochrona środowiska i odnawialne źródła energii</source>
        <translation>environmental protection and renewable energy</translation>
    </message>
    <message>
        <source>modele współpracy instytucjonalnej (ZIT, IIT)</source>
        <translation>institutional cooperation models (ZIT, IIT)</translation>
    </message>
    <message>
        <source>poradnik</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>raport</source>
        <translation>report</translation>
    </message>
    <message>
        <source>materiały ze spotkania</source>
        <translation>meeting materials</translation>
    </message>
    <message>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <source>wysoki</source>
        <translation>high</translation>
    </message>
    <message>
        <source>średni</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>niski</source>
        <translation>low</translation>
    </message>
</context>
</TS>
