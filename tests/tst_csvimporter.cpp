// SPDX-License-Identifier: EUPL-1.2
#include "auditlog.h"
#include "changenotifier.h"
#include "csvimporter.h"
#include "entitycatalog.h"
#include "importaudit.h"
#include "importfixture.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ImportFixture;

namespace {
// Tables and indexes with their statements: what an import sets aside must come back.
QStringList schema(Database &database)
{
    QStringList list;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")))
        return {QStringLiteral("query failed")};
    while (query.next())
        list << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ')
                    + query.value(2).toString();
    return list;
}
} // namespace

// The import as a whole: values land as written, nothing is written while any row has a
// problem (unless only the valid rows are asked for), re-imports update, and a cancel or
// a failure leaves the database file exactly as it was.
class TestCsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void init();
    void cleanup();
    void importsValuesAsWritten_data();
    void importsValuesAsWritten();
    void oneBadRowAmongThousand_data();
    void oneBadRowAmongThousand();
    void dryRunWritesNothing();
    void reimportUpdates();
    void emptyAmountOfAllocation_data();
    void emptyAmountOfAllocation();
    void cancelLeavesDatabaseUnchanged_data();
    void cancelLeavesDatabaseUnchanged();
    void failureLeavesDatabaseUnchanged();
    void badFileLeavesDatabaseUnchanged();
    void wrongTable();
    void indexesSurviveBulkImport();
    void auditSnapshotEqualsAuditLog();
    void announcesChangesAfterCommit();

private:
    ImportResult import(const QByteArray &csv, const ImportOptions &options = {},
                        const CsvImporter::Progress &progress = {}, const QString &table = QStringLiteral("devices"));
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    Ids m_ids;
};

void TestCsvImporter::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_ids = load(m_db->db());
    QVERIFY(m_ids.county != 0);
}

void TestCsvImporter::cleanup()
{
    m_db.reset();
}

ImportResult TestCsvImporter::import(const QByteArray &csv, const ImportOptions &options,
                                     const CsvImporter::Progress &progress, const QString &table)
{
    const QString path = writeFile(m_db->folder(), QStringLiteral("import.csv"), csv);
    return CsvImporter(m_db->db(), *EntityCatalog::byCommandName(table)).run(path, options, progress);
}

void TestCsvImporter::importsValuesAsWritten_data()
{
    QTest::addColumn<bool>("portable");
    QTest::newRow("SQLite writer") << false;
    QTest::newRow("portable Qt SQL writer") << true;
}

void TestCsvImporter::importsValuesAsWritten()
{
    QFETCH(bool, portable);
    const QByteArray csv = "\xEF\xBB\xBF" "Inventar-Nr.;Gerätetyp;Hersteller;Schule;Raum;Zustand;Kaufdatum;Kaufpreis;"
                           "Garantie bis;Förderung;Vertrag;Nutzergruppe\r\n"
                           "N-1;Notebook;Dell;194905;\"R 1; Süd\";Im Einsatz;01.03.2024;1.234,56 €;2027-02-28;"
                           "DigitalPakt Schule;SV-2024-001;teachers\r\n"
                           "N-2;tablet;;Gymnasium St. Laurentius;;in_stock;;;;;;\r\n";
    ImportOptions options;
    options.portableWriter = portable;
    const ImportResult result = import(csv, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.written);
    QVERIFY(result.isComplete());
    QCOMPARE(result.added, qint64(2));
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Utf8WithBom);
    const QStringList rows = dump(m_db->db(), QStringLiteral("device"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), QStringLiteral("1|N-1|notebook|Dell|NULL|NULL|%1|R 1; Süd|teachers|in_use|2024-03-01|123456|2027-02-28|%2|%3|1")
                             .arg(m_ids.gymnasium).arg(m_ids.program).arg(m_ids.contract));
    QCOMPARE(rows.at(1), QStringLiteral("2|N-2|tablet|NULL|NULL|NULL|%1|NULL|NULL|in_stock|NULL|NULL|NULL|NULL|NULL|1")
                             .arg(m_ids.gymnasium));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'device' "
                                                            "AND action = 'insert'")).toInt(), 2);
}

