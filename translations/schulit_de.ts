<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Schul-IT Koordination</source>
        <translation>Über Schul-IT Koordination</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Inventory, funding and support of the school IT of a county and its school authorities.</source>
        <translation>Bestand, Förderung und Support der Schul-IT eines Kreises und seiner Schulträger.</translation>
    </message>
    <message>
        <source>Schul-IT Koordination is free software under the European Union Public Licence, version 1.2 (EUPL-1.2). It comes without warranty, as Articles 7 and 8 of the licence say.</source>
        <translation>Schul-IT Koordination ist freie Software unter der Open-Source-Lizenz für die Europäische Union, Version 1.2 (EUPL-1.2). Sie wird ohne Gewährleistung bereitgestellt, wie es die Artikel 7 und 8 der Lizenz bestimmen.</translation>
    </message>
    <message>
        <source>It uses Qt %1 (built with Qt %2) by The Qt Company and others under the GNU Lesser General Public License, version 3 (LGPL-3.0). You may replace the Qt libraries that come with this program by your own build of the same version; the source code of Qt is available at &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation>Das Programm verwendet Qt %1 (erstellt mit Qt %2) von The Qt Company und anderen unter der GNU Lesser General Public License, Version 3 (LGPL-3.0). Sie dürfen die mitgelieferten Qt-Bibliotheken durch einen eigenen Build derselben Version ersetzen; den Quelltext von Qt erhalten Sie unter &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The Excel export uses libxlsxwriter %1 by John McNamara under the BSD 2-Clause licence; its notices, including those of the parts it contains, are under Licences.</source>
        <translation>Der Excel-Export verwendet libxlsxwriter %1 von John McNamara unter der BSD-2-Clause-Lizenz; die zugehörigen Hinweise, auch die der enthaltenen Bestandteile, finden Sie unter „Lizenzen“.</translation>
    </message>
    <message>
        <source>Schul-IT Koordination: EUPL-1.2</source>
        <translation>Schul-IT Koordination: EUPL-1.2</translation>
    </message>
    <message>
        <source>Qt: LGPL-3.0</source>
        <translation>Qt: LGPL-3.0</translation>
    </message>
    <message>
        <source>Qt: GPL-3.0 (part of the LGPL-3.0)</source>
        <translation>Qt: GPL-3.0 (Teil der LGPL-3.0)</translation>
    </message>
    <message>
        <source>libxlsxwriter: BSD-2-Clause and notices</source>
        <translation>libxlsxwriter: BSD-2-Clause und Hinweise</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>AccessRights</name>
    <message>
        <source>Reading your rights in the database</source>
        <translation>Beim Lesen Ihrer Rechte in der Datenbank</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>County office</source>
        <translation>Koordinierungsstelle des Kreises</translation>
    </message>
    <message>
        <source>Authority coordinator</source>
        <translation>IT-Koordination des Schulträgers</translation>
    </message>
    <message>
        <source>Authority coordinator without an authority</source>
        <translation>IT-Koordination ohne zugeordneten Schulträger</translation>
    </message>
    <message>
        <source>Committee member (read only)</source>
        <translation>Ausschussmitglied (nur lesen)</translation>
    </message>
    <message>
        <source>No Schul-IT role (read only)</source>
        <translation>Keine Schul-IT-Rolle (nur lesen)</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>Sets up the roles of a shared PostgreSQL database: admin init-roles | admin grant USER --role ROLE.</source>
        <translation>Richtet die Rollen einer gemeinsamen PostgreSQL-Datenbank ein: admin init-roles | admin grant BENUTZER --role ROLLE.</translation>
    </message>
    <message>
        <source>init-roles, or grant USER.</source>
        <translation>init-roles oder grant BENUTZER.</translation>
    </message>
    <message>
        <source>county-office, coordinator or committee.</source>
        <translation>county-office, coordinator oder committee.</translation>
    </message>
    <message>
        <source>The school authority a coordinator works for (name or id).</source>
        <translation>Der Schulträger, für den die IT-Koordination arbeitet (Name oder ID).</translation>
    </message>
    <message>
        <source>Please name the shared database with --database postgresql://user@host:port/dbname.</source>
        <translation>Bitte nennen Sie die gemeinsame Datenbank mit --database postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Roles set up in %1 (schulit_county_office, schulit_coordinator, schulit_committee):</source>
        <translation>Rollen in %1 eingerichtet (schulit_county_office, schulit_coordinator, schulit_committee):</translation>
    </message>
    <message>
        <source>Give people their role with: schulit admin grant USER --role ROLE [--authority NAME] --database URL. Run init-roles again after each program update.</source>
        <translation>Rollen vergeben Sie mit: schulit admin grant BENUTZER --role ROLLE [--authority NAME] --database URL. Führen Sie init-roles nach jedem Programm-Update erneut aus.</translation>
    </message>
    <message>
        <source>Please choose the role with --role county-office, coordinator or committee.</source>
        <translation>Bitte wählen Sie die Rolle mit --role county-office, coordinator oder committee.</translation>
    </message>
    <message>
        <source>Please name the coordinator&apos;s school authority with --authority NAME.</source>
        <translation>Bitte nennen Sie mit --authority NAME den Schulträger, für den die IT-Koordination arbeitet.</translation>
    </message>
    <message>
        <source>There is no school authority &quot;%1&quot;.</source>
        <translation>Einen Schulträger „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Usage:
  schulit admin init-roles --database postgresql://...
  schulit admin grant USER --role county-office|coordinator|committee [--authority NAME|ID] --database postgresql://...</source>
        <translation>Aufruf:
  schulit admin init-roles --database postgresql://...
  schulit admin grant BENUTZER --role county-office|coordinator|committee [--authority NAME|ID] --database postgresql://...</translation>
    </message>
</context>
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
        <source>Unknown command &quot;%1&quot;. See schulit --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe schulit --help.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Creating the demo county...</source>
        <translation>Der Demo-Kreis wird angelegt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <source>The local database opens instead.</source>
        <translation>Stattdessen öffnet sich die lokale Datenbank.</translation>
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
    <name>AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>%1 school authorities, %2 schools, %3 devices, %4 support contracts, %5 funding programs (seed %6, as of %7)</source>
        <translation>Demo-Kreis angelegt: %1 Schulträger, %2 Schulen, %3 Geräte, %4 Supportverträge, %5 Förderprogramme (Startwert %6, Stand %7)</translation>
    </message>
    <message>
        <source>Demo county</source>
        <translation>Demo-Kreis</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Datensatznummer</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %Ln entries</source>
        <translation>
            <numerusform>Änderungsprotokoll: %Ln Eintrag</numerusform>
            <numerusform>Änderungsprotokoll: %Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Makes a consistent copy of a SQLite database, also while it is in use: backup --out FILE.</source>
        <translation>Erstellt eine konsistente Kopie einer SQLite-Datenbank, auch während sie benutzt wird: backup --out DATEI.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Replace the backup file if it exists.</source>
        <translation>Eine vorhandene Sicherungsdatei ersetzen.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up with PostgreSQL&apos;s own pg_dump, which also works while people are working:
  pg_dump --format=custom --file=&quot;%1&quot; &quot;%2&quot;
Restore it into a new, empty database with:
  pg_restore --no-owner --dbname=&quot;postgresql://.../NEW_DATABASE&quot; &quot;%1&quot;
then run: schulit admin init-roles --database postgresql://.../NEW_DATABASE
Or copy it into a SQLite file: schulit copy --from &quot;%2&quot; --to FILE.sqlite</source>
        <translation>Eine PostgreSQL-Datenbank sichern Sie mit dem PostgreSQL-eigenen pg_dump, das auch funktioniert, während andere mit der Datenbank arbeiten:
  pg_dump --format=custom --file=&quot;%1&quot; &quot;%2&quot;
In eine neue, leere Datenbank stellen Sie die Sicherung so wieder her:
  pg_restore --no-owner --dbname=&quot;postgresql://.../NEUE_DATENBANK&quot; &quot;%1&quot;
Führen Sie danach aus: schulit admin init-roles --database postgresql://.../NEUE_DATENBANK
Oder kopieren Sie die Datenbank in eine SQLite-Datei: schulit copy --from &quot;%2&quot; --to DATEI.sqlite</translation>
    </message>
    <message>
        <source>Please name the backup file with --out FILE.</source>
        <translation>Bitte nennen Sie die Sicherungsdatei mit --out DATEI.</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3 KB, schema version %4).</source>
        <translation>Sicherung von %1 in %2 geschrieben (%3 KB, Schemaversion %4).</translation>
    </message>
