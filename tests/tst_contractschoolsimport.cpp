// SPDX-License-Identifier: EUPL-1.2
// The schools a support contract covers, through the CSV import: read by school number,
// re-imports set exactly the listed schools (with both writers), a bad number writes
// nothing, and a file without the column leaves the links alone.
#include "csvimporter.h"
#include "entitycatalog.h"
#include "importfixture.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace ImportFixture;

class TestContractSchoolsImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void init()
    {
        m_db = std::make_unique<TestSupport::TempDatabase>();
        m_ids = load(m_db->db());
        QVERIFY(m_ids.county != 0);
    }
    void cleanup() { m_db.reset(); }
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

    ImportResult import(const QByteArray &csv, const ImportOptions &options)
    {
        const QString path = writeFile(m_db->folder(), QStringLiteral("contracts.csv"), csv);
        return CsvImporter(m_db->db(), EntityCatalog::spec(EntityKind::SupportContract)).run(path, options, {});
    }
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    Ids m_ids;
};

void TestContractSchoolsImport::addCoveredSchools()
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

QStringList TestContractSchoolsImport::coverage()
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

void TestContractSchoolsImport::reimportContractsWithSchools_data()
{
    QTest::addColumn<bool>("portable");
    QTest::newRow("SQLite writer") << false;
    QTest::newRow("portable Qt SQL writer") << true;
}

void TestContractSchoolsImport::reimportContractsWithSchools()
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
    const ImportResult preview = import(csv, dryRun);
    QVERIFY2(preview.isComplete(), qPrintable(preview.summary()));
    QCOMPARE(preview.added, qint64(2));
    QCOMPARE(preview.updated, qint64(1));
    QCOMPARE(preview.unchanged, qint64(1));
    QVERIFY(preview.ignoredColumns.isEmpty());
    QCOMPARE(fileState(m_db->path()), before);

    const int auditBefore = TestSupport::scalar(m_db->db(), QStringLiteral("SELECT max(id) FROM audit_log")).toInt();
    const ImportResult result = import(csv, options);
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
    const ImportResult again = import(csv, options);
    QCOMPARE(again.unchanged, qint64(4));
    QCOMPARE(again.added + again.updated, qint64(0));
    const ImportResult emptied = import(contractsHeader + contractRow("SV-2024-002", "Kreis-IT", ""), options);
    QCOMPARE(emptied.updated, qint64(1));
    QCOMPARE(coverage(), (QStringList{"SV-2024-001: 194905, 194907", "SV-2024-003: 194906, 194907"}));
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT vendor FROM support_contract "
                                                            "WHERE contract_number = 'SV-2024-002'")).toString(),
             QStringLiteral("Kreis-IT"));
}

void TestContractSchoolsImport::badSchoolNumberLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("schools");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown school number") << QByteArray("194905, 999999") << "999999";
}

void TestContractSchoolsImport::badSchoolNumberLeavesDatabaseUnchanged()
{
    QFETCH(QByteArray, schools);
    QFETCH(QString, fragment);
    addCoveredSchools();
    const QByteArray before = fileState(m_db->path());
    const QStringList coverageBefore = coverage();
    const ImportResult result = import(contractsHeader + contractRow("SV-2024-001", "Kommunal-IT", "194907")
                                           + contractRow("SV-2024-005", "Netzwerk GmbH", schools),
                                       {});
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

void TestContractSchoolsImport::contractsWithoutSchoolsColumnKeepLinks()
{
    addCoveredSchools();
    const QStringList before = coverage();
    const ImportResult result = import("Vertragsnummer;Dienstleister\nSV-2024-001;Kreis-IT\nSV-2024-002;Kommunal-IT\n",
                                       {});
    QVERIFY2(result.isComplete() && result.written, qPrintable(result.summary()));
    QCOMPARE(result.updated, qint64(1));
    QCOMPARE(result.unchanged, qint64(1));
    QCOMPARE(coverage(), before);
}

QTEST_GUILESS_MAIN(TestContractSchoolsImport)
#include "tst_contractschoolsimport.moc"