void TestCsvImporter::oneBadRowAmongThousand_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("badRow");
    QTest::newRow("1,000 rows, row 500 bad") << 1000 << 500;
    // Thousands of rows are written ahead while the file is read (and the indexes set
    // aside) before the bad row near the end turns up: all of it must roll back.
    QTest::newRow("12,000 rows, row 11,990 bad") << 12000 << 11990;
}

void TestCsvImporter::oneBadRowAmongThousand()
{
    QFETCH(int, rows);
    QFETCH(int, badRow);
    const QByteArray badNumber = "INV-" + QByteArray::number(badRow).rightJustified(5, '0');
    QByteArray csv = devicesHeader();
    for (int n = 1; n <= rows; ++n)
        csv += n == badRow ? badNumber + ";Notebook;Dell;194905;in_use;31.02.2024;10,00;;;\n" : deviceRow(n);
    const QByteArray before = fileState(m_db->path());
    const QStringList schemaBefore = schema(m_db->db());
    const ImportResult refused = import(csv);
    QCOMPARE(refused.rowsRead, qint64(rows));
    QCOMPARE(refused.invalidRows, qint64(1));
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().line, qint64(badRow + 1));
    QCOMPARE(refused.problems.first().column, QStringLiteral("Anschaffungsdatum"));
    QVERIFY(!refused.written);
    QVERIFY(!refused.isComplete());
    QCOMPARE(fileState(m_db->path()), before);
    QCOMPARE(schema(m_db->db()), schemaBefore);

    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    const ImportResult partial = import(csv, onlyValid);
    QVERIFY(partial.written);
    QVERIFY(!partial.isComplete());
    QCOMPARE(partial.added, qint64(rows - 1));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(), rows - 1);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device WHERE inventory_number = '%1'")
                                                .arg(QString::fromLatin1(badNumber))).toInt(), 0);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'device'")).toInt(),
             rows - 1);
    QCOMPARE(schema(m_db->db()), schemaBefore);
}

void TestCsvImporter::dryRunWritesNothing()
{
    const QByteArray before = fileState(m_db->path());
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const ImportResult result = import(devicesHeader() + deviceRow(1) + deviceRow(2), dryRun);
    QVERIFY(result.isComplete());
    QVERIFY(!result.written);
    QCOMPARE(result.added, qint64(2));
    QCOMPARE(fileState(m_db->path()), before);
}

void TestCsvImporter::reimportUpdates()
{
    QVERIFY(import(devicesHeader() + deviceRow(1) + deviceRow(2) + deviceRow(3)).written);
    const int auditBefore = TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QByteArray changed = deviceRow(2);
    changed.replace("Dell", "Lenovo");
    const ImportResult result = import(devicesHeader() + deviceRow(1) + changed + deviceRow(3) + deviceRow(4));
    QVERIFY(result.isComplete());
    QCOMPARE(result.added, qint64(1));
    QCOMPARE(result.updated, qint64(1));
    QCOMPARE(result.unchanged, qint64(2));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(), 4);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT manufacturer || ' ' || row_version FROM device "
                                                            "WHERE inventory_number = 'INV-00002'")).toString(),
             QStringLiteral("Lenovo 2"));
    QSqlQuery audit(m_db->db().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT action, field, old_value, new_value FROM audit_log WHERE id > %1 ORDER BY id").arg(auditBefore)));
    QStringList rows;
    while (audit.next())
        rows << QStringLiteral("%1 %2 %3 %4").arg(audit.value(0).toString(), audit.value(1).toString(),
                                                  audit.value(2).toString(), audit.value(3).toString().left(12));
    QCOMPARE(rows, (QStringList{"update manufacturer Dell Lenovo", "insert   {\"acquired_o"}));

    // Only some columns: the others keep their values.
    const ImportResult rooms = import("Inventarnummer;Raum\nINV-00001;A 101\n");
    QCOMPARE(rooms.updated, qint64(1));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT room || '/' || manufacturer FROM device "
                                                            "WHERE inventory_number = 'INV-00001'")).toString(),
             QStringLiteral("A 101/Dell"));
}