</context>
<context>
    <name>BulkLoadTuning</name>
    <message>
        <source>Preparing the database for many new records</source>
        <translation>Beim Vorbereiten der Datenbank auf viele neue Datensätze</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Writes a chart as PNG, SVG or PDF; --list shows the charts.</source>
        <translation>Schreibt ein Diagramm als PNG, SVG oder PDF; --list zeigt die Diagramme.</translation>
    </message>
    <message>
        <source>The chart (see --list).</source>
        <translation>Das Diagramm (siehe --list).</translation>
    </message>
    <message>
        <source>Lists the charts with their titles.</source>
        <translation>Listet die Diagramme mit ihren Titeln auf.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the file name).</source>
        <translation>png, svg oder pdf (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Width in pixels (default 1200).</source>
        <translation>Breite in Pixeln (Standard 1200).</translation>
    </message>
    <message>
        <source>Resolution of a PNG in dots per inch (default 96).</source>
        <translation>Auflösung eines PNG in dpi (Standard 96).</translation>
    </message>
    <message>
        <source>Only this school authority (by name); repeat for several.</source>
        <translation>Nur dieser Schulträger (nach Name); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Only this school type (key such as 02, or name); repeat for several.</source>
        <translation>Nur diese Schulform (Schlüssel wie 02 oder Name); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>The state at the end of this year.</source>
        <translation>Der Stand am Ende dieses Jahres.</translation>
    </message>
    <message>
        <source>Please name a chart:</source>
        <translation>Bitte nennen Sie ein Diagramm:</translation>
    </message>
    <message>
        <source>Only one chart at a time, please (got: %1).</source>
        <translation>Bitte nur ein Diagramm auf einmal (angegeben: %1).</translation>
    </message>
    <message>
        <source>There is no chart named &quot;%1&quot;. These are known:</source>
        <translation>Ein Diagramm „%1“ gibt es nicht. Bekannt sind:</translation>
    </message>
    <message>
        <source>Please name the file to write with --out FILE.</source>
        <translation>Bitte nennen Sie die zu schreibende Datei mit --out DATEI.</translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf, not &quot;%1&quot;.</source>
        <translation>--format muss png, svg oder pdf sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &quot;%1&quot;; please add --format png, svg or pdf.</source>
        <translation>Das Format lässt sich aus „%1“ nicht erkennen; bitte ergänzen Sie --format png, svg oder pdf.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2024, not &quot;%1&quot;.</source>
        <translation>--year braucht eine Jahreszahl wie 2024, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no school type &quot;%1&quot;.</source>
        <translation>Eine Schulform „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; written to %2 (%3 x %4 pixels).</source>
        <translation>Diagramm „%1“ in %2 geschrieben (%3 × %4 Pixel).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>One bar group per school authority instead of the sum (%1).</source>
        <translation>Eine Balkengruppe je Schulträger statt der Summe (%1).</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; cannot be split per school authority; these can: %2.</source>
        <translation>Das Diagramm „%1“ lässt sich nicht nach Schulträgern aufteilen; das geht bei: %2.</translation>
    </message>
    <message>
        <source>Height in pixels (default 800, more when a long chart needs it to show every label).</source>
        <translation>Höhe in Pixeln (Standard 800, mehr, wenn ein langes Diagramm sie braucht, damit jede Beschriftung sichtbar bleibt).</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Printed size: %1 x %2 cm.</source>
        <translation>Druckgröße: %1 × %2 cm.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Width and height must each lie between %1 and %2 pixels (asked for: %3 x %4).</source>
        <translation>Breite und Höhe müssen jeweils zwischen %1 und %2 Pixeln liegen (angefordert: %3 × %4).</translation>
    </message>
    <message>
        <source>The resolution must lie between %1 and %2 dpi (asked for: %3).</source>
        <translation>Die Auflösung muss zwischen %1 und %2 dpi liegen (angefordert: %3).</translation>
    </message>
    <message>
        <source>At %1 dpi the image must be at least %2 x %3 pixels to leave room for the text.</source>
        <translation>Bei %1 dpi muss das Bild mindestens %2 × %3 Pixel groß sein, damit der Text Platz hat.</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; from Schul-IT Koordination</source>
        <translation>Diagramm „%1“ aus Schul-IT Koordination</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>million €</source>
        <translation>Mio. €</translation>
    </message>
    <message>
        <source>thousand €</source>
        <translation>Tsd. €</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF, or copy it</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern oder kopieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG vector graphic (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation>Als &amp;SVG speichern …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Summed</source>
        <translation>Summiert</translation>
    </message>
    <message>
        <source>Per school authority</source>
        <translation>Je Schulträger</translation>
    </message>
    <message>
        <source>Show the figures summed over the school authorities or one by one</source>
        <translation>Die Zahlen über alle Schulträger summiert oder einzeln zeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>No data for this chart yet.</source>
        <translation>Für dieses Diagramm gibt es noch keine Daten.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>There is no chart named &quot;%1&quot;.</source>
        <translation>Ein Diagramm „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Annual cost of support contracts</source>
        <translation>Jahreskosten der Supportverträge</translation>
    </message>
    <message numerus="yes">
        <source> · %n contract(s), %1 a year</source>
        <translation>
            <numerusform> · %n Vertrag, jährlich %1</numerusform>
            <numerusform> · %n Verträge, jährlich %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Annual cost in %1</source>
        <translation>Jahreskosten in %1</translation>
    </message>
    <message>
        <source>Contract deadlines in the next 24 months</source>
        <translation>Vertragsfristen in den nächsten 24 Monaten</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Renews unless cancelled</source>
        <translation>Verlängert sich ohne Kündigung</translation>
    </message>
    <message>
        <source>Ends (no renewal)</source>
        <translation>Endet (ohne Verlängerung)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Devices in use by year of acquisition</source>
        <translation>Geräte im Einsatz nach Anschaffungsjahr</translation>
    </message>
    <message numerus="yes">
        <source> · %n device(s) without a date not shown</source>
        <translation>
            <numerusform> · %n Gerät ohne Datum nicht dargestellt</numerusform>
            <numerusform> · %n Geräte ohne Datum nicht dargestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the replacement cycle</source>
        <translation>Im Austauschzyklus</translation>
    </message>
    <message>
        <source>Past the replacement cycle</source>
        <translation>Austauschzyklus überschritten</translation>
    </message>
    <message>
        <source>Year of acquisition</source>
        <translation>Anschaffungsjahr</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Geräte im Einsatz</translation>
    </message>
    <message>
        <source>Devices in use per school authority</source>
        <translation>Geräte im Einsatz nach Schulträger</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Funding programs: budget and use</source>
        <translation>Förderprogramme: Budget und Mittelverwendung</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Bewilligt</translation>
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
        <source>Remaining</source>
        <translation>Restmittel</translation>
    </message>
    <message>
        <source>Funding program</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>Pupils per device by school</source>
        <translation>Schüler je Gerät nach Schule</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Zielwert erreicht</translation>
    </message>
    <message>
        <source>More pupils per device than the target</source>
        <translation>Mehr Schüler je Gerät als der Zielwert</translation>
    </message>
    <message>
        <source> · overall %1 pupils per device</source>
        <translation> · insgesamt %1 Schüler je Gerät</translation>
    </message>
    <message numerus="yes">
        <source> · %n school(s) without pupil devices not shown</source>
        <translation>
            <numerusform> · %n Schule ohne Schülergeräte nicht dargestellt</numerusform>
            <numerusform> · %n Schulen ohne Schülergeräte nicht dargestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: %1 pupils per device</source>
        <translation>Zielwert: %1 Schüler je Gerät</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s), ranked by pupils per device</source>
        <translation>
            <numerusform>%n Schule, geordnet nach Schülern je Gerät</numerusform>
            <numerusform>%n Schulen, geordnet nach Schülern je Gerät</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils per device</source>
        <translation>Schüler je Gerät</translation>
    </message>
    <message>
        <source>Schools meeting the minimum standards</source>
        <translation>Schulen, die die Mindeststandards erfüllen</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Schools meeting the standard in %</source>
        <translation>Schulen mit erfülltem Standard in %</translation>
    </message>
    <message>
        <source>Systems the school authorities have in common</source>
        <translation>Gemeinsam genutzte Systeme der Schulträger</translation>
    </message>
    <message>
        <source> · the %1 most widely used of %2 products</source>
        <translation> · die %1 meistgenutzten von %2 Produkten</translation>
    </message>
    <message>
        <source>School authorities using it</source>
        <translation>Nutzende Schulträger</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>per school authority</source>
        <translation>je Schulträger</translation>
    </message>
    <message>
        <source>Funding program and school authority</source>
        <translation>Förderprogramm und Schulträger</translation>
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <source>Select &amp;none (all)</source>
        <translation>&amp;Keine auswählen (alle)</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Choose for each column of the file which field of the %1 it fills. The file is read as %2 with the delimiter %3.</source>
        <translation>Wählen Sie für jede Spalte der Datei, welches Feld der Tabelle %1 sie füllt. Die Datei wird als %2 mit dem Trennzeichen %3 gelesen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Covered schools (school numbers)</source>
        <translation>Betreute Schulen (Schulnummern)</translation>
    </message>
    <message numerus="yes">
        <source>No column fills %1. New records need the field(s); existing ones keep their value.</source>
        <translation>
            <numerusform>Keine Spalte füllt %1. Neue Datensätze brauchen dieses Feld; vorhandene behalten ihren Wert.</numerusform>
            <numerusform>Keine Spalte füllt %1. Neue Datensätze brauchen diese Felder; vorhandene behalten ihren Wert.</numerusform>
        </translation>
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
    <name>CommandScope</name>
    <message>
        <source>There is no school authority named &quot;%1&quot;. Known: %2.</source>
        <translation>Einen Schulträger „%1“ gibt es nicht. Bekannt sind: %2.</translation>
    </message>
</context>
<context>
    <name>CommonalityMatrixModel</name>
    <message>
        <source>%1 – %2: nothing recorded</source>
        <translation>%1 – %2: nichts erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%1: run by %n school authority(ies)</source>
        <translation>
            <numerusform>%1: von %n Schulträger betrieben</numerusform>
            <numerusform>%1: von %n Schulträgern betrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ComplianceGap</name>
    <message>
        <source>It applies to no school here.</source>
        <translation>Gilt hier für keine Schule.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln school(s) meet it.</source>
        <translation>
            <numerusform>Die eine betroffene Schule erfüllt ihn.</numerusform>
            <numerusform>Alle %Ln Schulen erfüllen ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>No school misses it as far as the figures tell.</source>
        <translation>Soweit die Zahlen es zeigen, verfehlt ihn keine Schule.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) lack the figures to tell.</source>
        <translation>
            <numerusform>Bei %Ln Schule fehlen die Angaben dazu.</numerusform>
            <numerusform>Bei %Ln Schulen fehlen die Angaben dazu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) lack %1.</source>
        <translation>
            <numerusform>%Ln Schule fehlt %1.</numerusform>
            <numerusform>%Ln Schulen fehlt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) have less than %1 WLAN coverage.</source>
        <translation>
            <numerusform>%Ln Schule hat weniger als %1 WLAN-Abdeckung.</numerusform>
            <numerusform>%Ln Schulen haben weniger als %1 WLAN-Abdeckung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) have more than %1 pupils per device.</source>
        <translation>
            <numerusform>%Ln Schule hat mehr als %1 Schüler je Gerät.</numerusform>
            <numerusform>%Ln Schulen haben mehr als %1 Schüler je Gerät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) have more than %1 teachers per teacher device.</source>
        <translation>
            <numerusform>%Ln Schule hat mehr als %1 Lehrkräfte je Dienstgerät.</numerusform>
            <numerusform>%Ln Schulen haben mehr als %1 Lehrkräfte je Dienstgerät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) have less than %1 of their devices within the replacement cycle.</source>
        <translation>
            <numerusform>%Ln Schule hat weniger als %1 ihrer Geräte im Austauschzyklus.</numerusform>
            <numerusform>%Ln Schulen haben weniger als %1 ihrer Geräte im Austauschzyklus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) are not covered by a running support contract.</source>
        <translation>
            <numerusform>%Ln Schule ist durch keinen laufenden Supportvertrag abgedeckt.</numerusform>
            <numerusform>%Ln Schulen sind durch keinen laufenden Supportvertrag abgedeckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) have no mobile device management of their authority.</source>
        <translation>
            <numerusform>%Ln Schule hat kein Mobile-Device-Management ihres Schulträgers.</numerusform>
            <numerusform>%Ln Schulen haben kein Mobile-Device-Management ihres Schulträgers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) do not meet &quot;%1&quot; (%2).</source>
        <translation>
            <numerusform>%Ln Schule erfüllt „%1“ nicht (%2).</numerusform>
            <numerusform>%Ln Schulen erfüllen „%1“ nicht (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more device(s) for pupils would close the gap.</source>
        <translation>
            <numerusform>%Ln weiteres Schülergerät würde die Lücke schließen.</numerusform>
            <numerusform>%Ln weitere Schülergeräte würden die Lücke schließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more teacher device(s) would close the gap.</source>
        <translation>
            <numerusform>%Ln weiteres Lehrergerät würde die Lücke schließen.</numerusform>
            <numerusform>%Ln weitere Lehrergeräte würden die Lücke schließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replacing %Ln device(s) would close the gap.</source>
        <translation>
            <numerusform>Der Austausch von %Ln Gerät würde die Lücke schließen.</numerusform>
            <numerusform>Der Austausch von %Ln Geräten würde die Lücke schließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) have more than one pupil per device.</source>
        <translation>
            <numerusform>%Ln Schule hat mehr als eine Schülerin oder einen Schüler je Gerät.</numerusform>
            <numerusform>%Ln Schulen haben mehr als eine Schülerin oder einen Schüler je Gerät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) have more than one teacher per teacher device.</source>
        <translation>
            <numerusform>%Ln Schule hat mehr als eine Lehrkraft je Dienstgerät.</numerusform>
            <numerusform>%Ln Schulen haben mehr als eine Lehrkraft je Dienstgerät.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceGapModel</name>
    <message>
        <source>all school types</source>
        <translation>alle Schulformen</translation>
    </message>
    <message>
        <source>Minimum standard</source>
        <translation>Mindeststandard</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Share met</source>
        <translation>Anteil erfüllt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
