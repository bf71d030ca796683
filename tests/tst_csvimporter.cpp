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
    void reimportContractsWithSchools_data();
    void reimportContractsWithSchools();
    void badSchoolNumberLeavesDatabaseUnchanged_data();
    void badSchoolNumberLeavesDatabaseUnchanged();
    void contractsWithoutSchoolsColumnKeepLinks();

private:
    // Two more schools of the county and a second contract covering the first two of its
    // three schools; SV-2024-001 covers 194905 and 194906.
    void addCoveredSchools();
    // "SV-2024-001: 194905, 194906" per contract with schools, by contract number.
    QStringList coverage();
    qint64 m_school6 = 0; // 194906
    qint64 m_school7 = 0; // 194907

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

void TestCsvImporter::oneBadRowAmongThousand()
{
    QByteArray csv = devicesHeader();
    for (int n = 1; n <= 1000; ++n)
        csv += n == 500 ? QByteArray("INV-00500;Notebook;Dell;194905;in_use;31.02.2024;10,00;;;\n") : deviceRow(n);
    const QByteArray before = fileState(m_db->path());
    const ImportResult refused = import(csv);
    QCOMPARE(refused.rowsRead, qint64(1000));
    QCOMPARE(refused.invalidRows, qint64(1));
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().line, qint64(501));
    QCOMPARE(refused.problems.first().column, QStringLiteral("Anschaffungsdatum"));
    QVERIFY(!refused.written);
    QVERIFY(!refused.isComplete());
    QCOMPARE(fileState(m_db->path()), before);

    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    const ImportResult partial = import(csv, onlyValid);
    QVERIFY(partial.written);
    QVERIFY(!partial.isComplete());
    QCOMPARE(partial.added, qint64(999));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(), 999);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device WHERE inventory_number = 'INV-00500'")).toInt(), 0);
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
    QTest::newRow("while reading") << CsvImporter::Phase::Reading;
    QTest::newRow("while writing") << CsvImporter::Phase::Writing;
}

