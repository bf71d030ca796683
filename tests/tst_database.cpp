// SPDX-License-Identifier: EUPL-1.2
#include "database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsCreatedInMissingFolders();
    void connectionSettings();
    void foreignKeysAreEnforced();
    void textFileIsRefusedAndUntouched();
    void foreignSqliteDatabaseIsRefusedAndUntouched();
    void readOnlyFileIsRefusedAndUntouched();
    void lockedFileIsRefusedAndUntouched();
    void folderIsRefused();
    void defaultLocationIsInTheUsersDataFolder();
};

void TestDatabase::newFileIsCreatedInMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Schulträger Ämter/neu/inventar.sqlite"));
    Database db;
    const DatabaseError error = db.open(path);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(QFile::exists(path));
    QVERIFY(db.isOpen());
}

void TestDatabase::connectionSettings()
{
    TestSupport::TempDatabase temp;
    QCOMPARE(TestSupport::scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(TestSupport::scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(TestSupport::scalar(temp.db(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
}

void TestDatabase::foreignKeysAreEnforced()
{
    TestSupport::TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO school (school_number, name, school_type, authority_id) VALUES ('123456', 'X', '02', 4711)")));
}

void TestDatabase::textFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notizen.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Schulnummer;Name\n123456;Ludgerischule\n");
    file.close();
    const QByteArray before = TestSupport::fileBytes(path);

    Database db;
    const DatabaseError error = db.open(path);
    QCOMPARE(error.kind, DatabaseError::Kind::NotADatabase);
    QVERIFY(error.message.contains(path));
    QCOMPARE(TestSupport::fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no -wal or -shm left behind
}

void TestDatabase::foreignSqliteDatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = TestSupport::fileBytes(path);

    Database db;
    const DatabaseError error = db.open(path);
    QCOMPARE(error.kind, DatabaseError::Kind::NotADatabase);
    QCOMPARE(TestSupport::fileBytes(path), before);
}

void TestDatabase::readOnlyFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        Database db;
        QVERIFY(!db.open(path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = TestSupport::fileBytes(path);

    Database db;
    const DatabaseError error = db.open(path);
    QCOMPARE(error.kind, DatabaseError::Kind::ReadOnly);
    QVERIFY(error.message.contains(path));
    QCOMPARE(TestSupport::fileBytes(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::lockedFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    // Another program holds an exclusive lock on a database in rollback-journal mode.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    {
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (1)")));
        QVERIFY2(query.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
    }
    const QByteArray before = TestSupport::fileBytes(path);

    Database db;
    Database::Options options;
    options.busyTimeoutMs = 100;
    const DatabaseError error = db.open(path, options);
    QCOMPARE(error.kind, DatabaseError::Kind::Locked);
    QVERIFY(!db.isOpen());
    QCOMPARE(TestSupport::fileBytes(path), before);

    {
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

void TestDatabase::folderIsRefused()
{
    QTemporaryDir dir;
    Database db;
    QCOMPARE(db.open(dir.path()).kind, DatabaseError::Kind::NotADatabase);
}

void TestDatabase::defaultLocationIsInTheUsersDataFolder()
{
    const QString location = Database::defaultLocation();
    QVERIFY(location.endsWith(QLatin1String("schulit.sqlite")));
    QVERIFY(QDir::isAbsolutePath(location));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