</context>
<context>
    <name>ComplianceSummaryWidget</name>
    <message>
        <source>No minimum standard is defined yet.</source>
        <translation>Es ist noch kein Mindeststandard festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minimum standard(s) met by every school they apply to.</source>
        <translation>
            <numerusform>%1 von %n Mindeststandard von allen betroffenen Schulen erfüllt.</numerusform>
            <numerusform>%1 von %n Mindeststandards von allen betroffenen Schulen erfüllt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceTableModel</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n without figures</source>
        <translation>
            <numerusform>, %n ohne Zahlen</numerusform>
            <numerusform>, %n ohne Zahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 met, %4 not met, %5 without figures</source>
        <translation>%1 (%2): %3 erfüllt, %4 nicht erfüllt, %5 ohne Zahlen</translation>
    </message>
    <message>
        <source>all school types</source>
        <translation>alle Schulformen</translation>
    </message>
    <message>
        <source>%1: %2; for %3</source>
        <translation>%1: %2; für %3</translation>
    </message>
    <message>
        <source>School number</source>
        <translation>Schulnummer</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>Schulform</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed by %3 at %4, after you opened it. Please choose which values to keep.</source>
        <translation>%1 „%2“ wurde am %4 von %3 geändert, nachdem Sie den Datensatz geöffnet haben. Bitte wählen Sie, welche Werte gelten sollen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed by %3 after you opened it. Please choose which values to keep.</source>
        <translation>%1 „%2“ wurde von %3 geändert, nachdem Sie den Datensatz geöffnet haben. Bitte wählen Sie, welche Werte gelten sollen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Gespeichert von %1</translation>
    </message>
    <message>
        <source>Your other changes are saved as well: %1.</source>
        <translation>Ihre übrigen Änderungen werden ebenfalls gespeichert: %1.</translation>
    </message>
    <message>
        <source>Also changed meanwhile, and kept: %1.</source>
        <translation>Inzwischen ebenfalls geändert und beibehalten: %1.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alle &amp;eigenen Werte behalten</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>Alle &amp;gespeicherten Werte übernehmen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>Mit der gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>e.g. db.kreis.example (empty: this computer)</source>
        <translation>z. B. db.kreis.example (leer: dieser Computer)</translation>
    </message>
    <message>
        <source>Default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>e.g. schulit</source>
        <translation>z. B. schulit</translation>
    </message>
    <message>
        <source>optional: a section of pg_service.conf</source>
        <translation>optional: ein Abschnitt der pg_service.conf</translation>
    </message>
    <message>
        <source>Leave empty to use the PostgreSQL password file (%1) or the service file. The password is used for this login only and never saved.</source>
        <translation>Leer lassen, um die PostgreSQL-Passwortdatei (%1) oder die Servicedatei zu verwenden. Das Passwort gilt nur für diese Anmeldung und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Remember this connection (without the password)</source>
        <translation>Diese Verbindung merken (ohne Passwort)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Servi&amp;ce:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>V&amp;erschlüsselung (SSL):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Please name the database or a service.</source>
        <translation>Bitte geben Sie die Datenbank oder einen Service an.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Default of the system (prefer encryption)</source>
        <translation>Systemstandard (Verschlüsselung bevorzugen)</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt if the server insists</source>
        <translation>Verschlüsseln, wenn der Server es verlangt</translation>
    </message>
    <message>
        <source>Encrypt if the server can</source>
        <translation>Verschlüsseln, wenn der Server es kann</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Immer verschlüsseln</translation>
    </message>
    <message>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation>Immer verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Always encrypt and check the certificate and the server name</source>
        <translation>Immer verschlüsseln und Zertifikat und Servernamen prüfen</translation>
    </message>
    <message>
        <source>it must begin with postgresql://.</source>
        <translation>Sie muss mit postgresql:// beginnen.</translation>
    </message>
    <message>
        <source>the IPv6 address lacks its closing bracket.</source>
        <translation>Der IPv6-Adresse fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <source>the SSL mode &quot;%1&quot; is unknown (disable, allow, prefer, require, verify-ca, verify-full).</source>
        <translation>Der SSL-Modus „%1“ ist unbekannt (disable, allow, prefer, require, verify-ca, verify-full).</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is unknown.</source>
        <translation>Die Einstellung „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must not contain a semicolon.</source>
        <translation>Der Wert von „%1“ darf kein Semikolon enthalten.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: %2 Example: postgresql://k.mueller@server.kreis.example:5432/schulit?sslmode=require</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse: %2 Beispiel: postgresql://k.mueller@server.kreis.example:5432/schulit?sslmode=require</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copies a whole database between SQLite and PostgreSQL: copy --from SOURCE --to TARGET.</source>
        <translation>Kopiert eine ganze Datenbank zwischen SQLite und PostgreSQL: copy --from QUELLE --to ZIEL.</translation>
    </message>
    <message>
        <source>The database to copy: a SQLite file or postgresql://...</source>
        <translation>Die zu kopierende Datenbank: eine SQLite-Datei oder postgresql://...</translation>
    </message>
    <message>
        <source>The empty target: a new SQLite file or an empty PostgreSQL database.</source>
        <translation>Das leere Ziel: eine neue SQLite-Datei oder eine leere PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Please name both databases: schulit copy --from SOURCE --to TARGET.</source>
        <translation>Bitte nennen Sie beide Datenbanken: schulit copy --from QUELLE --to ZIEL.</translation>
    </message>
    <message>
        <source>Copying %1 to %2 ...</source>
        <translation>%1 wird nach %2 kopiert …</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables copied and counted (schema version %3) in %4 s.</source>
        <translation>%1 Zeilen in %2 Tabellen kopiert und nachgezählt (Schemaversion %3) in %4 s.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>None of the columns of &quot;%1&quot; fits a field of the %2.</source>
        <translation>Keine Spalte von „%1“ passt zu einem Feld der Tabelle %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column for %2, which every row of the %3 needs.</source>
        <translation>„%1“ hat keine Spalte für %2; diese Angabe braucht jede Zeile der Tabelle %3.</translation>
    </message>
    <message>
        <source>The file looks like a list of %1; please import it there.</source>
        <translation>Die Datei scheint in die Tabelle %1 zu gehören; bitte importieren Sie sie dort.</translation>
    </message>
    <message>
        <source>Please check the header line (columns found: %1).</source>
        <translation>Bitte prüfen Sie die Kopfzeile (gefundene Spalten: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the official NRW school list; it can only be imported into the %2.</source>
        <translation>„%1“ ist die amtliche NRW-Schulliste; sie kann nur in die Tabelle %2 importiert werden.</translation>
    </message>
    <message>
        <source>The region filter applies only to the official NRW school list, and &quot;%1&quot; is not that list.</source>
        <translation>Der Regionsfilter gilt nur für die amtliche NRW-Schulliste, und „%1“ ist nicht diese Liste.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2: the file cannot be read any further (%3).</source>
        <translation>%1, Zeile %2: Die Datei kann nicht weiter gelesen werden (%3).</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: the quoted value is longer than %4 bytes. A closing quote mark is probably missing.</source>
        <translation>%1, Zeile %2, Feld %3: Der Wert in Anführungszeichen ist länger als %4 Byte. Wahrscheinlich fehlt ein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: the value is longer than %4 bytes. Is this really a CSV file?</source>
        <translation>%1, Zeile %2, Feld %3: Der Wert ist länger als %4 Byte. Ist das wirklich eine CSV-Datei?</translation>
    </message>
    <message>
        <source>%1, line %2: the line has more than %3 fields; at most %3 are supported. Is the delimiter right?</source>
        <translation>%1, Zeile %2: Die Zeile hat mehr als %3 Felder; unterstützt werden höchstens %3. Stimmt das Trennzeichen?</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: the quoted value that starts here is never closed. A quote mark is missing.</source>
        <translation>%1, Zeile %2, Feld %3: Der hier beginnende Wert in Anführungszeichen wird nicht geschlossen. Es fehlt ein Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Excel workbook or another ZIP file, not a CSV file. In Excel, save it with &quot;Save as&quot; as &quot;CSV UTF-8&quot; first.</source>
        <translation>„%1“ ist eine Excel-Arbeitsmappe oder eine andere ZIP-Datei, keine CSV-Datei. Speichern Sie sie zuerst in Excel mit „Speichern unter“ als „CSV UTF-8 (durch Trennzeichen getrennt)“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Excel workbook (XLS), not a CSV file. In Excel, save it with &quot;Save as&quot; as &quot;CSV UTF-8&quot; first.</source>
        <translation>„%1“ ist eine alte Excel-Arbeitsmappe (XLS), keine CSV-Datei. Speichern Sie sie zuerst in Excel mit „Speichern unter“ als „CSV UTF-8 (durch Trennzeichen getrennt)“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Please save it as &quot;CSV UTF-8&quot; instead.</source>
        <translation>„%1“ ist in UTF-16 gespeichert (Excel-Format „Unicode-Text“). Bitte speichern Sie die Datei stattdessen als „CSV UTF-8 (durch Trennzeichen getrennt)“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file. Please choose a CSV file.</source>
        <translation>„%1“ ist keine Textdatei. Bitte wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains binary data and is not a CSV file.</source>
        <translation>„%1“ enthält Binärdaten und ist keine CSV-Datei.</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a CSV file.</source>
        <translation>„%1“ ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 large; an import reads at most %3. Please split the file or check that it is the right one.</source>
        <translation>„%1“ ist %2 groß; ein Import liest höchstens %3. Bitte teilen Sie die Datei auf oder prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no header line.</source>
        <translation>„%1“ enthält keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>CurrentUser</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Settings of the figures...</source>
        <translation>&amp;Einstellungen der Kennzahlen …</translation>
    </message>
    <message>
        <source>Replacement cycles, target pupils per device, warning of contract deadlines</source>
        <translation>Austauschzyklen, Zielwert Schüler je Gerät, Warnung vor Kündigungsfristen</translation>
    </message>
    <message>
        <source>Minimum standards</source>
        <translation>Mindeststandards</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Schul-IT database. The file was not changed.</source>
        <translation>„%1“ ist keine Schul-IT-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Please choose a file you may change, or ask your IT staff for write access. The file was not changed.</source>
        <translation>„%1“ ist schreibgeschützt. Bitte wählen Sie eine Datei, die Sie ändern dürfen, oder bitten Sie Ihre IT um Schreibrechte. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Die Datenbank „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be opened.</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Beim Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program. Please close it there, or try again in a moment. The file was not changed.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt. Bitte schließen Sie sie dort oder versuchen Sie es gleich noch einmal. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Schul-IT database. It was not changed.</source>
        <translation>„%1“ ist die Datenbank eines anderen Programms, keine Schul-IT-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Schul-IT Koordination (schema version %2; this program knows up to %3). Please install the newer version. The database was not changed.</source>
        <translation>„%1“ stammt von einer neueren Version von Schul-IT Koordination (Schemaversion %2; dieses Programm kennt bis %3). Bitte installieren Sie die neuere Version. Die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>Source and target are the same database.</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no Schul-IT data to copy.</source>
        <translation>„%1“ enthält keine Schul-IT-Daten, die kopiert werden könnten.</translation>
    </message>
    <message>
        <source>The target has schema version %1, the source %2. Please open the source once with this program to update it, then copy again.</source>
        <translation>Das Ziel hat die Schemaversion %1, die Quelle %2. Bitte öffnen Sie die Quelle einmal mit diesem Programm, um sie zu aktualisieren, und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Counting the rows of %1</source>
        <translation>Beim Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <source>The target has no table %1; both databases need the same schema.</source>
        <translation>Das Ziel hat keine Tabelle %1; beide Datenbanken brauchen dasselbe Schema.</translation>
    </message>
    <message>
        <source>The target&apos;s table %1 has no column %2; both databases need the same schema.</source>
        <translation>Die Tabelle %1 im Ziel hat keine Spalte %2; beide Datenbanken brauchen dasselbe Schema.</translation>
    </message>
    <message>
        <source>The target %1 is not empty (table %2). Copy only into an empty database; nothing was changed.</source>
        <translation>Das Ziel %1 ist nicht leer (Tabelle %2). Kopieren Sie nur in eine leere Datenbank; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Beim Kopieren der Datenbank</translation>
    </message>
    <message>
        <source>Source and target have different schema versions (%1 and %2).</source>
        <translation>Quelle und Ziel haben unterschiedliche Schemaversionen (%1 und %2).</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the source but %3 in the target; nothing was copied.</source>
        <translation>Die Tabelle %1 hat in der Quelle %2 Zeilen, im Ziel aber %3; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>Beim Kopieren der Tabelle %1</translation>
    </message>
    <message>
        <source>The copy was cancelled; the target was not changed.</source>
        <translation>Das Kopieren wurde abgebrochen; das Ziel wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Continuing the numbering of %1</source>
        <translation>Beim Fortsetzen der Nummerierung von %1</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
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
        <source>--devices needs a number from 0 to 2000000, not &quot;%1&quot;.</source>
        <translation>--devices braucht eine Zahl von 0 bis 2000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>--seed braucht eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already. Choose another file or add --force to replace it.</source>
        <translation>„%1“ gibt es schon. Wählen Sie eine andere Datei oder ersetzen Sie sie mit --force.</translation>
    </message>
    <message>
        <source>Demo county written to %1 (%2 devices, seed %3) in %4 s.</source>
        <translation>Demo-Kreis in %1 geschrieben (%2 Geräte, Startwert %3) in %4 s.</translation>
    </message>
</context>
<context>
    <name>DemoCountyGenerator</name>
    <message>
        <source>Creating the demo county</source>
        <translation>Beim Anlegen des Demo-Kreises</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; already holds data; the demo county is only written into a new, empty database.</source>
        <translation>Die Datenbank „%1“ enthält bereits Daten; der Demo-Kreis wird nur in eine neue, leere Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>Creating the demo county was cancelled; the database was not changed.</source>
        <translation>Das Anlegen des Demo-Kreises wurde abgebrochen; die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DetailForm</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No %1 selected</source>
        <translation>%1: kein Datensatz ausgewählt</translation>
    </message>
    <message>
        <source>Choose a record in the table to see and edit it here.</source>
        <translation>Wählen Sie in der Tabelle einen Datensatz, um ihn hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>The record was deleted in the meantime.</source>
        <translation>Der Datensatz wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Minimum standard</source>
        <translation>Mindeststandard</translation>
    </message>
    <message>
        <source>Minimum standards</source>
        <translation>Mindeststandards</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The new record does not match the search or the filters, so it is not shown.</source>
        <translation>Der neue Datensatz passt nicht zur Suche oder zu den Filtern und wird deshalb nicht angezeigt.</translation>
    </message>
    <message>
        <source>Delete %1 &quot;%2&quot;?</source>
        <translation>%1 „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>%1 %2 löschen?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>Mit Bearbeiten &gt; Rückgängig können Sie das Löschen zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) added from the pasted rows.</source>
        <translation>
            <numerusform>%n neuer Datensatz aus den eingefügten Zeilen hinzugefügt.</numerusform>
            <numerusform>%n neue Datensätze aus den eingefügten Zeilen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was deleted by someone else in the meantime.</source>
        <translation>%1 „%2“ wurde inzwischen von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message numerus="yes">
        <source>Last day to cancel in %n day(s)</source>
        <translation>
            <numerusform>Letzter Kündigungstag in %n Tag</numerusform>
            <numerusform>Letzter Kündigungstag in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No further cancellation date: the contract ends without renewal.</source>
        <translation>Kein weiterer Kündigungstermin: Der Vertrag endet ohne Verlängerung.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message numerus="yes">
        <source>Marked: the last day to cancel is at most %n day(s) away.</source>
        <translation>
            <numerusform>Markiert: Der letzte Kündigungstag ist höchstens %n Tag entfernt.</numerusform>
            <numerusform>Markiert: Der letzte Kündigungstag ist höchstens %n Tage entfernt.</numerusform>
        </translation>
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
    <message>
        <source>Network and WLAN management</source>
        <translation>Netzwerk- und WLAN-Management</translation>
    </message>
    <message>
        <source>Mobile device management</source>
        <translation>Mobile-Device-Management (MDM)</translation>
    </message>
    <message>
        <source>Pedagogical school server / network</source>
        <translation>Pädagogischer Schulserver / Netz</translation>
    </message>
    <message>
        <source>Learning platform</source>
        <translation>Lernplattform</translation>
    </message>
    <message>
        <source>Communication / messenger</source>
        <translation>Kommunikation / Messenger</translation>
    </message>
    <message>
        <source>Identity and user management</source>
        <translation>Identitäts- und Benutzerverwaltung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Virenschutz</translation>
    </message>
    <message>
        <source>Ticket system</source>
        <translation>Ticketsystem</translation>
    </message>
    <message>
        <source>Administration network</source>
        <translation>Verwaltungsnetz</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Basisinfrastruktur</translation>
    </message>
    <message>
        <source>IT equipment</source>
        <translation>IT-Ausstattung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
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
        <source>Pupils per device</source>
        <translation>Schüler je Gerät</translation>
    </message>
    <message>
        <source>Teachers per teacher device</source>
        <translation>Lehrkräfte je Dienstgerät</translation>
    </message>
    <message>
        <source>Devices within their replacement cycle (%)</source>
        <translation>Geräte im Austauschzyklus (%)</translation>
    </message>
    <message>
        <source>Support contracts covering the school</source>
        <translation>Supportverträge für die Schule</translation>
    </message>
    <message>
        <source>Mobile device management of the authority</source>
        <translation>MDM des Schulträgers</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>weniger als</translation>
    </message>
