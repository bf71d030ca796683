// SPDX-License-Identifier: EUPL-1.2
#include "database.h"
#include "democountygenerator.h"
#include "postgrestestserver.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The command-line verbs of the shared office database, run as a user would: schulit copy,
// schulit backup and schulit admin.
class TestSharedDatabaseCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupOfASqliteDatabase();
    void backupOfPostgresExplainsPgDump();
    void copyRoundTripThroughPostgres();
    void adminSetsUpRolesAndGrants();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run schulit(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_demo;
};

TestSharedDatabaseCommands::Run TestSharedDatabaseCommands::schulit(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SCHULIT_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(240000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestSharedDatabaseCommands::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Database database;
    QVERIFY(!database.open(m_demo));
    QVERIFY(!DemoCountyGenerator({3, 500, QDate(2025, 3, 1)}).generate(database));
}

void TestSharedDatabaseCommands::backupOfASqliteDatabase()
{
    const QString backup = m_dir.filePath(QStringLiteral("sicherung.sqlite"));
    Run run = schulit({QStringLiteral("backup"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), backup});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    Database copy;
    QVERIFY(!copy.open(backup));
    QCOMPARE(TestSupport::scalar(copy, QStringLiteral("SELECT count(*) FROM device")).toInt(), 500);
    run = schulit({QStringLiteral("backup"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), backup});
    QCOMPARE(run.exitCode, 1); // exists already
    run = schulit({QStringLiteral("backup"), QStringLiteral("--database"), m_demo, QStringLiteral("--out"), backup,
                   QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 0);
}

void TestSharedDatabaseCommands::backupOfPostgresExplainsPgDump()
{
    const Run run = schulit({QStringLiteral("backup"), QStringLiteral("--database"),
                             QStringLiteral("postgresql://amt:geheim@db.kreis.example/schulit"),
                             QStringLiteral("--out"), QStringLiteral("schulit.dump")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("pg_dump --format=custom --file=\"schulit.dump\" "
                                             "\"postgresql://amt@db.kreis.example/schulit\"")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("pg_restore")));
    QVERIFY(!run.err.contains(QStringLiteral("geheim")));
}

void TestSharedDatabaseCommands::copyRoundTripThroughPostgres()
{
    SCHULIT_NEED_POSTGRES();
    PostgresTestServer::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    Run run = schulit({QStringLiteral("copy"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"), scratch.url()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("device")), qPrintable(run.out));
    const QString back = m_dir.filePath(QStringLiteral("zurueck.sqlite"));
    run = schulit({QStringLiteral("copy"), QStringLiteral("--from"), scratch.url(), QStringLiteral("--to"), back});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    Database original;
    Database returned;
    QVERIFY(!original.open(m_demo));
    QVERIFY(!returned.open(back));
    for (const char *table : {"authority", "school", "device", "contract_school", "allocation", "measure", "audit_log"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table);
        QCOMPARE(TestSupport::scalar(returned, sql).toInt(), TestSupport::scalar(original, sql).toInt());
    }
    // Into a target with data: refused, exit code 1, the target kept.
    run = schulit({QStringLiteral("copy"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"), back});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFile::exists(back));
    // A new file is removed again when the copy fails.
    const QString failed = m_dir.filePath(QStringLiteral("gescheitert.sqlite"));
    run = schulit({QStringLiteral("copy"), QStringLiteral("--from"), m_dir.filePath(QStringLiteral("fehlt.sqlite")),
                   QStringLiteral("--to"), failed});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(failed));
}

void TestSharedDatabaseCommands::adminSetsUpRolesAndGrants()
{
    SCHULIT_NEED_POSTGRES();
    PostgresTestServer::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    QVERIFY(schulit({QStringLiteral("copy"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"), scratch.url()}).exitCode == 0);
    for (int round = 0; round < 2; ++round) {
        const Run run = schulit({QStringLiteral("admin"), QStringLiteral("init-roles"), QStringLiteral("--database"), scratch.url()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("device:")));
    }
    const QString login = scratch.createLogin(QStringLiteral("koordination"));
    Database admin;
    QVERIFY(!admin.open(scratch.url()));
    const QString authority = TestSupport::scalar(admin, QStringLiteral("SELECT name FROM authority ORDER BY id LIMIT 1")).toString();
    Run run = schulit({QStringLiteral("admin"), QStringLiteral("grant"), login, QStringLiteral("--role"),
                       QStringLiteral("coordinator"), QStringLiteral("--authority"), authority,
                       QStringLiteral("--database"), scratch.url()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestSupport::scalar(admin, QStringLiteral("SELECT a.name FROM user_authority u JOIN authority a ON a.id = u.authority_id "
                                                       "WHERE u.user_name = '%1'").arg(login)).toString(), authority);
    run = schulit({QStringLiteral("admin"), QStringLiteral("grant"), login, QStringLiteral("--role"),
                   QStringLiteral("committee"), QStringLiteral("--database"), scratch.url()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestSupport::scalar(admin, QStringLiteral("SELECT count(*) FROM user_authority")).toInt(), 0);
    QCOMPARE(TestSupport::scalar(admin, QStringLiteral("SELECT pg_has_role('%1', 'schulit_coordinator', 'MEMBER')").arg(login)).toBool(), false);
    QCOMPARE(TestSupport::scalar(admin, QStringLiteral("SELECT pg_has_role('%1', 'schulit_committee', 'MEMBER')").arg(login)).toBool(), true);
}

void TestSharedDatabaseCommands::usageErrors()
{
    QCOMPARE(schulit({QStringLiteral("copy"), QStringLiteral("--from"), m_demo}).exitCode, 2);
    QCOMPARE(schulit({QStringLiteral("backup"), QStringLiteral("--database"), m_demo}).exitCode, 2);
    QCOMPARE(schulit({QStringLiteral("admin"), QStringLiteral("init-roles"), QStringLiteral("--database"), m_demo}).exitCode, 2);
    QCOMPARE(schulit({QStringLiteral("admin"), QStringLiteral("grant"), QStringLiteral("x"), QStringLiteral("--role"),
                      QStringLiteral("landrat"), QStringLiteral("--database"), QStringLiteral("postgresql://h/db")}).exitCode, 2);
    QCOMPARE(schulit({QStringLiteral("admin"), QStringLiteral("--database"), QStringLiteral("postgresql://h/db")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSharedDatabaseCommands)
#include "tst_shareddatabasecommands.moc"
