// SPDX-License-Identifier: EUPL-1.2
#include "changenotifier.h"
#include "database.h"
#include "entitycatalog.h"
#include "migrationrunner.h"
#include "postgresconnection.h"
#include "postgrestestserver.h"
#include "recordstore.h"
#include "schemacatalog.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using PostgresTestServer::ScratchDatabase;

// Opening, migrating and writing a PostgreSQL database on the test server.
class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migrationsCreateTheSameSchemaAsOnSqlite();
    void keyAndReferenceTypesMatch();
    void reopeningDoesNotMigrateAgain();
    void recordStoreWritesWithAuditUnderTheServerUser();
    void passwordComesFromTheDialogOrThePasswordFile();
    void sslModeRequireIsRefusedClearlyByAServerWithoutSsl();
    void missingDatabaseIsNamed();
    void otherDesktopsHearOfCommittedChanges();
    void locationNeverShowsThePassword();
};

void TestPostgresDatabase::init()
{
    SCHULIT_NEED_POSTGRES();
}

void TestPostgresDatabase::migrationsCreateTheSameSchemaAsOnSqlite()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    Database pg;
    const DatabaseError error = pg.open(scratch.url());
    QVERIFY2(!error, qPrintable(error.message + error.detail));
    QCOMPARE(pg.engine(), Database::Engine::PostgreSQL);
    QCOMPARE(pg.schemaVersion(), MigrationRunner::latestVersion());

    TestSupport::TempDatabase sqlite;
    const QStringList tables = SchemaCatalog::dataTables(sqlite.db());
    QCOMPARE(SchemaCatalog::dataTables(pg), tables);
    for (const QString &table : tables)
        QCOMPARE(SchemaCatalog::columns(pg, table), SchemaCatalog::columns(sqlite.db(), table));
    QVERIFY(tables.contains(QStringLiteral("user_authority")));
}

void TestPostgresDatabase::keyAndReferenceTypesMatch()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    Database pg;
    QVERIFY(!pg.open(scratch.url()));
    // Every foreign key column must have the type of the key it points to (BIGINT ids).
    QSqlQuery query(pg.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT src.relname, a.attname, format_type(a.atttypid, a.atttypmod), format_type(ra.atttypid, ra.atttypmod) "
        "FROM pg_constraint c JOIN pg_class src ON src.oid = c.conrelid "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] "
        "WHERE c.contype = 'f' AND src.relnamespace = 'public'::regnamespace")));
    int foreignKeys = 0;
    while (query.next()) {
        ++foreignKeys;
        QVERIFY2(query.value(2) == query.value(3),
                 qPrintable(query.value(0).toString() + QLatin1Char('.') + query.value(1).toString()));
        QCOMPARE(query.value(2).toString(), QStringLiteral("bigint"));
    }
    QVERIFY(foreignKeys >= 14);
    QCOMPARE(TestSupport::scalar(pg, QStringLiteral(
                 "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'device'::regclass "
                 "AND attname = 'id'")).toString(), QStringLiteral("bigint"));
    QCOMPARE(TestSupport::scalar(pg, QStringLiteral(
                 "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'authority'::regclass "
                 "AND attname = 'it_staff_fte'")).toString(), QStringLiteral("double precision"));
}

