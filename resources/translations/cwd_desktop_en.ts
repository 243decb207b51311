<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl">
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
    <name>areas</name>
    <message>
        <source>Przegląd</source>
        <translation>Overview</translation>
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
</context>
</TS>