void TestCsvImporter::cancelLeavesDatabaseUnchanged()
{
    QFETCH(CsvImporter::Phase, phase);
    QByteArray csv = devicesHeader();
    for (int n = 1; n <= 5000; ++n)
        csv += deviceRow(n);
    const QByteArray before = fileState(m_db->path());
    const QStringList devicesBefore = dump(m_db->db(), QStringLiteral("audit_log"));
    int calls = 0;
    const ImportResult result = import(csv, {}, [&](CsvImporter::Phase now, qint64 done, qint64) {
        return !(now == phase && done > 0 && ++calls == 2);
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
    auto indexes = [this] {
        QStringList list;
        QSqlQuery query(m_db->db().connection());
        if (query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"))) {
            while (query.next())
                list << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
        }
        return list;
    };
    const QStringList before = indexes();
    QVERIFY(before.join(QLatin1Char(' ')).contains(QLatin1String("idx_device_school")));
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

void TestCsvImporter::addCoveredSchools()
{
    RecordStore store(m_db->db());
    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    m_school6 = store.insert(schools, {{"school_number", "194906"}, {"name", "Realschule Coesfeld"}, {"school_type", "10"},
                                       {"authority_id", m_ids.county}}).id;
    m_school7 = store.insert(schools, {{"school_number", "194907"}, {"name", "Berufskolleg Coesfeld"}, {"school_type", "30"},
                                       {"authority_id", m_ids.county}}).id;
    const qint64 second = store.insert(EntityCatalog::spec(EntityKind::SupportContract),
                                       {{"contract_number", "SV-2024-002"}, {"vendor", "Kommunal-IT"},
                                        {"authority_id", m_ids.county}, {"start_date", "2024-01-01"},
                                        {"initial_term_months", 36}, {"renewal_months", 12}, {"notice_months", 3},
                                        {"auto_renewal", 1}}).id;
    QVERIFY(m_school6 > 0 && m_school7 > 0 && second > 0);
    QVERIFY(store.setContractSchools(m_ids.contract, {m_ids.gymnasium, m_school6}).ok());
    QVERIFY(store.setContractSchools(second, {m_ids.gymnasium, m_school6}).ok());
}

QStringList TestCsvImporter::coverage()
{
    QSqlQuery query(m_db->db().connection());
    if (!query.exec(QStringLiteral("SELECT c.contract_number, s.school_number FROM contract_school cs "
                                   "JOIN support_contract c ON c.id = cs.contract_id JOIN school s ON s.id = cs.school_id "
                                   "ORDER BY c.contract_number, s.school_number")))
        return {QStringLiteral("query failed")};
    QStringList lines;
    QString contract;
    while (query.next()) {
        if (query.value(0).toString() != contract) {
            contract = query.value(0).toString();
            lines << contract + QStringLiteral(":");
        }
        lines.last() += (lines.last().endsWith(QLatin1Char(':')) ? QStringLiteral(" ") : QStringLiteral(", "))
            + query.value(1).toString();
    }
    return lines;
}

namespace {
const QByteArray contractsHeader = "Vertragsnummer;Dienstleister;Schulträger;Beginn;Laufzeit;Verlängerung (Monate);"
                                   "Kündigungsfrist;Betreute Schulen\n";

QByteArray contractRow(const QByteArray &number, const QByteArray &vendor, const QByteArray &schools)
{
    return number + ";" + vendor + ";Kreis Coesfeld;01.01.2024;36;12;3;" + schools + "\n";
}
} // namespace

void TestCsvImporter::reimportContractsWithSchools_data()
{
    QTest::addColumn<bool>("portable");
    QTest::newRow("SQLite writer") << false;
    QTest::newRow("portable Qt SQL writer") << true;
}

void TestCsvImporter::reimportContractsWithSchools()
{
    QFETCH(bool, portable);
    addCoveredSchools();
    const QByteArray csv = contractsHeader
        + contractRow("SV-2024-001", "Kommunal-IT", "194905, 194907")   // schools only: one added, one removed
        + contractRow("SV-2024-002", "Kommunal-IT", "\"194906;194905\"") // the same set: unchanged
        + contractRow("SV-2024-003", "Netzwerk GmbH", "\"194906\n194907\"") // new, with schools
        + contractRow("SV-2024-004", "Netzwerk GmbH", "");              // new, without schools
    ImportOptions options;
    options.portableWriter = portable;

    ImportOptions dryRun = options;
    dryRun.dryRun = true;
    const QByteArray before = fileState(m_db->path());
    const ImportResult preview = import(csv, dryRun, {}, QStringLiteral("contracts"));
    QVERIFY2(preview.isComplete(), qPrintable(preview.summary()));
    QCOMPARE(preview.added, qint64(2));
    QCOMPARE(preview.updated, qint64(1));
    QCOMPARE(preview.unchanged, qint64(1));
    QVERIFY(preview.ignoredColumns.isEmpty());
    QCOMPARE(fileState(m_db->path()), before);

    const int auditBefore = TestSupport::scalar(m_db->db(), QStringLiteral("SELECT max(id) FROM audit_log")).toInt();
    const ImportResult result = import(csv, options, {}, QStringLiteral("contracts"));
    QVERIFY2(result.isComplete() && result.written, qPrintable(result.summary()));
    QCOMPARE(result.added, qint64(2));
    QCOMPARE(result.updated, qint64(1));
    QCOMPARE(result.unchanged, qint64(1));
    QCOMPARE(coverage(), (QStringList{"SV-2024-001: 194905, 194907", "SV-2024-002: 194905, 194906",
                                      "SV-2024-003: 194906, 194907"}));
    // A change of the schools alone leaves the contract's row as it was.
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT row_version FROM support_contract "
                                                            "WHERE contract_number = 'SV-2024-001'")).toInt(), 1);
    QSqlQuery audit(m_db->db().connection());
    audit.prepare(QStringLiteral("SELECT a.action, c.contract_number, coalesce(a.field, ''), coalesce(a.old_value, ''), "
                                 "coalesce(a.new_value, '') FROM audit_log a JOIN support_contract c "
                                 "ON CAST(c.id AS TEXT) = a.record_key WHERE a.table_name = 'support_contract' "
                                 "AND a.id > ? ORDER BY a.id"));
    audit.addBindValue(auditBefore);
    QVERIFY(audit.exec());
    QStringList rows;
    while (audit.next()) {
        const bool insert = audit.value(0).toString() == QLatin1String("insert");
        rows << QStringLiteral("%1 %2 %3 %4 %5").arg(audit.value(0).toString(), audit.value(1).toString(),
                                                     audit.value(2).toString(), insert ? QString() : audit.value(3).toString(),
                                                     insert ? QString() : audit.value(4).toString());
    }
    const auto ids = [](std::initializer_list<qint64> list) {
        QStringList texts;
        for (qint64 id : list)
            texts << QString::number(id);
        return texts.join(QLatin1Char(','));
    };
    QCOMPARE(rows, (QStringList{
                       QStringLiteral("update SV-2024-001 covered_schools %1 %2")
                           .arg(ids({m_ids.gymnasium, m_school6}), ids({m_ids.gymnasium, m_school7})),
                       QStringLiteral("insert SV-2024-003   "),
                       QStringLiteral("update SV-2024-003 covered_schools  %1").arg(ids({m_school6, m_school7})),
                       QStringLiteral("insert SV-2024-004   ")}));

    // Once more: nothing left to do. Then a changed field and emptied schools.
    const ImportResult again = import(csv, options, {}, QStringLiteral("contracts"));
    QCOMPARE(again.unchanged, qint64(4));
    QCOMPARE(again.added + again.updated, qint64(0));
    const ImportResult emptied = import(contractsHeader + contractRow("SV-2024-002", "Kreis-IT", ""), options, {},
                                        QStringLiteral("contracts"));
    QCOMPARE(emptied.updated, qint64(1));
    QCOMPARE(coverage(), (QStringList{"SV-2024-001: 194905, 194907", "SV-2024-003: 194906, 194907"}));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT vendor FROM support_contract "
                                                            "WHERE contract_number = 'SV-2024-002'")).toString(),
             QStringLiteral("Kreis-IT"));
}

