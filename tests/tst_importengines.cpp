// SPDX-License-Identifier: EUPL-1.2
#include "csvexporter.h"
#include "csvimporter.h"
#include "entitycatalog.h"
#include "importfixture.h"
#include "postgrestestserver.h"
#include "testsupport.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ImportFixture;

// Import and export on both engines: the SQL is portable, and on PostgreSQL the rows go
// through the portable Qt SQL writer in one transaction.
class TestImportEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void importAndExport_data();
    void importAndExport();
    void nrwSchoolList_data();
    void nrwSchoolList();

private:
    QTemporaryDir m_files;
};

void TestImportEngines::importAndExport_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

void TestImportEngines::importAndExport()
{
    QFETCH(bool, postgres);
    if (postgres)
        SCHULIT_NEED_POSTGRES();
    PostgresTestServer::EngineLocation location(postgres);
    QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
    Database db;
    QVERIFY(!db.open(location.location()));
    const Ids ids = load(db);
    QVERIFY(ids.county != 0);
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);

    QByteArray csv = devicesHeader();
    for (int n = 1; n <= 1000; ++n)
        csv += n == 300 ? QByteArray("INV-00300;Notebook;Dell;999999;in_use;;;;;\n") : deviceRow(n);
    const QString path = writeFile(m_files.path(), QStringLiteral("geraete.csv"), csv);
    const ImportResult refused = CsvImporter(db, devices).run(path, {});
    QCOMPARE(refused.invalidRows, qint64(1));
    QCOMPARE(refused.problems.first().line, qint64(301));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM device")).toInt(), 0);

    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    const ImportResult written = CsvImporter(db, devices).run(path, onlyValid);
    QVERIFY2(written.written, qPrintable(written.summary()));
    QCOMPARE(written.added, qint64(999));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM device")).toInt(), 999);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT price_cents FROM device WHERE inventory_number = 'INV-00002'")).toLongLong(),
             qint64(40250));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'device'")).toInt(), 999);

    // Exported and read back: every record is found again and nothing changes.
    const QString exported = QDir(m_files.path()).filePath(QStringLiteral("export.csv"));
    const ExportResult toCsv = CsvExporter::write(db, ExportRequest::wholeTable(EntityKind::Device), exported);
    QVERIFY2(toCsv.ok(), qPrintable(toCsv.error));
    const ImportResult again = CsvImporter(db, devices).run(exported, {});
    QVERIFY(again.isComplete());
    QCOMPARE(again.unchanged, qint64(999));
    QByteArray changed = TestSupport::fileBytes(exported);
    changed.replace("INV-00001;Notebook;Dell", "INV-00001;Notebook;HP");
    const ImportResult update = CsvImporter(db, devices).run(writeFile(m_files.path(), QStringLiteral("neu.csv"), changed), {});
    QCOMPARE(update.updated, qint64(1));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT manufacturer FROM device WHERE inventory_number = 'INV-00001'")).toString(),
             QStringLiteral("HP"));

    const QString workbook = QDir(m_files.path()).filePath(QStringLiteral("export.xlsx"));
    const ExportResult xlsx = XlsxExporter::write(db, {ExportRequest::wholeTable(EntityKind::Device)}, workbook);
    QVERIFY2(xlsx.ok(), qPrintable(xlsx.error));
    QCOMPARE(xlsx.rows, qint64(999));
}

void TestImportEngines::nrwSchoolList_data()
{
    importAndExport_data();
}

void TestImportEngines::nrwSchoolList()
{
    QFETCH(bool, postgres);
    if (postgres)
        SCHULIT_NEED_POSTGRES();
    PostgresTestServer::EngineLocation location(postgres);
    QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
    Database db;
    QVERIFY(!db.open(location.location()));
    QVERIFY(load(db).county != 0);
    ImportOptions options;
    options.regionPrefix = QStringLiteral("05558");
    const ImportResult result = CsvImporter(db, EntityCatalog::spec(EntityKind::School))
                                    .run(TestSupport::dataFile(QStringLiteral("schuldaten-nrw-excerpt.csv")), options);
    QVERIFY2(result.isComplete(), qPrintable(result.summary()));
    QCOMPARE(result.added, qint64(72));
    // Of the 19 Träger numbers in the region the fixture knows 10595 and 14000.
    QCOMPARE(result.authoritiesCreated, qint64(17));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM authority")).toInt(), 2 + 17);
}

QTEST_GUILESS_MAIN(TestImportEngines)
#include "tst_importengines.moc"
