<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Schul-IT Koordination: school IT of a county and its school authorities.</source>
        <translation>Schul-IT Koordination: die Schul-IT eines Kreises und seiner Schulträger.</translation>
    </message>
    <message>
        <source>Optional command; without one the program window opens:</source>
        <translation>Optionaler Befehl; ohne Befehl öffnet sich das Programmfenster:</translation>
    </message>
    <message>
        <source>Unknown command "%1". See schulit --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe schulit --help.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Writing the audit log</source>
        <translation>Beim Schreiben des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>The database: a SQLite file (created when missing) or postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbank: eine SQLite-Datei (wird angelegt, wenn sie fehlt) oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Language of the interface: de (default) or en.</source>
        <translation>Sprache der Oberfläche: de (Standard) oder en.</translation>
    </message>
    <message>
        <source>Start on a fresh demo database.</source>
        <translation>Mit einer frischen Demo-Datenbank starten.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>"%1" is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>"%1" is not a Schul-IT database. The file was not changed.</source>
        <translation>„%1“ ist keine Schul-IT-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>"%1" is read-only. Please choose a file you may change, or ask your IT staff for write access. The file was not changed.</source>
        <translation>„%1“ ist schreibgeschützt. Bitte wählen Sie eine Datei, die Sie ändern dürfen, oder bitten Sie Ihre IT um Schreibrechte. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database "%1" does not exist.</source>
        <translation>Die Datenbank „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The folder "%1" cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database "%1" cannot be opened.</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Beim Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>"%1" is locked by another program. Please close it there, or try again in a moment. The file was not changed.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt. Bitte schließen Sie sie dort oder versuchen Sie es gleich noch einmal. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database server at %1 cannot be reached or refused the login.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar oder hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>"%1" is a database of another program, not a Schul-IT database. It was not changed.</source>
        <translation>„%1“ ist die Datenbank eines anderen Programms, keine Schul-IT-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>"%1" was written by a newer version of Schul-IT Koordination (schema version %2; this program knows up to %3). Please install the newer version. The database was not changed.</source>
        <translation>„%1“ stammt von einer neueren Version von Schul-IT Koordination (Schemaversion %2; dieses Programm kennt bis %3). Bitte installieren Sie die neuere Version. Die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes a demo county into a new database file.</source>
        <translation>Schreibt einen Demo-Kreis in eine neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Die neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>Number of devices (default 20000).</source>
        <translation>Anzahl der Geräte (Standard 20000).</translation>
    </message>
    <message>
        <source>Seed of the random county (default 1).</source>
        <translation>Startwert des zufälligen Kreises (Standard 1).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>Please name the new database with --out FILE.</source>
        <translation>Bitte nennen Sie die neue Datenbank mit --out DATEI.</translation>
    </message>
    <message>
        <source>--devices needs a number from 0 to 2000000, not "%1".</source>
        <translation>--devices braucht eine Zahl von 0 bis 2000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not "%1".</source>
        <translation>--seed braucht eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>"%1" exists already. Choose another file or add --force to replace it.</source>
        <translation>„%1“ gibt es schon. Wählen Sie eine andere Datei oder ersetzen Sie sie mit --force.</translation>
    </message>
    <message>
        <source>Demo county written to %1 (%2 devices, seed %3) in %4 s.</source>
        <translation>Demo-Kreis in %1 geschrieben (%2 Geräte, Startwert %3) in %4 s.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>School authorities</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation>Supportvertrag</translation>
    </message>
    <message>
        <source>Support contracts</source>
        <translation>Supportverträge</translation>
    </message>
    <message>
        <source>Funding program</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Funding programs</source>
        <translation>Förderprogramme</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Förderbudget</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Förderbudgets</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>County</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Own staff</source>
        <translation>Eigenes Personal</translation>
    </message>
    <message>
        <source>External vendor</source>
        <translation>Externer Dienstleister</translation>
    </message>
    <message>
        <source>County service</source>
        <translation>Dienstleistung des Kreises</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Participating</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grundschule</translation>
    </message>
    <message>
        <source>Hauptschule</source>
        <translation>Hauptschule</translation>
    </message>
    <message>
        <source>Volksschule</source>
        <translation>Volksschule</translation>
    </message>
    <message>
        <source>Special needs school</source>
        <translation>Förderschule</translation>
    </message>
    <message>
        <source>Realschule</source>
        <translation>Realschule</translation>
    </message>
    <message>
        <source>PRIMUS school</source>
        <translation>PRIMUS-Schule</translation>
    </message>
    <message>
        <source>Sekundarschule</source>
        <translation>Sekundarschule</translation>
    </message>
    <message>
        <source>Comprehensive school</source>
        <translation>Gesamtschule</translation>
    </message>
    <message>
        <source>Gemeinschaftsschule</source>
        <translation>Gemeinschaftsschule</translation>
    </message>
    <message>
        <source>Waldorf school</source>
        <translation>Freie Waldorfschule</translation>
    </message>
    <message>
        <source>Hibernia school</source>
        <translation>Hiberniaschule</translation>
    </message>
    <message>
        <source>Waldorf special needs school</source>
        <translation>Freie Waldorfschule (Förderschule)</translation>
    </message>
    <message>
        <source>Gymnasium</source>
        <translation>Gymnasium</translation>
    </message>
    <message>
        <source>Adult education college</source>
        <translation>Weiterbildungskolleg</translation>
    </message>
    <message>
        <source>Vocational college</source>
        <translation>Berufskolleg</translation>
    </message>
    <message>
        <source>Special needs school (key 81)</source>
        <translation>Förderschule (Schlüssel 81)</translation>
    </message>
    <message>
        <source>Special needs school (key 83)</source>
        <translation>Förderschule (Schlüssel 83)</translation>
    </message>
    <message>
        <source>Special needs school (key 85)</source>
        <translation>Förderschule (Schlüssel 85)</translation>
    </message>
    <message>
        <source>Special needs school (key 87)</source>
        <translation>Förderschule (Schlüssel 87)</translation>
    </message>
    <message>
        <source>Hospital school</source>
        <translation>Schule für Kranke</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Interactive display</source>
        <translation>Interaktives Display</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Access Point</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Lehrkräfte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Im Einsatz</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Im Lager</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgesondert</translation>
    </message>
    <message>
        <source>Federal</source>
        <translation>Bund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Proof of use submitted</source>
        <translation>Verwendungsnachweis eingereicht</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>IT staff (FTE)</source>
        <translation>IT-Personal (VZÄ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Authority number (NRW)</source>
        <translation>Trägernummer (NRW)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Cooperation phase</source>
        <translation>Kooperationsphase</translation>
    </message>
    <message>
        <source>School number</source>
        <translation>Schulnummer</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Schulform</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Schülerzahl</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Lehrkräfte</translation>
    </message>
    <message>
        <source>Broadband (Mbit/s)</source>
        <translation>Breitband (Mbit/s)</translation>
    </message>
    <message>
        <source>WLAN coverage (%)</source>
        <translation>WLAN-Abdeckung (%)</translation>
    </message>
    <message>
        <source>Media officer</source>
        <translation>Medienbeauftragte(r)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Nutzergruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Anschaffungsdatum</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <source>Funding program</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation>Supportvertrag</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Stillschweigende Verlängerung</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Vertragsnummer</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Initial term (months)</source>
        <translation>Erstlaufzeit (Monate)</translation>
    </message>
    <message>
        <source>Renewal period (months)</source>
        <translation>Verlängerung (Monate)</translation>
    </message>
    <message>
        <source>Notice period (months)</source>
        <translation>Kündigungsfrist (Monate)</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Gesamtbudget</translation>
    </message>
    <message>
        <source>Own share (%)</source>
        <translation>Eigenanteil (%)</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Antragsfrist</translation>
    </message>
    <message>
        <source>Spending deadline</source>
        <translation>Frist für die Mittelverwendung</translation>
    </message>
    <message>
        <source>Proof of use due</source>
        <translation>Verwendungsnachweis bis</translation>
    </message>
    <message>
        <source>End of purpose binding</source>
        <translation>Ende der Zweckbindung</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Grant notice date</source>
        <translation>Datum des Bewilligungsbescheids</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Verausgabt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Schul-IT Koordination</source>
        <translation>Schul-IT Koordination</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Reading the schema version</source>
        <translation>Beim Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>Updating the database to schema version %1</source>
        <translation>Beim Aktualisieren der Datenbank auf Schemaversion %1</translation>
    </message>
    <message>
        <source>%1: the migration %2 is missing.</source>
        <translation>%1: Die Migration %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Starting the change</source>
        <translation>Beim Beginnen der Änderung</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Beim Speichern der Änderung</translation>
    </message>
    <message>
        <source>Saving the new record</source>
        <translation>Beim Speichern des neuen Datensatzes</translation>
    </message>
    <message>
        <source>The record was deleted in the meantime.</source>
        <translation>Der Datensatz wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, nachdem Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Deleting the record</source>
        <translation>Beim Löschen des Datensatzes</translation>
    </message>
    <message>
        <source>%1 "%2" cannot be deleted because these records still refer to it: %3.</source>
        <translation>%1 „%2“ kann nicht gelöscht werden, weil diese Datensätze noch darauf verweisen: %3.</translation>
    </message>
    <message>
        <source>Saving the schools of the contract</source>
        <translation>Beim Speichern der Schulen des Vertrags</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1 must have exactly 6 digits, not "%2".</source>
        <translation>%1 muss genau 6 Ziffern haben, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a number, not "%2".</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 is not a valid date: "%2".</source>
        <translation>%1 ist kein gültiges Datum: „%2“.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>"%1" is not a known value for %2.</source>
        <translation>„%1“ ist kein bekannter Wert für %2.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a record.</source>
        <translation>%1: „%2“ ist kein Datensatz.</translation>
    </message>
    <message>
        <source>%1 must not be before %2.</source>
        <translation>%1 darf nicht vor %2 liegen.</translation>
    </message>
    <message>
        <source>%1: the chosen record does not exist (any more).</source>
        <translation>%1: Der gewählte Datensatz existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>%1 "%2" is already used by another record.</source>
        <translation>%1 „%2“ ist bereits bei einem anderen Datensatz vergeben.</translation>
    </message>
    <message>
        <source>This combination of %1 and %2 exists already.</source>
        <translation>Diese Kombination aus %1 und %2 gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>%1: the database is in use by another program. Please try again in a moment.</source>
        <translation>%1: Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1: you are not allowed to change this record.</source>
        <translation>%1: Sie dürfen diesen Datensatz nicht ändern.</translation>
    </message>
    <message>
        <source>%1: the change breaks a rule of the database (%2).</source>
        <translation>%1: Die Änderung verletzt eine Regel der Datenbank (%2).</translation>
    </message>
    <message>
        <source>%1: the database reported an error (%2).</source>
        <translation>%1: Die Datenbank meldet einen Fehler (%2).</translation>
    </message>
</context>
</TS>