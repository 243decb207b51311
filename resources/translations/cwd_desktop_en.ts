<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl">
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
    <name>AutoSaver</name>
    <message>
        <source>zmiana: {field}</source>
        <extracomment>Milliseconds of quiet typing after which a field is saved.</extracomment>
        <translation>editing {field}</translation>
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
        <source>&lt;h3&gt;CWD Desktop {version}&lt;/h3&gt;&lt;p&gt;Program dla doradców i koordynatorów Centrum Wsparcia Doradczego pracujących z partnerstwami JST.&lt;/p&gt;&lt;p&gt;Plik danych: {path}&lt;br&gt;Rejestr TERYT: {units} JST&lt;/p&gt;&lt;p&gt;Python {python} · Qt/PySide6 {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CWD Desktop {version}&lt;/h3&gt;&lt;p&gt;For the advisors and coordinators of the Advisory Support Centre (CWD) working with partnerships of local governments.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;br&gt;TERYT register: {units} LGUs&lt;/p&gt;&lt;p&gt;Python {python} · Qt/PySide6 {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>O programie</source>
        <translation>About</translation>
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
        <source>Usunąć osobę kontaktową „{name}”? Jej dane osobowe zostaną trwale usunięte i tego nie można cofnąć.</source>
        <translation>Delete the contact person “{name}”? Their personal data will be permanently deleted; this cannot be undone.</translation>
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
        <source>&amp;Usuń dane osoby</source>
        <translation>&amp;Remove person&apos;s data</translation>
    </message>
    <message>
        <source>Trwale usuwa dane osobowe tej osoby</source>
        <translation>Permanently deletes this person&apos;s personal data</translation>
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
    <name>areas</name>
    <message>
        <source>Przegląd</source>
        <extracomment>(key, title, module, class, record kinds it opens), in navigation order.</extracomment>
        <translation>Overview</translation>
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
        <source>Nie można zapisywać w folderze danych {path}: {reason}.</source>
        <translation>Cannot write to the data folder {path}: {reason}.</translation>
    </message>
    <message>
        <source>Brak miejsca na dysku dla bazy {path}; zmiana nie została zapisana.</source>
        <translation>The disk holding {path} is full; the change was not saved.</translation>
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
        <source>Plik {path} jest uszkodzony lub nie jest bazą danych SQLite.</source>
        <translation>The file {path} is damaged or is not an SQLite database.</translation>
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
        <source>Baza danych {path} jest uszkodzona ({verdict}); przywróć ją z kopii zapasowej {backup}.</source>
        <translation>The database {path} is damaged ({verdict}); restore it from the backup {backup}.</translation>
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
        <source>Pliku „{file}” nie da się odczytać jako tekstu w UTF-8 ani Windows-1250 (bajt nr {offset}); zapisz go ponownie jako CSV UTF-8.</source>
        <translation>The file “{file}” cannot be read as UTF-8 or Windows-1250 text (byte {offset}); save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Plik „{file}” nie jest poprawnym plikiem CSV: {reason}.</source>
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
        <source>Data wydarzenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).</source>
        <extracomment>Where attachments are put under their own names to be opened. The event&apos;s dates, each with the message for a value that is not a date.</extracomment>
        <translation>The event date “{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
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
        <source>Kod TERYT {code} nie występuje w rejestrze JST.</source>
        <translation>TERYT code {code} is not in the register of local governments.</translation>
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
        <translation>Cannot prepare the file {path} for opening: {reason}.</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku {path}: {reason}.</source>
        <translation>Cannot read the file {path}: {reason}.</translation>
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
</context>
</TS>
