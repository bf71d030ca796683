// SPDX-License-Identifier: EUPL-1.2
#include "commandrunner.h"
#include "commands/exportcommand.h"
#include "csvimporter.h"
#include "entitycatalog.h"
#include "importfixture.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

// `schulit export TABLE --format csv|xlsx --out FILE [--database PATH]`.
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void writes_data();
    void writes();
    void missingDatabase();
    void contractsKeepTheirSchools();

private:
    CommandRun run(const QStringList &arguments, const QString &database = {})
    {
        ExportCommand command;
        return runCommand(command, arguments + QStringList{QStringLiteral("--database"),
                                                           database.isEmpty() ? m_db.path() : database});
    }
    QString file(const QString &name) const { return QDir(m_db.folder()).filePath(name); }

    TestSupport::TempDatabase m_db;
};

void TestExportCommand::initTestCase()
{
    TestSupport::useGerman();
    QVERIFY(ImportFixture::load(m_db.db()).county != 0);
}

void TestExportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no table") << QStringList{"--out", "x.csv"};
    QTest::newRow("unknown table") << QStringList{"printers", "--out", "x.csv"};
    QTest::newRow("no file") << QStringList{"schools", "--format", "csv"};
    QTest::newRow("unknown format") << QStringList{"schools", "--format", "pdf", "--out", "x.pdf"};
    QTest::newRow("no format, no suffix") << QStringList{"schools", "--out", "schulen"};
}

void TestExportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CommandRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.trimmed().isEmpty());
}

void TestExportCommand::writes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("csv") << QStringList{"schools", "--format", "csv"} << "schulen.csv" << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("xlsx") << QStringList{"schools", "--format", "xlsx"} << "schulen.xlsx" << QByteArray("PK\x03\x04");
    QTest::newRow("format from suffix") << QStringList{"schools"} << "schulen2.xlsx" << QByteArray("PK\x03\x04");
}

void TestExportCommand::writes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    const CommandRun result = run(arguments + QStringList{QStringLiteral("--out"), file(name)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("3")));
    QVERIFY(TestSupport::fileBytes(file(name)).startsWith(start));
}

void TestExportCommand::missingDatabase()
{
    const QString missing = file(QStringLiteral("gibt-es-nicht.sqlite"));
    const CommandRun result = run({QStringLiteral("schools"), QStringLiteral("--out"), file(QStringLiteral("x.csv"))}, missing);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("gibt-es-nicht.sqlite")));
    QVERIFY(!QFile::exists(missing));
}

void TestExportCommand::contractsKeepTheirSchools()
{
    const qint64 contract = TestSupport::scalar(m_db.db(), QStringLiteral("SELECT id FROM support_contract")).toLongLong();
    const qint64 gymnasium = TestSupport::scalar(m_db.db(), QStringLiteral("SELECT id FROM school WHERE school_number = '194905'"))
                                 .toLongLong();
    QVERIFY(RecordStore(m_db.db()).setContractSchools(contract, {gymnasium}).ok());
    const QString path = file(QStringLiteral("vertraege.csv"));
    const CommandRun result = run({QStringLiteral("contracts"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--out"), path});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = TestSupport::fileBytes(path).split('\n');
    QVERIFY(lines.first().trimmed().endsWith(";Betreute Schulen"));
    QVERIFY(lines.at(1).trimmed().endsWith(";194905"));

    // Into a database that has the same schools and contract, but no links.
    TestSupport::TempDatabase other;
    const ImportFixture::Ids otherIds = ImportFixture::load(other.db());
    const ImportResult imported = CsvImporter(other.db(), EntityCatalog::spec(EntityKind::SupportContract)).run(path, {});
    QVERIFY2(imported.isComplete() && imported.written, qPrintable(imported.summary()));
    QCOMPARE(imported.updated, qint64(1));
    QCOMPARE(RecordStore(other.db()).contractSchools(otherIds.contract), QList<qint64>{otherIds.gymnasium});
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