void TestCsvImporter::emptyAmountOfAllocation_data()
{
    QTest::addColumn<bool>("portable");
    QTest::addColumn<QByteArray>("before"); // "Beantragt" of an earlier import; empty: none
    QTest::newRow("new allocation") << false << QByteArray();
    QTest::newRow("re-import of an export") << false << QByteArray("500,00");
    QTest::newRow("re-import, portable writer") << true << QByteArray("500,00");
}

// "Beantragt" is NOT NULL DEFAULT 0 and not required: an empty cell means 0, for a new
// allocation as for one the file updates, never a failed constraint.
void TestCsvImporter::emptyAmountOfAllocation()
{
    QFETCH(bool, portable);
    QFETCH(QByteArray, before);
    const QByteArray header = "Förderprogramm;Schulträger;Zugewiesen;Beantragt;Bewilligt\n";
    const QString allocations = QStringLiteral("allocations");
    ImportOptions options;
    options.portableWriter = portable;
    if (!before.isEmpty()) {
        const ImportResult first = import(header + "DigitalPakt Schule;Kreis Coesfeld;1.000,00;" + before + ";200,00\n",
                                          options, {}, allocations);
        QVERIFY2(first.isComplete(), qPrintable(first.summary()));
    }
    const ImportResult result = import(header + "DigitalPakt Schule;Kreis Coesfeld;1.000,00;;200,00\n", options, {},
                                       allocations);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY2(result.isComplete(), qPrintable(result.summary()));
    QCOMPARE(result.added + result.updated, qint64(1));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT applied_cents || '/' || approved_cents || '/' || "
                                                            "allocated_cents FROM allocation")).toString(),
             QStringLiteral("0/20000/100000"));
}

void TestCsvImporter::cancelLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<CsvImporter::Phase>("phase");
    QTest::addColumn<bool>("portableWriter");
    // SQLite's writer writes while the file is read, the portable one afterwards.
    QTest::newRow("while reading") << CsvImporter::Phase::Reading << false;
    QTest::newRow("while writing") << CsvImporter::Phase::Writing << false;
    QTest::newRow("while writing, portable writer") << CsvImporter::Phase::Writing << true;
}

void TestCsvImporter::cancelLeavesDatabaseUnchanged()
{
    QFETCH(CsvImporter::Phase, phase);
    QFETCH(bool, portableWriter);
    QByteArray csv = devicesHeader();
    for (int n = 1; n <= 5000; ++n)
        csv += deviceRow(n);
    const QByteArray before = fileState(m_db->path());
    const QStringList devicesBefore = dump(m_db->db(), QStringLiteral("audit_log"));
    ImportOptions options;
    options.portableWriter = portableWriter;
    int calls = 0;
    const ImportResult result = import(csv, options, [&](CsvImporter::Phase now, qint64 done, qint64) {
        return !(now == phase && done > 0 && ++calls == 1);
    });
    QVERIFY(result.cancelled);
    QVERIFY(!result.written);
    QCOMPARE(fileState(m_db->path()), before);
    QCOMPARE(dump(m_db->db(), QStringLiteral("audit_log")), devicesBefore);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(), 0);
}

void TestCsvImporter::failureLeavesDatabaseUnchanged()
{
    QSqlQuery trigger(m_db->db().connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON device WHEN NEW.inventory_number = 'INV-00700' "
                                        "BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    QByteArray csv = devicesHeader();
    for (int n = 1; n <= 1000; ++n)
        csv += deviceRow(n);
    const QByteArray before = fileState(m_db->path());
    const ImportResult result = import(csv);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.error.contains(QLatin1String("boom")));
    QVERIFY(!result.written);
    QCOMPARE(fileState(m_db->path()), before);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(), 0);
}

void TestCsvImporter::badFileLeavesDatabaseUnchanged()
{
    const QByteArray before = fileState(m_db->path());
    QByteArray csv = devicesHeader();
    for (int n = 1; n <= 300; ++n)
        csv += deviceRow(n);
    csv += "INV-99999;\"Notebook;Dell\n";
    const ImportResult result = import(csv);
    QVERIFY(result.error.contains(QLatin1String("import.csv")));
    QVERIFY(result.error.contains(QLatin1String("302")));
    QCOMPARE(fileState(m_db->path()), before);
}

