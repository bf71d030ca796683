// SPDX-License-Identifier: EUPL-1.2
#include "database.h"
#include "migrationrunner.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreNumberedWithoutGaps();
    void freshDatabaseGetsTheNewestSchema();
    void olderDatabaseIsUpgradedAndKeepsItsData();
    void newerDatabaseIsRefusedAndUntouched();
    void splitStatements_data();
    void splitStatements();
    void dialectReplacesTheKeyColumn();
};

void TestMigrationRunner::migrationsAreNumberedWithoutGaps()
{
    const auto migrations = MigrationRunner::migrations(Database::Engine::SQLite);
    QVERIFY(migrations.size() >= 2);
    for (int i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, i + 1);
    QCOMPARE(MigrationRunner::latestVersion(), migrations.last().version);
}

void TestMigrationRunner::freshDatabaseGetsTheNewestSchema()
{
    TestSupport::TempDatabase temp;
    QCOMPARE(temp.db().schemaVersion(), MigrationRunner::latestVersion());
    const QStringList tables = temp.db().connection().tables();
    for (const char *table : {"authority", "school", "device", "support_contract", "contract_school",
                              "funding_program", "allocation", "measure", "audit_log", "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(TestSupport::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
}

void TestMigrationRunner::olderDatabaseIsUpgradedAndKeepsItsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database old;
        Database::Options options;
        options.targetSchemaVersion = 1;
        QVERIFY(!old.open(path, options));
        QCOMPARE(old.schemaVersion(), 1);
        QCOMPARE(TestSupport::scalar(old, QStringLiteral(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'idx_device_school'")).toInt(), 0);
        QSqlQuery query(old.connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO authority (name, kind, cooperation_phase) VALUES ('Gemeinde Olfen', 'town', 'pilot')")));
    }
    Database upgraded;
    const DatabaseError error = upgraded.open(path);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(upgraded.schemaVersion(), MigrationRunner::latestVersion());
    QCOMPARE(TestSupport::scalar(upgraded, QStringLiteral(
                 "SELECT count(*) FROM sqlite_master WHERE name = 'idx_device_school'")).toInt(), 1);
    QCOMPARE(TestSupport::scalar(upgraded, QStringLiteral("SELECT name FROM authority")).toString(),
             QStringLiteral("Gemeinde Olfen"));
}

void TestMigrationRunner::newerDatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(!db.open(path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = TestSupport::fileBytes(path);
    QVERIFY(!before.isEmpty());

    Database db;
    const DatabaseError error = db.open(path);
    QCOMPARE(error.kind, DatabaseError::Kind::NewerSchema);
    QVERIFY(error.message.contains(QLatin1String("999")));
    QVERIFY(!db.isOpen());
    QCOMPARE(TestSupport::fileBytes(path), before);
}

void TestMigrationRunner::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("one") << QStringLiteral("CREATE TABLE a (x INTEGER);") << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER)")};
    QTest::newRow("comments dropped") << QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x INTEGER);\n")
                                      << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER)")};
    QTest::newRow("two, last without semicolon")
        << QStringLiteral("CREATE TABLE a (x INTEGER);\n\nCREATE INDEX i ON a(x)")
        << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER)"), QStringLiteral("CREATE INDEX i ON a(x)")};
    QTest::newRow("empty") << QStringLiteral("\n-- only a comment\n") << QStringList{};
}

void TestMigrationRunner::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(MigrationRunner::splitStatements(script), statements);
}

void TestMigrationRunner::dialectReplacesTheKeyColumn()
{
    const QString sql = QStringLiteral("CREATE TABLE t (id %ID_PK%, name TEXT)");
    QCOMPARE(MigrationRunner::applyDialect(sql, Database::Engine::SQLite),
             QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)"));
    QCOMPARE(MigrationRunner::applyDialect(sql, Database::Engine::PostgreSQL),
             QStringLiteral("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, name TEXT)"));
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