void TestCsvImporter::badSchoolNumberLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("schools");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown school number") << QByteArray("194905, 999999") << "999999";
}

void TestCsvImporter::badSchoolNumberLeavesDatabaseUnchanged()
{
    QFETCH(QByteArray, schools);
    QFETCH(QString, fragment);
    addCoveredSchools();
    const QByteArray before = fileState(m_db->path());
    const QStringList coverageBefore = coverage();
    const ImportResult result = import(contractsHeader + contractRow("SV-2024-001", "Kommunal-IT", "194907")
                                           + contractRow("SV-2024-005", "Netzwerk GmbH", schools),
                                       {}, {}, QStringLiteral("contracts"));
    QVERIFY(!result.written);
    QVERIFY(!result.isComplete());
    QCOMPARE(result.invalidRows, qint64(1));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, qint64(3));
    QCOMPARE(result.problems.first().column, QStringLiteral("Betreute Schulen"));
    QVERIFY2(result.problems.first().message.contains(fragment), qPrintable(result.problems.first().message));
    QCOMPARE(fileState(m_db->path()), before);
    QCOMPARE(coverage(), coverageBefore);
}

void TestCsvImporter::contractsWithoutSchoolsColumnKeepLinks()
{
    addCoveredSchools();
    const QStringList before = coverage();
    const ImportResult result = import("Vertragsnummer;Dienstleister\nSV-2024-001;Kreis-IT\nSV-2024-002;Kommunal-IT\n",
                                       {}, {}, QStringLiteral("contracts"));
    QVERIFY2(result.isComplete() && result.written, qPrintable(result.summary()));
    QCOMPARE(result.updated, qint64(1));
    QCOMPARE(result.unchanged, qint64(1));
    QCOMPARE(coverage(), before);
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