void TestCsvImporter::wrongTable()
{
    const ImportResult result = import("Vertragsnummer;Dienstleister;Beginn\nX;Y;01.01.2024\n");
    QVERIFY(!result.written);
    QVERIFY2(result.error.contains(EntityCatalog::spec(EntityKind::SupportContract).plural()), qPrintable(result.error));
    const ImportResult nrw = import(TestSupport::fileBytes(TestSupport::dataFile(QStringLiteral("schuldaten-nrw-excerpt.csv"))));
    QVERIFY(nrw.nrwSchoolList);
    QVERIFY(nrw.error.contains(EntityCatalog::spec(EntityKind::School).plural()));
    ImportOptions region;
    region.regionPrefix = QStringLiteral("05558");
    QVERIFY(!import(devicesHeader() + deviceRow(1), region).error.isEmpty());
}

void TestCsvImporter::indexesSurviveBulkImport()
{
    // A big import builds the indexes once at the end instead of row by row; afterwards
    // (and after a cancel) the schema is as it was.
    auto indexes = [this] { return schema(m_db->db()); };
    const QStringList before = indexes();
    QVERIFY(before.join(QLatin1Char(' ')).contains(QLatin1String("index idx_device_school")));
    QByteArray csv = devicesHeader();
    for (int n = 1; n <= 6000; ++n)
        csv += deviceRow(n);
    bool cancelled = false;
    const ImportResult stopped = import(csv, {}, [&cancelled](CsvImporter::Phase phase, qint64 done, qint64) {
        cancelled = phase == CsvImporter::Phase::Writing && done >= 3000;
        return !cancelled;
    });
    QVERIFY(stopped.cancelled);
    QCOMPARE(indexes(), before);
    const ImportResult result = import(csv);
    QVERIFY(result.written);
    QCOMPARE(result.added, qint64(6000));
    QCOMPARE(indexes(), before);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // The rebuilt index answers: devices of the school.
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device INDEXED BY idx_device_school "
                                                            "WHERE school_id = %1").arg(m_ids.gymnasium)).toInt(), 6000);
}

void TestCsvImporter::auditSnapshotEqualsAuditLog()
{
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
    QList<QVariant> values(devices.fields.size());
    values[devices.fieldIndex(QStringLiteral("inventory_number"))] = QStringLiteral("Ä \"1\"\n\\ €\t\x01");
    values[devices.fieldIndex(QStringLiteral("price_cents"))] = qint64(123456);
    values[devices.fieldIndex(QStringLiteral("school_id"))] = qint64(7);
    values[devices.fieldIndex(QStringLiteral("acquired_on"))] = QStringLiteral("2024-03-01");
    QVariantMap map;
    for (int i = 0; i < values.size(); ++i)
        map.insert(devices.fields.at(i).column, values.at(i));
    QCOMPARE(ImportAudit::snapshot(devices, values), AuditLog::snapshot(map));
    const EntitySpec &authorities = EntityCatalog::spec(EntityKind::Authority);
    QList<QVariant> authority(authorities.fields.size());
    authority[authorities.fieldIndex(QStringLiteral("it_staff_fte"))] = 2.75;
    authority[authorities.fieldIndex(QStringLiteral("name"))] = QStringLiteral("Kreis");
    QVariantMap authorityMap{{QStringLiteral("it_staff_fte"), 2.75}, {QStringLiteral("name"), QStringLiteral("Kreis")}};
    QCOMPARE(ImportAudit::snapshot(authorities, authority), AuditLog::snapshot(authorityMap));
}

void TestCsvImporter::announcesChangesAfterCommit()
{
    QSignalSpy spy(m_db->db().notifier(), &ChangeNotifier::tableChanged);
    ImportOptions dryRun;
    dryRun.dryRun = true;
    import(devicesHeader() + deviceRow(1), dryRun);
    QCOMPARE(spy.count(), 0);
    QVERIFY(import(devicesHeader() + deviceRow(1)).written);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("device"));
    import(devicesHeader() + deviceRow(1));
    QCOMPARE(spy.count(), 1); // unchanged: nothing to announce
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