</context>
<context>
    <name>EnumListDelegate</name>
    <message>
        <source>None chosen (all)</source>
        <translation>Keine gewählt (alle)</translation>
    </message>
</context>
<context>
    <name>ExistingRecords</name>
    <message>
        <source>Reading the %1</source>
        <translation>Beim Lesen der Tabelle %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes a table to a CSV or Excel file: export TABLE --format csv|xlsx --out FILE.</source>
        <translation>Schreibt eine Tabelle in eine CSV- oder Excel-Datei: export TABELLE --format csv|xlsx --out DATEI.</translation>
    </message>
    <message>
        <source>The table: %1.</source>
        <translation>Die Tabelle: %1.</translation>
    </message>
    <message>
        <source>csv (for German Excel) or xlsx; default: the file&apos;s suffix.</source>
        <translation>csv (für deutsches Excel) oder xlsx; Standard: nach der Dateiendung.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Please name one table to export: %1.</source>
        <translation>Bitte nennen Sie eine Tabelle für den Export: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no table. Tables: %2.</source>
        <translation>„%1“ ist keine Tabelle. Tabellen: %2.</translation>
    </message>
    <message>
        <source>Please name the file to write with --out FILE.</source>
        <translation>Bitte nennen Sie die zu schreibende Datei mit --out DATEI.</translation>
    </message>
    <message>
        <source>Please choose the format with --format csv or --format xlsx.</source>
        <translation>Bitte wählen Sie das Format mit --format csv oder --format xlsx.</translation>
    </message>
    <message>
        <source>%1 %2 written to %3.</source>
        <translation>%1 %2 in %3 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 gespeichert.</numerusform>
            <numerusform>%Ln Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRows</name>
    <message>
        <source>The %1 have no column &quot;%2&quot;.</source>
        <translation>Die Tabelle %1 hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>Reading the %1 for the export</source>
        <translation>Beim Lesen der Tabelle %1 für den Export</translation>
    </message>
    <message>
        <source>Reading the schools of the contracts</source>
        <translation>Beim Lesen der Schulen der Verträge</translation>
    </message>
