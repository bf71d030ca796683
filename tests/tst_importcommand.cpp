// SPDX-License-Identifier: EUPL-1.2
#include "commandrunner.h"
#include "commands/importcommand.h"
#include "importfixture.h"
#include "testsupport.h"

#include <QTest>

using namespace ImportFixture;

// `schulit import TABLE FILE [--dry-run] [--only-valid] [--region PREFIX] [--database PATH]`:
// exit code 0 only when everything asked was imported, 2 for usage errors, sentences on stderr.
class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void init();
    void usageErrors_data();
    void usageErrors();
    void importsEverything();
    void problemsImportNothing();
    void onlyValid();
    void dryRun();
    void nrwRegion();
    void badFile();

private:
    CommandRun run(const QStringList &arguments)
    {
        ImportCommand command;
        return runCommand(command, arguments + QStringList{QStringLiteral("--database"), m_db->path()});
    }
    int devices() { return TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(); }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    QString m_good;
    QString m_bad;
};

void TestImportCommand::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(load(m_db->db()).county != 0);
    m_good = writeFile(m_db->folder(), QStringLiteral("gut.csv"), devicesHeader() + deviceRow(1) + deviceRow(2));
    m_bad = writeFile(m_db->folder(), QStringLiteral("fehler.csv"),
                      devicesHeader() + deviceRow(1) + "INV-00002;Notebook;Dell;194905;in_use;01.03.2024;-5,00;;;\n");
}

void TestImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("no file") << QStringList{"devices"};
    QTest::newRow("unknown table") << QStringList{"printers", "x.csv"};
    QTest::newRow("too many") << QStringList{"devices", "a.csv", "b.csv"};
    QTest::newRow("region not digits") << QStringList{"schools", "x.csv", "--region", "Coesfeld"};
    QTest::newRow("region for devices") << QStringList{"devices", "x.csv", "--region", "05558"};
}

void TestImportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CommandRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(result.err.trimmed().endsWith(QLatin1Char('.')));
}

void TestImportCommand::importsEverything()
{
    const CommandRun result = run({QStringLiteral("devices"), m_good});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("2")));
    QCOMPARE(devices(), 2);
}

void TestImportCommand::problemsImportNothing()
{
    const CommandRun result = run({QStringLiteral("devices"), m_bad});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("fehler.csv")) && result.err.contains(QLatin1String("Preis"))
                 && result.err.contains(QLatin1String("3")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("--only-valid")));
    QCOMPARE(devices(), 0);
}

void TestImportCommand::onlyValid()
{
    const CommandRun result = run({QStringLiteral("devices"), m_bad, QStringLiteral("--only-valid")});
    QCOMPARE(result.exitCode, 1); // not everything was imported
    QCOMPARE(devices(), 1);
}

void TestImportCommand::dryRun()
{
    const QByteArray before = fileState(m_db->path());
    QCOMPARE(run({QStringLiteral("devices"), m_good, QStringLiteral("--dry-run")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("devices"), m_bad, QStringLiteral("--dry-run")}).exitCode, 1);
    QCOMPARE(fileState(m_db->path()), before);
    QCOMPARE(devices(), 0);
}

void TestImportCommand::nrwRegion()
{
    const CommandRun result = run({QStringLiteral("schools"), TestSupport::dataFile(QStringLiteral("schuldaten-nrw-excerpt.csv")),
                                   QStringLiteral("--region"), QStringLiteral("05558")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM school")).toInt(), 3 + 72);
    const CommandRun again = run({QStringLiteral("schools"), TestSupport::dataFile(QStringLiteral("schuldaten-nrw-excerpt.csv")),
                                  QStringLiteral("--region"), QStringLiteral("05558")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("72")));
}

void TestImportCommand::badFile()
{
    const QString binary = writeFile(m_db->folder(), QStringLiteral("bild.csv"), QByteArray("\x89PNG\r\n\x1A\n\0\0", 10));
    const CommandRun result = run({QStringLiteral("devices"), binary});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("bild.csv")));
    const CommandRun missing = run({QStringLiteral("devices"), QStringLiteral("/nonexistent/geraete.csv")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("geraete.csv")));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