void TestPostgresDatabase::reopeningDoesNotMigrateAgain()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    {
        Database first;
        QVERIFY(!first.open(scratch.url()));
    }
    Database again;
    const DatabaseError error = again.open(scratch.url());
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(TestSupport::scalar(again, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
}

void TestPostgresDatabase::recordStoreWritesWithAuditUnderTheServerUser()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    const QString login = scratch.createLogin(QStringLiteral("amt"));
    QVERIFY(!login.isEmpty());
    QVERIFY(scratch.execInDatabase(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(scratch.name(), login)));
    QVERIFY(scratch.execInDatabase(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(login)));
    qputenv("USER", "os.login.not.used");
    Database pg;
    const DatabaseError error = pg.open(scratch.url(login));
    QVERIFY2(!error, qPrintable(error.message + error.detail));
    QCOMPARE(pg.userName(), login);

    RecordStore store(pg);
    const RecordStore::Result authority = store.insert(EntityCatalog::spec(EntityKind::Authority),
        {{"name", "Stadt Dülmen"}, {"kind", "town"}, {"cooperation_phase", "participating"}, {"it_staff_fte", 2.5}});
    QVERIFY2(authority.ok(), qPrintable(authority.message()));
    QVERIFY(authority.id > 0);
    const RecordStore::Result school = store.insert(EntityCatalog::spec(EntityKind::School),
        {{"school_number", "192034"}, {"name", "Hermann-Leeser-Schule"}, {"school_type", "08"}, {"authority_id", authority.id}});
    QVERIFY2(school.ok(), qPrintable(school.message()));
    QVERIFY(school.id > 0);

    const RecordStore::Result update = store.update(EntityCatalog::spec(EntityKind::School), school.id,
                                                    {{"pupils", 312}}, 1);
    QVERIFY2(update.ok(), qPrintable(update.message()));
    const RecordStore::Result stale = store.update(EntityCatalog::spec(EntityKind::School), school.id,
                                                   {{"pupils", 400}}, 1);
    QCOMPARE(stale.error.kind, DatabaseError::Kind::Conflict);

    QSqlQuery query(pg.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT user_name FROM audit_log")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), login);
    QVERIFY(!query.next());
    QCOMPARE(TestSupport::scalar(pg, QStringLiteral(
                 "SELECT new_value FROM audit_log WHERE table_name = 'school' AND field = 'pupils'")).toString(),
             QStringLiteral("312"));
    QCOMPARE(TestSupport::scalar(pg, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 3);
    QCOMPARE(TestSupport::scalar(pg, QStringLiteral("SELECT it_staff_fte FROM authority")).toDouble(), 2.5);
}

void TestPostgresDatabase::passwordComesFromTheDialogOrThePasswordFile()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    // The test server asks members of this group for a password (see packaging/dev.sh).
    QString error;
    scratch.execOnServer(QStringLiteral("DO $$ BEGIN CREATE ROLE schulit_password_login NOLOGIN; "
                                        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"));
    QVERIFY(scratch.execOnServer(QStringLiteral("SELECT pg_reload_conf()"), &error));
    const QString login = scratch.createLogin(QStringLiteral("kennwort"), QStringLiteral("Tintenfass7"),
                                              {QStringLiteral("schulit_password_login")});
    QVERIFY(!login.isEmpty());
    {
        Database owner; // creates the schema; the login only reads
        QVERIFY(!owner.open(scratch.url()));
    }
    QVERIFY(scratch.execInDatabase(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(login)));

    QTemporaryDir home;
    const QString passFile = home.filePath(QStringLiteral("pgpass"));
    QFile empty(passFile);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile::setPermissions(passFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", passFile.toLocal8Bit());
    qunsetenv("PGPASSWORD");

    Database withoutPassword;
    DatabaseError refused = withoutPassword.open(scratch.url(login));
    if (!refused) {
        if (PostgresTestServer::isRequired())
            QFAIL("The test server lets password logins in without a password; packaging/dev.sh configures pg_hba.conf.");
        QSKIP("This server does not ask the group schulit_password_login for a password.");
    }
    QVERIFY2(PostgresConnection::needsPassword(refused), qPrintable(refused.detail));
    QVERIFY2(refused.message.contains(login), qPrintable(refused.message));
    QVERIFY(refused.message.contains(passFile));

    Database wrong;
    Database::Options wrongOptions;
    wrongOptions.password = QStringLiteral("Bleistift");
    refused = wrong.open(scratch.url(login), wrongOptions);
    QVERIFY(PostgresConnection::needsPassword(refused));

    Database asked;
    Database::Options options;
    options.password = QStringLiteral("Tintenfass7");
    DatabaseError opened = asked.open(scratch.url(login), options);
    QVERIFY2(!opened, qPrintable(opened.message + opened.detail));
    QVERIFY(asked.connection().password().isEmpty()); // not kept after the login
    asked.close();

    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("*:*:%1:%2:Tintenfass7\n").arg(scratch.name(), login).toUtf8());
    file.close();
    Database fromFile;
    opened = fromFile.open(scratch.url(login));
    QVERIFY2(!opened, qPrintable(opened.message + opened.detail));
    QCOMPARE(fromFile.userName(), login);
    qunsetenv("PGPASSFILE");
}

void TestPostgresDatabase::sslModeRequireIsRefusedClearlyByAServerWithoutSsl()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    QString ssl;
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("scratch-db-") + scratch.name()));
    QVERIFY(query.exec(QStringLiteral("SHOW ssl")) && query.next());
    if (query.value(0).toString() == QLatin1String("on"))
        QSKIP("This test server offers SSL; the throwaway server of packaging/dev.sh does not.");
    Database pg;
    const DatabaseError error = pg.open(scratch.url() + QStringLiteral("?sslmode=require"));
    QCOMPARE(error.kind, DatabaseError::Kind::CannotCreate);
    QVERIFY2(error.message.contains(QStringLiteral("SSL")), qPrintable(error.message));
    QVERIFY(!pg.isOpen());
    Database plain;
    QVERIFY(!plain.open(scratch.url() + QStringLiteral("?sslmode=disable")));
}

void TestPostgresDatabase::missingDatabaseIsNamed()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    Database pg;
    const QString url = scratch.url().replace(scratch.name(), QStringLiteral("gibt_es_nicht"));
    const DatabaseError error = pg.open(url);
    QCOMPARE(error.kind, DatabaseError::Kind::NotFound);
    QVERIFY2(error.message.contains(QStringLiteral("gibt_es_nicht")), qPrintable(error.message));
}

void TestPostgresDatabase::otherDesktopsHearOfCommittedChanges()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    Database mine;
    Database theirs;
    QVERIFY(!mine.open(scratch.url()));
    QVERIFY(!theirs.open(scratch.url()));
    QSignalSpy heardByThem(theirs.notifier(), &ChangeNotifier::tableChanged);
    QSignalSpy heardByMe(mine.notifier(), &ChangeNotifier::tableChanged);

    RecordStore store(mine);
    QVERIFY(store.insert(EntityCatalog::spec(EntityKind::Authority),
                         {{"name", "Gemeinde Rosendahl"}, {"kind", "municipality"}, {"cooperation_phase", "not_yet"}}).ok());
    QTRY_COMPARE(heardByThem.size(), 1);
    QCOMPARE(heardByThem.first().first().toString(), QStringLiteral("authority"));
    // My own change is announced once, locally, and not echoed back by the server.
    QTest::qWait(200);
    QCOMPARE(heardByMe.size(), 1);
    // They do not pass my change on to everybody again.
    QSignalSpy echoed(mine.notifier(), &ChangeNotifier::tableChanged);
    QTest::qWait(300);
    QCOMPARE(echoed.size(), 0);
}

void TestPostgresDatabase::locationNeverShowsThePassword()
{
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    QString url = scratch.url();
    url.insert(url.indexOf(QLatin1Char('@')), QStringLiteral(":egal"));
    Database pg;
    QVERIFY(!pg.open(url)); // the test server trusts its superuser; the password is ignored
    QVERIFY(!pg.location().contains(QStringLiteral("egal")));
    QCOMPARE(pg.location(), scratch.url());
}

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgresdatabase.moc"