</context>
<context>
    <name>ExportValue</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
    <message>
        <source>Covered schools</source>
        <translation>Betreute Schulen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence end</source>
        <translation>Lizenzende</translation>
    </message>
    <message>
        <source>Operated by</source>
        <translation>Betrieb durch</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>School types</source>
        <translation>Schulformen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restmittel</translation>
    </message>
    <message>
        <source>Share spent</source>
        <translation>Anteil verausgabt</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>alle Schulen</translation>
    </message>
    <message>
        <source>All school types</source>
        <translation>alle Schulformen</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>%1 durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ImportChecker</name>
    <message>
        <source>%1 &quot;%2&quot; appears more than once in the file (first in line %3).</source>
        <translation>%1 „%2“ kommt mehrfach in der Datei vor (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <source>This combination of %1 appears more than once in the file (first in line %2).</source>
        <translation>Diese Kombination aus %1 kommt mehrfach in der Datei vor (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>The line has %1 fields, but the header names only %2 columns.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile nennt aber nur %2 Spalten.</translation>
    </message>
    <message>
        <source>The row fits several existing records; it cannot tell which one to update.</source>
        <translation>Die Zeile passt zu mehreren vorhandenen Datensätzen; es ist nicht klar, welcher aktualisiert werden soll.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Reads a CSV file into a table: import TABLE FILE [--dry-run] [--only-valid] [--region PREFIX].</source>
        <translation>Liest eine CSV-Datei in eine Tabelle ein: import TABELLE DATEI [--dry-run] [--only-valid] [--region PRÄFIX].</translation>
    </message>
    <message>
        <source>The table: %1.</source>
        <translation>Die Tabelle: %1.</translation>
    </message>
    <message>
        <source>The CSV file (also the official NRW school list).</source>
        <translation>Die CSV-Datei (auch die amtliche NRW-Schulliste).</translation>
    </message>
    <message>
        <source>Check the file and tell what would happen; write nothing.</source>
        <translation>Die Datei prüfen und melden, was geschehen würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Import the valid rows even if other rows have problems.</source>
        <translation>Die gültigen Zeilen importieren, auch wenn andere Zeilen Probleme haben.</translation>
    </message>
    <message>
        <source>NRW school list: import only schools whose Gemeindeschluessel starts with PREFIX (e.g. 05558 for Kreis Coesfeld).</source>
        <translation>NRW-Schulliste: nur Schulen importieren, deren Gemeindeschlüssel mit PRÄFIX beginnt (z. B. 05558 für den Kreis Coesfeld).</translation>
    </message>
    <message>
        <source>Columns without a matching field (ignored): %1.</source>
        <translation>Spalten ohne passendes Feld (ignoriert): %1.</translation>
    </message>
    <message>
        <source>The file has no column for %1; new records need it.</source>
        <translation>Die Datei hat keine Spalte für %1; neue Datensätze brauchen diese Angabe.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, Zeile %2, Spalte „%3“: %4</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>… und %1 weitere Probleme.</translation>
    </message>
    <message>
        <source>Correct the rows, or add --only-valid to import the valid rows only.</source>
        <translation>Korrigieren Sie die Zeilen oder importieren Sie mit --only-valid nur die gültigen Zeilen.</translation>
    </message>
    <message>
        <source>Please name a table and a file: schulit import TABLE FILE (tables: %1).</source>
        <translation>Bitte nennen Sie eine Tabelle und eine Datei: schulit import TABELLE DATEI (Tabellen: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no table. Tables: %2.</source>
        <translation>„%1“ ist keine Tabelle. Tabellen: %2.</translation>
    </message>
    <message>
        <source>--region needs the first digits of a Gemeindeschluessel (1 to 8 digits, e.g. 05558), not &quot;%1&quot;.</source>
        <translation>--region braucht die ersten Ziffern eines Gemeindeschlüssels (1 bis 8 Ziffern, z. B. 05558), nicht „%1“.</translation>
    </message>
    <message>
        <source>--region applies only to the schools (the official NRW school list).</source>
        <translation>--region gilt nur für die Schulen (die amtliche NRW-Schulliste).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ImportCoveredSchools</name>
    <message>
        <source>Unknown school number &quot;%1&quot;: no school has this number.</source>
        <translation>Unbekannte Schulnummer „%1“: Keine Schule hat diese Nummer.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import into the %1</source>
        <translation>Import in die Tabelle %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, delimiter %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, Trennzeichen %3)</translation>
    </message>
    <message>
        <source>The file is the official NRW school list.</source>
        <translation>Die Datei ist die amtliche NRW-Schulliste.</translation>
    </message>
    <message>
        <source>No column fills %1; new records need it.</source>
        <translation>Keine Spalte füllt %1; neue Datensätze brauchen diese Angabe.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Nicht importierte Spalten: %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are shown.</source>
        <translation>Angezeigt werden die ersten %1 von %2 Problemen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Nur gültige Zeilen importieren</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <source>Reading and checking the file...</source>
        <translation>Die Datei wird gelesen und geprüft …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the records...</source>
        <translation>Die Datensätze werden geschrieben …</translation>
    </message>
    <message>
        <source>NRW school list</source>
        <translation>NRW-Schulliste</translation>
    </message>
    <message>
        <source>The file is the official NRW school list. Import only the schools whose Gemeindeschluessel starts with (e.g. 05558 for Kreis Coesfeld; empty: all of NRW):</source>
        <translation>Die Datei ist die amtliche NRW-Schulliste. Nur die Schulen importieren, deren Gemeindeschlüssel beginnt mit (z. B. 05558 für den Kreis Coesfeld; leer: ganz NRW):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the beginning of a Gemeindeschluessel (up to 8 digits).</source>
        <translation>„%1“ ist nicht der Anfang eines Gemeindeschlüssels (bis zu 8 Ziffern).</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
    <message>
        <source>%1 outside the region skipped</source>
        <translation>%1 außerhalb der Region übersprungen</translation>
    </message>
    <message>
        <source>%1 school offices (no schools) skipped</source>
        <translation>%1 Schulbehörden (keine Schulen) übersprungen</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged</source>
        <translation>%1 hinzuzufügen, %2 zu aktualisieren, %3 unverändert</translation>
    </message>
    <message>
        <source>%1 new school authorities were created for unknown Träger numbers; please check them.</source>
        <translation>Für unbekannte Trägernummern wurden %1 neue Schulträger angelegt; bitte prüfen Sie diese.</translation>
    </message>
    <message>
        <source>%1 rows with problems were not imported.</source>
        <translation>%1 Zeilen mit Problemen wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Dry run: %1.</source>
        <translation>Probelauf: %1.</translation>
    </message>
    <message>
        <source>%1 rows have problems.</source>
        <translation>%1 Zeilen haben Probleme.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported because %1 of %2 rows have problems.</source>
        <translation>Es wurde nichts importiert, weil %1 von %2 Zeilen Probleme haben.</translation>
    </message>
</context>
<context>
    <name>ImportValueConverter</name>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is not an amount of money: &quot;%2&quot;.</source>
        <translation>%1 ist kein Geldbetrag: „%2“.</translation>
    </message>
    <message>
        <source>%1 is not a valid date: &quot;%2&quot;. Please write dates as 31.12.2025 or 2025-12-31.</source>
        <translation>%1 ist kein gültiges Datum: „%2“. Bitte schreiben Sie Daten als 31.12.2025 oder 2025-12-31.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not &quot;%2&quot;.</source>
        <translation>%1 muss „ja“ oder „nein“ sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2 (known: %3).</source>
        <translation>„%1“ ist kein bekannter Wert für %2 (bekannt: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>„%1“ ist kein bekannter Wert für %2.</translation>
    </message>
</context>
<context>
    <name>KeyFiguresPanel</name>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Schülerzahl</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Geräte im Einsatz</translation>
    </message>
    <message>
        <source>Pupils per device</source>
        <translation>Schüler je Gerät</translation>
    </message>
    <message>
        <source>Past the replacement cycle</source>
        <translation>Austauschzyklus überschritten</translation>
    </message>
    <message>
        <source>Funding approved</source>
        <translation>Fördermittel bewilligt</translation>
    </message>
    <message>
        <source>Funding paid out</source>
        <translation>Fördermittel ausgezahlt</translation>
    </message>
    <message>
        <source>Funding spent</source>
        <translation>Fördermittel verausgabt</translation>
    </message>
    <message>
        <source>Contracts to decide on</source>
        <translation>Verträge mit Entscheidungsbedarf</translation>
    </message>
    <message>
        <source>Last day to cancel</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Click a contract to open it</source>
        <translation>Klicken Sie auf einen Vertrag, um ihn zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no devices</source>
        <translation>keine Geräte</translation>
    </message>
    <message>
        <source>%1 pupil devices; target %2</source>
        <translation>%1 Schülergeräte; Zielwert %2</translation>
    </message>
    <message>
        <source>%1 of %2 devices with a known age</source>
        <translation>%1 von %2 Geräten mit bekanntem Alter</translation>
    </message>
    <message>
        <source>%1 of %2 allocated</source>
        <translation>%1 der zugewiesenen %2</translation>
    </message>
    <message numerus="yes">
        <source>last day to cancel within %n day(s)</source>
        <translation>
            <numerusform>letzter Kündigungstag innerhalb von %n Tag</numerusform>
            <numerusform>letzter Kündigungstag innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contract has its last day to cancel in the next %n day(s).</source>
        <translation>
            <numerusform>Kein Vertrag hat seinen letzten Kündigungstag innerhalb von %n Tag.</numerusform>
            <numerusform>Kein Vertrag hat seinen letzten Kündigungstag in den nächsten %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contracts whose last day to cancel falls in the next %n day(s):</source>
        <translation>
            <numerusform>Verträge, deren letzter Kündigungstag innerhalb von %n Tag liegt:</numerusform>
            <numerusform>Verträge, deren letzter Kündigungstag in den nächsten %n Tagen liegt:</numerusform>
        </translation>
    </message>
    <message>
        <source>no devices with a known age</source>
        <translation>keine Geräte mit bekanntem Alter</translation>
    </message>
    <message>
        <source>no funds allocated yet</source>
        <translation>noch keine Mittel zugewiesen</translation>
    </message>
    <message>
        <source>as of today, whatever the year</source>
        <translation>Stand heute, unabhängig vom Jahr</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>Datensatz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate record</source>
        <translation>Datensatz &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete records...</source>
        <translation>Datensätze &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Details of the record</source>
        <translation>&amp;Details des Datensatzes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Schul-IT Koordination</source>
        <translation>Ü&amp;ber Schul-IT Koordination</translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation>Mit &amp;Server verbinden …</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>%1 – Schul-IT Koordination</source>
        <translation>%1 – Schul-IT Koordination</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Schul-IT databases (*.sqlite)</source>
        <translation>Schul-IT-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already. Please choose another name, or open it with File &gt; Open.</source>
        <translation>„%1“ gibt es schon. Bitte wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Schul-IT databases (*.sqlite);;All files (*)</source>
        <translation>Schul-IT-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
    <name>MinimumStandard</name>
    <message>
        <source>no teacher device</source>
        <translation>kein Dienstgerät</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>kein Gerät</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 % WLAN coverage</source>
        <translation>%1 % WLAN-Abdeckung</translation>
    </message>
    <message>
        <source>%1 pupils per device</source>
        <translation>%1 Schüler je Gerät</translation>
    </message>
    <message>
        <source>%1 teachers per teacher device</source>
        <translation>%1 Lehrkräfte je Dienstgerät</translation>
    </message>
    <message>
        <source>%1 % of devices within their replacement cycle</source>
        <translation>%1 % der Geräte im Austauschzyklus</translation>
    </message>
    <message>
        <source>%n support contract(s)</source>
        <translation>%n Supportvertrag</translation>
    </message>
    <message>
        <source>%1 support contracts</source>
        <translation>%1 Supportverträge</translation>
    </message>
    <message>
        <source>%n mobile device management system(s)</source>
        <translation>%n MDM-System</translation>
    </message>
    <message>
        <source>%1 mobile device management systems</source>
        <translation>%1 MDM-Systeme</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reading the minimum standards</source>
        <translation>Beim Lesen der Mindeststandards</translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>1 pupil per device</source>
        <translation>1 Schülerin oder Schüler je Gerät</translation>
    </message>
    <message>
        <source>1 teacher per teacher device</source>
        <translation>1 Lehrkraft je Dienstgerät</translation>
    </message>
</context>
<context>
    <name>NrwSchoolList</name>
    <message>
        <source>Authority %1 (to be checked)</source>
        <translation>Schulträger %1 (zu prüfen)</translation>
    </message>
    <message>
        <source>Authority %1 (%2, to be checked)</source>
        <translation>Schulträger %1 (%2, zu prüfen)</translation>
    </message>
    <message>
        <source>Created on %1 by the import of the NRW school list for an unknown Träger number. Please check the name and the kind. If its schools belong to an existing authority, give them that authority in the table of schools (filtered by this one) and then delete this entry.</source>
        <translation>Am %1 beim Import der NRW-Schulliste für eine unbekannte Trägernummer angelegt. Bitte prüfen Sie Name und Art. Gehören die Schulen zu einem vorhandenen Schulträger, tragen Sie diesen in der Tabelle der Schulen ein (nach diesem Eintrag gefiltert) und löschen Sie danach diesen Eintrag.</translation>
    </message>
</context>
<context>
    <name>OdfPackage</name>
    <message>
        <source>The file is not a ZIP archive.</source>
        <translation>Die Datei ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged.</source>
        <translation>Das ZIP-Archiv ist beschädigt.</translation>
    </message>
    <message>
        <source>The ZIP archive uses something this program cannot read (encryption, ZIP64 or another compression).</source>
        <translation>Das ZIP-Archiv nutzt etwas, das dieses Programm nicht lesen kann (Verschlüsselung, ZIP64 oder eine andere Kompression).</translation>
    </message>
    <message>
        <source>The document is too large for a ZIP archive.</source>
        <translation>Das Dokument ist zu groß für ein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be compressed.</source>
        <translation>„%1“ konnte nicht komprimiert werden.</translation>
    </message>
</context>
<context>
    <name>PastePlan</name>
    <message>
        <source>Pasted row %1</source>
        <translation>Eingefügte Zeile %1</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>Opening the database</source>
        <translation>Beim Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>The server %1 needs a password for the user &quot;%2&quot;. Please enter it, or keep it in the PostgreSQL password file %3.</source>
        <translation>Der Server %1 verlangt ein Passwort für den Benutzer „%2“. Bitte geben Sie es ein oder hinterlegen Sie es in der PostgreSQL-Passwortdatei %3.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of the user &quot;%2&quot;. Please check the password.</source>
        <translation>Der Server %1 hat das Passwort des Benutzers „%2“ nicht angenommen. Bitte prüfen Sie das Passwort.</translation>
    </message>
    <message>
        <source>The server %1 does not let the user &quot;%2&quot; in from this computer. Please ask your IT staff to allow it (pg_hba.conf).</source>
        <translation>Der Server %1 lässt den Benutzer „%2“ von diesem Computer aus nicht zu. Bitte bitten Sie Ihre IT, es zu erlauben (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server %1 offers no encrypted connection, but the chosen SSL mode requires one. Please ask your IT staff, or choose another SSL mode.</source>
        <translation>Der Server %1 bietet keine verschlüsselte Verbindung an, der gewählte SSL-Modus verlangt aber eine. Bitte fragen Sie Ihre IT oder wählen Sie einen anderen SSL-Modus.</translation>
    </message>
    <message>
        <source>The server %1 does not know the user &quot;%2&quot;.</source>
        <translation>Der Server %1 kennt den Benutzer „%2“ nicht.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server %2. Please ask your IT staff to create it (createdb).</source>
        <translation>Die Datenbank „%1“ gibt es auf dem Server %2 nicht. Bitte bitten Sie Ihre IT, sie anzulegen (createdb).</translation>
    </message>
    <message>
        <source>The connection service &quot;%1&quot; is not described in the PostgreSQL service file.</source>
        <translation>Der Verbindungsdienst „%1“ ist in der PostgreSQL-Dienstdatei nicht beschrieben.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Please check the server name and port, and whether the server is running.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar. Bitte prüfen Sie Servername und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The database server %1 refused the connection.</source>
        <translation>Der Datenbankserver %1 hat die Verbindung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>PreparedInsert</name>
    <message>
        <source>Writing to the table %1</source>
        <translation>Beim Schreiben in die Tabelle %1</translation>
    </message>
</context>
<context>
    <name>ProductDetailDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Operated by</source>
        <translation>Betrieb durch</translation>
    </message>
    <message>
        <source>Licence end</source>
        <translation>Lizenzende</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>all schools</source>
        <translation>alle Schulen</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Next licence end: %1 (%2).</source>
        <translation>Nächstes Lizenzende: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 in %2; annual cost together %3.</source>
        <translation>%1 in %2; jährliche Kosten zusammen %3.</translation>
    </message>
    <message numerus="yes">
        <source>Run by %Ln school authority(ies)</source>
        <translation>
            <numerusform>Betrieben von %Ln Schulträger</numerusform>
            <numerusform>Betrieben von %Ln Schulträgern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln installation(s)</source>
        <translation>
            <numerusform>%Ln Installation</numerusform>
            <numerusform>%Ln Installationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductUsageModel</name>
    <message>
        <source>Show the authorities, licence ends and costs of %1</source>
        <translation>Schulträger, Lizenzenden und Kosten von %1 anzeigen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jahreskosten</translation>
    </message>
</context>
<context>
    <name>QtSqlBulkWriter</name>
    <message>
        <source>Starting the import</source>
        <translation>Beim Starten des Imports</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Beim Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>Writing the imported rows</source>
        <translation>Beim Schreiben der importierten Zeilen</translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation>Beim Speichern des Imports</translation>
    </message>
</context>
<context>
    <name>RecordDefaults</name>
    <message>
        <source>New %1</source>
        <translation>%1 (neu)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>The record was deleted in the meantime.</source>
        <translation>Der Datensatz wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Change covered schools</source>
        <translation>Betreute Schulen ändern</translation>
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
        <source>%1 &quot;%2&quot; cannot be deleted because these records still refer to it: %3.</source>
        <translation>%1 „%2“ kann nicht gelöscht werden, weil diese Datensätze noch darauf verweisen: %3.</translation>
    </message>
    <message>
        <source>Saving the schools of the contract</source>
        <translation>Beim Speichern der Schulen des Vertrags</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>No %1 match the search or the filters.</source>
        <translation>Keine %1 passen zur Suche oder zu den Filtern.</translation>
    </message>
    <message>
        <source>No %1 yet. Add a record with Ctrl+N or import a list (Data menu).</source>
        <translation>Noch keine %1. Legen Sie mit Strg+N einen Datensatz an oder importieren Sie eine Liste (Menü Daten).</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1 must have exactly 6 digits, not &quot;%2&quot;.</source>
        <translation>%1 muss genau 6 Ziffern haben, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
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
        <source>%1 is not a valid date: &quot;%2&quot;.</source>
        <translation>%1 ist kein gültiges Datum: „%2“.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>„%1“ ist kein bekannter Wert für %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a record.</source>
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
        <source>%1 &quot;%2&quot; is already used by another record.</source>
        <translation>%1 „%2“ ist bereits bei einem anderen Datensatz vergeben.</translation>
    </message>
    <message>
        <source>This combination of %1 and %2 exists already.</source>
        <translation>Diese Kombination aus %1 und %2 gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 belongs to another school authority.</source>
        <translation>%1 gehört zu einem anderen Schulträger.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>ReferenceCombo</name>
    <message>
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
</context>
<context>
    <name>ReferenceResolver</name>
    <message>
        <source>Reading the %1</source>
        <translation>Beim Lesen der Tabelle %1</translation>
    </message>
    <message>
        <source>Unknown school &quot;%1&quot;: no school has this school number or name.</source>
        <translation>Unbekannte Schule „%1“: Keine Schule hat diese Schulnummer oder diesen Namen.</translation>
    </message>
    <message>
        <source>Unknown school authority &quot;%1&quot;: no authority has this name or Träger number.</source>
        <translation>Unbekannter Schulträger „%1“: Kein Schulträger hat diesen Namen oder diese Trägernummer.</translation>
    </message>
    <message>
        <source>Unknown funding program &quot;%1&quot;.</source>
        <translation>Unbekanntes Förderprogramm „%1“.</translation>
    </message>
    <message>
        <source>Unknown support contract number &quot;%1&quot;.</source>
        <translation>Unbekannte Vertragsnummer „%1“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a record.</source>
        <translation>%1: „%2“ ist kein Datensatz.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; fits more than one record. Please write a key that fits only one (the school number, the contract number or the full name).</source>
        <translation>%1: „%2“ passt zu mehr als einem Datensatz. Bitte geben Sie einen eindeutigen Schlüssel an (die Schulnummer, die Vertragsnummer oder den vollständigen Namen).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Computing the equipment per school authority</source>
        <translation>Beim Berechnen der Ausstattung je Schulträger</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Committee report: print pre&amp;view...</source>
        <translation>Ausschussbericht: &amp;Seitenansicht …</translation>
    </message>
    <message>
        <source>Committee report: &amp;print...</source>
        <translation>Ausschussbericht: &amp;Drucken …</translation>
    </message>
    <message>
        <source>Committee report as P&amp;DF...</source>
        <translation>Ausschussbericht als &amp;PDF …</translation>
    </message>
    <message>
        <source>Committee report as &amp;ODT (editable)...</source>
        <translation>Ausschussbericht als &amp;ODT (bearbeitbar) …</translation>
    </message>
    <message>
        <source>Committee report as &amp;HTML...</source>
        <translation>Ausschussbericht als &amp;HTML …</translation>
    </message>
    <message>
        <source>Shows the summary for a council committee as it will be printed.</source>
        <translation>Zeigt die Zusammenfassung für einen Ausschuss so an, wie sie gedruckt wird.</translation>
    </message>
    <message>
        <source>Saves the committee report as an OpenDocument text to edit in a word processor.</source>
        <translation>Speichert den Ausschussbericht als OpenDocument-Text zur Bearbeitung in einer Textverarbeitung.</translation>
    </message>
    <message>
        <source>Committee report</source>
        <translation>Ausschussbericht</translation>
    </message>
    <message>
        <source>Print the committee report</source>
        <translation>Ausschussbericht drucken</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden. Bitte prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Save the committee report as PDF</source>
        <translation>Ausschussbericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save the committee report as ODT</source>
        <translation>Ausschussbericht als ODT speichern</translation>
    </message>
    <message>
        <source>Save the committee report as HTML</source>
        <translation>Ausschussbericht als HTML speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>OpenDocument-Texte (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>committee-report-%1</source>
        <translation>Ausschussbericht-%1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>State of school IT</source>
        <translation>Sachstand Schul-IT</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 braucht ein Datum im Format JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>Writes the committee report as PDF, ODT or HTML.</source>
        <translation>Schreibt den Ausschussbericht als PDF, ODT oder HTML.</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt or .html.</source>
        <translation>Die zu schreibende Datei: .pdf, .odt oder .html.</translation>
    </message>
    <message>
        <source>Only this school authority (by name); repeat for several. Default: all.</source>
        <translation>Nur dieser Schulträger (nach Name); für mehrere wiederholen. Standard: alle.</translation>
    </message>
    <message>
        <source>The committee the report is for.</source>
        <translation>Der Ausschuss, für den der Bericht bestimmt ist.</translation>
    </message>
    <message>
        <source>The day of the meeting (YYYY-MM-DD).</source>
        <translation>Der Sitzungstag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The item on the agenda.</source>
        <translation>Der Tagesordnungspunkt.</translation>
    </message>
    <message>
        <source>The office that writes the report.</source>
        <translation>Die Dienststelle, die den Bericht verfasst.</translation>
    </message>
    <message>
        <source>The day the figures are counted for (YYYY-MM-DD, default today).</source>
        <translation>Der Stichtag der Zahlen (JJJJ-MM-TT, Standard: heute).</translation>
    </message>
    <message>
        <source>Contracts whose last day to cancel falls within this many months (default 6).</source>
        <translation>Verträge, deren letzter Kündigungstag innerhalb dieser Anzahl Monate liegt (Standard 6).</translation>
    </message>
    <message>
        <source>Please name the file to write with --out FILE.pdf, FILE.odt or FILE.html.</source>
        <translation>Bitte nennen Sie die zu schreibende Datei mit --out DATEI.pdf, DATEI.odt oder DATEI.html.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &quot;%1&quot;: the file name must end in .pdf, .odt or .html.</source>
        <translation>Das Format lässt sich aus „%1“ nicht erkennen: Der Dateiname muss auf .pdf, .odt oder .html enden.</translation>
    </message>
    <message>
        <source>--months needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--months braucht eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Report written to %1 in %2 s.</source>
        <translation>Bericht in %1 geschrieben (%2 s).</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%Ln page(s)) in %2 s.</source>
        <translation>
            <numerusform>Bericht in %1 geschrieben (%Ln Seite) in %2 s.</numerusform>
            <numerusform>Bericht in %1 geschrieben (%Ln Seiten) in %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Committee report</source>
        <translation>Ausschussbericht</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>Kopfdaten</translation>
    </message>
    <message>
        <source>e.g. Committee for education and schools</source>
        <translation>z. B. Ausschuss für Bildung und Schule</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Ausschuss:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Tagesordnungspunkt:</translation>
    </message>
    <message>
        <source>e.g. Central coordination office for school IT</source>
        <translation>z. B. Zentrale Koordinierungsstelle Schul-IT</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <source>The day ages and deadlines are counted from. The database holds today&apos;s inventory, so another day only moves the deadlines.</source>
        <translation>Der Tag, ab dem Alter und Fristen gerechnet werden. Die Datenbank enthält den heutigen Bestand; ein anderer Tag verschiebt daher nur die Fristen.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Data as of:</source>
        <translation>Dat&amp;enstand:</translation>
    </message>
    <message>
        <source>Not today: deadlines are counted from this day.</source>
        <translation>Nicht heute: Die Fristen werden ab diesem Tag gerechnet.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>All school authorities</source>
        <translation>Alle Schulträger</translation>
    </message>
    <message>
        <source>Only these school authorities:</source>
        <translation>Nur diese Schulträger:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Contracts to cancel &amp;within:</source>
        <translation>Kündigungstermine &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source> month</source>
        <translation> Monat</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Bericht erstellen</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Committee</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>Sitzung am</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportEquipmentSection</name>
    <message>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Devices per school authority and category</source>
        <translation>Geräte nach Schulträger und Kategorie</translation>
    </message>
    <message>
        <source>Devices in use per school authority and category</source>
        <translation>Geräte im Einsatz nach Schulträger und Kategorie</translation>
    </message>
    <message>
        <source>Devices in use per school authority and category (part %1 of %2)</source>
        <translation>Geräte im Einsatz nach Schulträger und Kategorie (Teil %1 von %2)</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Devices in use per school authority</source>
        <translation>Geräte im Einsatz nach Schulträger</translation>
    </message>
    <message>
        <source>Pupils per device</source>
        <translation>Schüler je Gerät</translation>
    </message>
    <message>
        <source>Pupil devices are PCs, notebooks and tablets in use that are not given to teachers or the administration. The target is at most %1 pupils per device.</source>
        <translation>Schülergeräte sind PCs, Notebooks und Tablets im Einsatz, die nicht Lehrkräften oder der Verwaltung zugeordnet sind. Zielwert sind höchstens %1 Schülerinnen und Schüler je Gerät.</translation>
    </message>
    <message>
        <source>Pupils per device per school authority</source>
        <translation>Schüler je Gerät nach Schulträger</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Schülerzahl</translation>
    </message>
    <message>
        <source>Pupil devices</source>
        <translation>Schülergeräte</translation>
    </message>
    <message>
        <source>Pupils per device per school, highest first</source>
        <translation>Schüler je Gerät nach Schule, höchste Werte zuerst</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Pupils per device per school</source>
        <translation>Schüler je Gerät nach Schule</translation>
    </message>
    <message>
        <source>Devices past their replacement cycle</source>
        <translation>Geräte mit überschrittenem Austauschzyklus</translation>
    </message>
    <message>
        <source>A device is past its replacement cycle when it was acquired longer ago than its category&apos;s cycle on %1. Devices without an acquisition date are not counted.</source>
        <translation>Ein Gerät hat seinen Austauschzyklus überschritten, wenn seine Anschaffung am %1 länger zurückliegt als der Zyklus seiner Kategorie. Geräte ohne Anschaffungsdatum werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Replacement cycle per device category</source>
        <translation>Austauschzyklus je Gerätekategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cycle in years</source>
        <translation>Zyklus (Jahre)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Im Einsatz</translation>
    </message>
    <message>
        <source>Of known age</source>
        <translation>Alter bekannt</translation>
    </message>
    <message>
        <source>Past the cycle</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Devices past their replacement cycle per school authority</source>
        <translation>Geräte mit überschrittenem Austauschzyklus nach Schulträger</translation>
    </message>
    <message>
        <source>Devices by acquisition year</source>
        <translation>Geräte nach Anschaffungsjahr</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in use.</source>
        <translation>
            <numerusform>%Ln Gerät im Einsatz.</numerusform>
            <numerusform>%Ln Geräte im Einsatz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln school(s) above the target or without pupil devices (marked).</source>
        <translation>
            <numerusform>%Ln Schule über dem Zielwert oder ohne Schülergeräte (markiert).</numerusform>
            <numerusform>%Ln Schulen über dem Zielwert oder ohne Schülergeräte (markiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFundingSection</name>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>No funding program has allocated a budget to the school authorities of this report.</source>
        <translation>Den Schulträgern dieses Berichts ist aus keinem Förderprogramm ein Budget zugewiesen.</translation>
    </message>
    <message>
        <source>Funding per program</source>
        <translation>Förderung nach Programm</translation>
    </message>
    <message>
        <source>Budgets per program and school authority</source>
        <translation>Budgets nach Programm und Schulträger</translation>
    </message>
    <message>
        <source>Of %1 allocated, %2 have been approved, %3 paid out and %4 spent; %5 remain to be spent.</source>
        <translation>Von %1 zugewiesenen Mitteln sind %2 bewilligt, %3 ausgezahlt und %4 verausgabt; %5 sind noch zu verausgaben.</translation>
    </message>
    <message>
        <source>Funding per program and school authority</source>
        <translation>Förderung nach Programm und Schulträger</translation>
    </message>
    <message>
        <source>Program / school authority</source>
        <translation>Programm / Schulträger</translation>
    </message>
    <message>
        <source>Allocated (€)</source>
        <translation>Zugewiesen (€)</translation>
    </message>
    <message>
        <source>Approved (€)</source>
        <translation>Bewilligt (€)</translation>
    </message>
    <message>
        <source>Paid out (€)</source>
        <translation>Ausgezahlt (€)</translation>
    </message>
    <message>
        <source>Spent (€)</source>
        <translation>Verausgabt (€)</translation>
    </message>
    <message>
        <source>Remaining (€)</source>
        <translation>Restmittel (€)</translation>
    </message>
    <message>
        <source>Program total</source>
        <translation>Summe Programm</translation>
    </message>
    <message>
        <source>Total of all programs</source>
        <translation>Summe aller Programme</translation>
    </message>
    <message>
        <source>Remaining: allocated but not yet spent.</source>
        <translation>Restmittel: zugewiesen, aber noch nicht verausgabt.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Deadlines of the funding programs</source>
        <translation>Fristen der Förderprogramme</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Spend by</source>
        <translation>Verausgabung bis</translation>
    </message>
    <message>
        <source>Proof of use by</source>
        <translation>Verwendungsnachweis bis</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Marked: the next deadline of each program. The next of all is on %1 (%2).</source>
        <translation>Markiert: die nächste Frist jedes Programms. Die nächste Frist insgesamt ist am %1 (%2).</translation>
    </message>
    <message>
        <source>All deadlines of these programs have passed.</source>
        <translation>Alle Fristen dieser Programme sind abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportGenerator</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the report could not be laid out.</source>
        <translation>„%1“ kann nicht geschrieben werden: Das Layout des Berichts konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The report has not been prepared.</source>
        <translation>Der Bericht wurde noch nicht vorbereitet.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot; as an OpenDocument text.</source>
        <translation>„%1“ kann nicht als OpenDocument-Text geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReportKeyFiguresSection</name>
    <message>
        <source>%1 of the allocated budget</source>
        <translation>%1 des zugewiesenen Budgets</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>The figures describe the state on %1 for: %2.</source>
        <translation>Die Zahlen beschreiben den Stand am %1 für: %2.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Schülerzahl</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Geräte im Einsatz</translation>
    </message>
    <message>
        <source>Pupil devices (PC, notebook, tablet)</source>
        <translation>Schülergeräte (PC, Notebook, Tablet)</translation>
    </message>
    <message>
        <source>Pupils per pupil device</source>
        <translation>Schüler je Schülergerät</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>Devices past their replacement cycle</source>
        <translation>Geräte mit überschrittenem Austauschzyklus</translation>
    </message>
    <message>
        <source>%1 of %2 devices of known age</source>
        <translation>%1 der %2 Geräte mit bekanntem Alter</translation>
    </message>
    <message>
        <source>Funding allocated</source>
        <translation>Fördermittel zugewiesen</translation>
    </message>
    <message>
        <source>Funding approved</source>
        <translation>Fördermittel bewilligt</translation>
    </message>
    <message>
        <source>Funding paid out</source>
        <translation>Fördermittel ausgezahlt</translation>
    </message>
    <message>
        <source>Funding spent</source>
        <translation>Fördermittel verausgabt</translation>
    </message>
    <message>
        <source>Support contracts in force</source>
        <translation>Laufende Supportverträge</translation>
    </message>
    <message>
        <source>annual cost %1</source>
        <translation>Jahreskosten %1</translation>
    </message>
    <message numerus="yes">
        <source>Contracts with a last day to cancel in the next %n month(s)</source>
        <translation>
            <numerusform>Verträge mit letztem Kündigungstag innerhalb von %n Monat</numerusform>
            <numerusform>Verträge mit letztem Kündigungstag in den nächsten %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>the first on %1</source>
        <translation>der erste am %1</translation>
    </message>
    <message>
        <source>Marked values need attention: more pupils per device than the target, or contracts that must be cancelled soon if they are not to renew.</source>
        <translation>Markierte Werte erfordern Aufmerksamkeit: mehr Schülerinnen und Schüler je Gerät als der Zielwert oder Verträge, die bald gekündigt werden müssen, wenn sie sich nicht verlängern sollen.</translation>
    </message>
</context>
<context>
    <name>ReportOdtFinisher</name>
    <message>
        <source>The page layout and the table headers could not be added to the OpenDocument text.</source>
        <translation>Seitenformat und Tabellenköpfe konnten dem OpenDocument-Text nicht hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>ReportStandardsSection</name>
    <message>
        <source>Common minimum standards</source>
        <translation>Gemeinsame Mindeststandards</translation>
    </message>
    <message>
        <source>No common minimum standard has been agreed in the program yet.</source>
        <translation>Im Programm ist noch kein gemeinsamer Mindeststandard vereinbart.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agreed minimum standard(s) are met by every school they apply to. A school without the figures a standard needs counts as not meeting it in the share.</source>
        <translation>
            <numerusform>%1 von %n vereinbarten Mindeststandard wird von jeder Schule erfüllt, für die er gilt. Eine Schule ohne die nötigen Angaben zählt im Anteil als nicht erfüllt.</numerusform>
            <numerusform>%1 von %n vereinbarten Mindeststandards werden von jeder Schule erfüllt, für die sie gelten. Eine Schule ohne die nötigen Angaben zählt im Anteil als nicht erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schools meeting each minimum standard</source>
        <translation>Schulen, die die einzelnen Mindeststandards erfüllen</translation>
    </message>
    <message>
        <source>Minimum standard</source>
        <translation>Mindeststandard</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Angaben</translation>
    </message>
    <message>
        <source>Share met</source>
        <translation>Anteil erfüllt</translation>
    </message>
    <message>
        <source>Marked: schools that do not meet the standard.</source>
        <translation>Markiert: Schulen, die den Standard nicht erfüllen.</translation>
    </message>
    <message>
        <source>The gaps in numbers</source>
        <translation>Die Lücken in Zahlen</translation>
    </message>
    <message>
        <source>What is missing to meet the minimum standards</source>
        <translation>Was zur Erfüllung der Mindeststandards fehlt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Per school authority</source>
        <translation>Je Schulträger</translation>
    </message>
    <message>
        <source>Minimum standards per school authority</source>
        <translation>Mindeststandards je Schulträger</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Met by all schools</source>
        <translation>Von allen Schulen erfüllt</translation>
    </message>
    <message>
        <source>Missed by a school</source>
        <translation>Von einer Schule verfehlt</translation>
    </message>
    <message>
        <source>Figures missing</source>
        <translation>Angaben fehlen</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Share of schools meeting each minimum standard</source>
        <translation>Anteil der Schulen, die die einzelnen Mindeststandards erfüllen</translation>
    </message>
</context>
<context>
    <name>ReportSupportSection</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message numerus="yes">
        <source>Contracts to cancel in the next %n month(s)</source>
        <translation>
            <numerusform>Verträge mit Kündigungstermin innerhalb von %n Monat</numerusform>
            <numerusform>Verträge mit Kündigungstermin in den nächsten %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>No support contract has its last day to cancel between %1 and %2.</source>
        <translation>Kein Supportvertrag hat seinen letzten Kündigungstag zwischen dem %1 und dem %2.</translation>
    </message>
    <message>
        <source>Support contracts with a last day to cancel by %1</source>
        <translation>Supportverträge mit letztem Kündigungstag bis %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>School authority</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>Deadlines of the support contracts</source>
        <translation>Fristen der Supportverträge</translation>
    </message>
    <message>
        <source>Annual cost of support</source>
        <translation>Jahreskosten für Support</translation>
    </message>
    <message>
        <source>Annual cost per vendor</source>
        <translation>Jahreskosten nach Dienstleister</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Annual cost per school authority</source>
        <translation>Jahreskosten nach Schulträger</translation>
    </message>
    <message>
        <source>Annual cost of support contracts</source>
        <translation>Jahreskosten der Supportverträge</translation>
    </message>
    <message numerus="yes">
        <source>A contract that is not cancelled by its last day to cancel renews itself. %Ln contract(s) have that day between %1 and %2.</source>
        <translation>
            <numerusform>Ein Vertrag, der nicht bis zu seinem letzten Kündigungstag gekündigt wird, verlängert sich. Bei %Ln Vertrag liegt dieser Tag zwischen dem %1 und dem %2.</numerusform>
            <numerusform>Ein Vertrag, der nicht bis zu seinem letzten Kündigungstag gekündigt wird, verlängert sich. Bei %Ln Verträgen liegt dieser Tag zwischen dem %1 und dem %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked: last day to cancel within %Ln day(s).</source>
        <translation>
            <numerusform>Markiert: letzter Kündigungstag innerhalb von %Ln Tag.</numerusform>
            <numerusform>Markiert: letzter Kündigungstag innerhalb von %Ln Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln support contract(s) in force cost %1 a year.</source>
        <translation>
            <numerusform>%Ln laufender Supportvertrag kostet %1 im Jahr.</numerusform>
            <numerusform>%Ln laufende Supportverträge kosten %1 im Jahr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSystemsSection</name>
    <message>
        <source>Systems inventory</source>
        <translation>Bestandsaufnahme der Systeme</translation>
    </message>
    <message>
        <source>No system has been recorded for the school authorities of this report yet.</source>
        <translation>Für die Schulträger dieses Berichts ist noch kein System erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n school authority(ies) have recorded %1 systems of %2 products, from the firewall to the learning platform; recorded annual cost together %3. %4 of the products are run by more than one authority: candidates for joint procurement and support.</source>
        <translation>
            <numerusform>%n Schulträger hat %1 Systeme von %2 Produkten erfasst, von der Firewall bis zur Lernplattform; erfasste Jahreskosten zusammen %3. %4 der Produkte betreibt mehr als ein Schulträger: Kandidaten für gemeinsame Beschaffung und Betreuung.</numerusform>
            <numerusform>%n Schulträger haben %1 Systeme von %2 Produkten erfasst, von der Firewall bis zur Lernplattform; erfasste Jahreskosten zusammen %3. %4 der Produkte betreibt mehr als ein Schulträger: Kandidaten für gemeinsame Beschaffung und Betreuung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Products per category (number of school authorities)</source>
        <translation>Produkte je Kategorie (Anzahl der Schulträger)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Products several authorities share</source>
        <translation>Produkte, die mehrere Schulträger gemeinsam nutzen</translation>
    </message>
    <message>
        <source>Products run by more than one school authority</source>
        <translation>Produkte, die mehr als ein Schulträger betreibt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Schulträger</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>No product is run by more than one school authority of this report.</source>
        <translation>Kein Produkt wird von mehr als einem Schulträger dieses Berichts betrieben.</translation>
    </message>
    <message>
        <source>Products by the number of school authorities using them</source>
        <translation>Produkte nach Zahl der nutzenden Schulträger</translation>
    </message>
</context>
<context>
    <name>RoleAdmin</name>
    <message>
        <source>Setting up the roles</source>
        <translation>Beim Einrichten der Rollen</translation>
    </message>
    <message>
        <source>Roles exist only in a shared PostgreSQL database; a SQLite file is protected by the file permissions of its folder.</source>
        <translation>Rollen gibt es nur in einer gemeinsamen PostgreSQL-Datenbank; eine SQLite-Datei ist durch die Dateirechte ihres Ordners geschützt.</translation>
    </message>
    <message>
        <source>The database has no Schul-IT schema yet. Open it once with this program, then set up the roles.</source>
        <translation>Die Datenbank hat noch kein Schul-IT-Schema. Öffnen Sie sie einmal mit diesem Programm und richten Sie dann die Rollen ein.</translation>
    </message>
    <message>
        <source>Setting up the rights on the table %1</source>
        <translation>Beim Einrichten der Rechte für die Tabelle %1</translation>
    </message>
    <message>
        <source>read by everyone, changed by program updates only</source>
        <translation>für alle lesbar, nur durch Programm-Updates geändert</translation>
    </message>
    <message>
        <source>read by everyone, new rows under the writer&apos;s own name only</source>
        <translation>für alle lesbar, neue Zeilen nur unter dem eigenen Namen</translation>
    </message>
    <message>
        <source>changed by the county office only</source>
        <translation>nur durch die Koordinierungsstelle des Kreises geändert</translation>
    </message>
    <message>
        <source>coordinators change the rows of their own authority (by %1)</source>
        <translation>die IT-Koordination ändert die Zeilen des eigenen Schulträgers (über %1)</translation>
    </message>
    <message>
        <source>Roles exist only in a shared PostgreSQL database.</source>
        <translation>Rollen gibt es nur in einer gemeinsamen PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>An authority coordinator needs the school authority it works for.</source>
        <translation>Für die IT-Koordination muss der Schulträger angegeben werden, für den sie arbeitet.</translation>
    </message>
    <message>
        <source>Giving &quot;%1&quot; a role</source>
        <translation>Beim Vergeben einer Rolle an „%1“</translation>
    </message>
    <message>
        <source>The server knows no user &quot;%1&quot;. Please create the login first, e.g. with: createuser --pwprompt %1</source>
        <translation>Der Server kennt keinen Benutzer „%1“. Bitte legen Sie die Anmeldung zuerst an, z. B. mit: createuser --pwprompt %1</translation>
    </message>
    <message>
        <source>The Schul-IT roles do not exist yet. Please run: schulit admin init-roles --database URL</source>
        <translation>Die Schul-IT-Rollen gibt es noch nicht. Bitte führen Sie aus: schulit admin init-roles --database URL</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>Reading the list of tables</source>
        <translation>Beim Lesen der Tabellenliste</translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a circle; they cannot be copied one after another.</source>
        <translation>Die Tabellen %1 verweisen im Kreis aufeinander; sie können nicht nacheinander kopiert werden.</translation>
    </message>
</context>
<context>
    <name>SchoolChecklist</name>
    <message>
        <source>Find a school</source>
        <translation>Schule suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) covered</source>
        <translation>
            <numerusform>%n Schule betreut</numerusform>
            <numerusform>%n Schulen betreut</numerusform>
        </translation>
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
<context>
    <name>SqliteBackup</name>
    <message>
        <source>Backing up &quot;%1&quot;</source>
        <translation>Beim Sichern von „%1“</translation>
    </message>
    <message>
        <source>%1: the SQLite library of this system (version %2) is too old for a backup while the database is in use; version 3.27 or later is needed.</source>
        <translation>%1: Die SQLite-Bibliothek dieses Systems (Version %2) ist zu alt für eine Sicherung während des Betriebs; nötig ist Version 3.27 oder neuer.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Die Datenbank „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst ersetzen. Bitte wählen Sie eine andere Zieldatei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already. Choose another file, or allow replacing it.</source>
        <translation>„%1“ gibt es schon. Wählen Sie eine andere Datei oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <source>%1: the copy failed its check and was deleted.</source>
        <translation>%1: Die Kopie hat die Prüfung nicht bestanden und wurde gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be replaced.</source>
        <translation>„%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The backup cannot be written to &quot;%1&quot;.</source>
        <translation>Die Sicherung kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the file is not a Schul-IT database.</source>
        <translation>%1: Die Datei ist keine Schul-IT-Datenbank.</translation>
    </message>
</context>
<context>
    <name>SqliteBulkWriter</name>
    <message>
        <source>Starting the import</source>
        <translation>Beim Starten des Imports</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Beim Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>Writing the imported rows</source>
        <translation>Beim Schreiben der importierten Zeilen</translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation>Beim Speichern des Imports</translation>
    </message>
</context>
<context>
    <name>StandardsCompliance</name>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>entfällt</translation>
    </message>
</context>
<context>
    <name>StandardsComplianceWidget</name>
    <message>
        <source>Per school</source>
        <translation>Je Schule</translation>
    </message>
    <message>
        <source>Per school authority</source>
        <translation>Je Schulträger</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Where the schools stand against each standard:</source>
        <translation>So stehen die Schulen bei den einzelnen Standards:</translation>
    </message>
    <message>
        <source>Traffic lights and gaps</source>
        <translation>Ampel und Lücken</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>No minimum standard is defined yet. Add them in the table of minimum standards.</source>
        <translation>Es ist noch kein Mindeststandard festgelegt. Legen Sie Mindeststandards in der Tabelle „Mindeststandards“ an.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Summing up the contract costs</source>
        <translation>Beim Summieren der Vertragskosten</translation>
    </message>
    <message>
        <source>Reading the support contracts</source>
        <translation>Beim Lesen der Supportverträge</translation>
    </message>
    <message>
        <source>Counting the devices by age</source>
        <translation>Beim Zählen der Geräte nach Alter</translation>
    </message>
    <message>
        <source>Counting the devices per school authority</source>
        <translation>Beim Zählen der Geräte je Schulträger</translation>
    </message>
    <message>
        <source>All school authorities</source>
        <translation>Alle Schulträger</translation>
    </message>
    <message>
        <source>as of the end of %1</source>
        <translation>zum Jahresende %1</translation>
    </message>
    <message>
        <source>Reading the filter choices</source>
        <translation>Beim Lesen der Filterauswahl</translation>
    </message>
    <message>
        <source>Summing up the funding programs</source>
        <translation>Beim Summieren der Förderprogramme</translation>
    </message>
    <message>
        <source>Computing the key figures</source>
        <translation>Beim Berechnen der Kennzahlen</translation>
    </message>
    <message>
        <source>Computing pupils per device</source>
        <translation>Beim Berechnen der Schüler je Gerät</translation>
    </message>
    <message>
        <source>Computing the minimum standards</source>
        <translation>Beim Auswerten der Mindeststandards</translation>
    </message>
    <message>
        <source>Comparing the systems of the authorities</source>
        <translation>Beim Vergleichen der Systeme der Schulträger</translation>
    </message>
</context>
<context>
    <name>StatisticsFilterBar</name>
    <message>
        <source>All school authorities</source>
        <translation>Alle Schulträger</translation>
    </message>
    <message>
        <source>All school types</source>
        <translation>Alle Schulformen</translation>
    </message>
    <message>
        <source>Show the state at the end of this year: devices acquired by then, ages and deadlines counted from 31 December.</source>
        <translation>Den Stand am Ende dieses Jahres zeigen: bis dahin angeschaffte Geräte; Alter und Fristen ab dem 31. Dezember gerechnet.</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>School &amp;authorities:</source>
        <translation>Schul&amp;träger:</translation>
    </message>
    <message>
        <source>School &amp;types:</source>
        <translation>Schul&amp;formen:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>Ende %1</translation>
    </message>
</context>
<context>
    <name>StatisticsSettingsDialog</name>
    <message>
        <source>Settings of the figures</source>
        <translation>Einstellungen der Kennzahlen</translation>
    </message>
    <message>
        <source>Replacement cycle (years in use before a device is due for replacement)</source>
        <translation>Austauschzyklus (Nutzungsjahre, bis ein Gerät ersetzt werden soll)</translation>
    </message>
    <message>
        <source>no cycle</source>
        <translation>kein Zyklus</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Targets and warnings</source>
        <translation>Zielwerte und Warnungen</translation>
    </message>
    <message>
        <source>Target pupils per &amp;device:</source>
        <translation>Ziel: Schüler je &amp;Gerät:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn of a &amp;last day to cancel within:</source>
        <translation>Vor dem &amp;letzten Kündigungstag warnen innerhalb von:</translation>
    </message>
</context>
<context>
    <name>SystemsOverviewWidget</name>
    <message>
        <source>Systems belong to school authorities: only the choice of authorities narrows them.</source>
        <translation>Systeme gehören zu Schulträgern: Nur die Auswahl der Schulträger grenzt sie ein.</translation>
    </message>
    <message>
        <source>Click a cell to see a product&apos;s authorities, licence ends and costs.</source>
        <translation>Klicken Sie auf eine Zelle, um Schulträger, Lizenzenden und Kosten eines Produkts zu sehen.</translation>
    </message>
    <message>
        <source>Double-click a product, or click its name, to see its details.</source>
        <translation>Doppelklicken Sie auf ein Produkt oder klicken Sie auf seinen Namen, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Authorities and categories</source>
        <translation>Schulträger und Kategorien</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>TableEdits</name>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz duplizieren</numerusform>
            <numerusform>%n Datensätze duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>In %n Zelle einfügen</numerusform>
            <numerusform>In %n Zellen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowFeatures</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Import CSV</source>
        <translation>CSV &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Committee &amp;report</source>
        <translation>Ausschuss&amp;bericht</translation>
    </message>
    <message>
        <source>Systems in common</source>
        <translation>Gemeinsame Systeme</translation>
    </message>
    <message>
        <source>Standards compliance</source>
        <translation>Erfüllung der Standards</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be replaced; is it open in Excel?</source>
        <translation>„%1“ kann nicht ersetzt werden. Ist die Datei noch in Excel geöffnet? Bitte schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
