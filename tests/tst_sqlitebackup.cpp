// SPDX-License-Identifier: EUPL-1.2
#include "database.h"
#include "sqlitebackup.h"
#include "testsupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// `schulit backup`: a consistent copy of a SQLite database while it is in use.
class TestSqliteBackup : public QObject
{
    Q_OBJECT

private slots:
    void sqliteIsNewEnough();
    void backupWhileAnotherConnectionWritesIsConsistent();
    void existingTargetIsReplacedOnlyWhenAllowed();
    void foreignAndMissingFilesAreRefused();
};

namespace {
// Writes two authorities per transaction on its own connection until told to stop, so a
// consistent snapshot always holds an even number of them.
class PairWriter : public QThread
{
public:
    explicit PairWriter(QString path)
        : m_path(std::move(path))
    {
    }
    QAtomicInt stop;
    QAtomicInt committed;
    QString failure;

protected:
    void run() override
    {
        const QString name = QStringLiteral("writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (!db.open()) {
                failure = db.lastError().text();
                return;
            }
            QSqlQuery query(db);
            int n = 0;
            while (!stop.loadRelaxed() && failure.isEmpty()) {
                db.transaction();
                for (int i = 0; i < 2; ++i) {
                    query.prepare(QStringLiteral("INSERT INTO authority (name, kind, cooperation_phase) VALUES (?, 'town', 'not_yet')"));
                    query.addBindValue(QStringLiteral("Träger %1").arg(++n));
                    if (!query.exec())
                        failure = query.lastError().text();
                }
                if (!db.commit())
                    failure = db.lastError().text();
                committed.fetchAndAddRelaxed(1);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    QString m_path;
};
} // namespace

void TestSqliteBackup::sqliteIsNewEnough()
{
    QString version;
    QVERIFY2(SqliteBackup::isSupported(&version), qPrintable(version));
    QVERIFY(version.startsWith(QLatin1String("3.")));
}

void TestSqliteBackup::backupWhileAnotherConnectionWritesIsConsistent()
{
    TestSupport::TempDatabase temp; // the program's own connection stays open meanwhile
    PairWriter writer(temp.path());
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.committed.loadRelaxed() >= 50 || !writer.failure.isEmpty(), 20000);
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("sicherung.sqlite"));
    const SqliteBackup::Result result = SqliteBackup::create(temp.path(), backup);
    const int committedAfterBackup = writer.committed.loadRelaxed();
    QTest::qWait(50);
    writer.stop.storeRelaxed(1);
    writer.wait();
    QVERIFY2(writer.failure.isEmpty(), qPrintable(writer.failure));
    QVERIFY2(!result.error, qPrintable(result.error.message + result.error.detail));
    QVERIFY(writer.committed.loadRelaxed() > committedAfterBackup); // the writer went on meanwhile
    QCOMPARE(result.schemaVersion, temp.db().schemaVersion());
    QVERIFY(result.bytes > 0);
    QVERIFY(!QFile::exists(backup + QStringLiteral(".partial")));

    Database copy;
    const DatabaseError error = copy.open(backup);
    QVERIFY2(!error, qPrintable(error.message));
    const int rows = TestSupport::scalar(copy, QStringLiteral("SELECT count(*) FROM authority")).toInt();
    QVERIFY(rows >= 100);
    QCOMPARE(rows % 2, 0);
    QVERIFY(rows < TestSupport::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM authority")).toInt());
    QCOMPARE(TestSupport::scalar(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestSqliteBackup::existingTargetIsReplacedOnlyWhenAllowed()
{
    TestSupport::TempDatabase temp;
    const QString backup = QDir(temp.folder()).filePath(QStringLiteral("alt.sqlite"));
    QFile old(backup);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("alte Sicherung");
    old.close();
    SqliteBackup::Result result = SqliteBackup::create(temp.path(), backup);
    QCOMPARE(result.error.kind, DatabaseError::Kind::Validation);
    QCOMPARE(TestSupport::fileBytes(backup), QByteArray("alte Sicherung"));
    result = SqliteBackup::create(temp.path(), backup, true);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QVERIFY(TestSupport::fileBytes(backup).startsWith(QByteArray("SQLite format 3")));
    QCOMPARE(SqliteBackup::create(temp.path(), temp.path(), true).error.kind, DatabaseError::Kind::Validation);
}

void TestSqliteBackup::foreignAndMissingFilesAreRefused()
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("fremd.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fremd"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notizen (text TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fremd"));
    const QString target = dir.filePath(QStringLiteral("kopie.sqlite"));
    QCOMPARE(SqliteBackup::create(foreign, target).error.kind, DatabaseError::Kind::NotADatabase);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(SqliteBackup::create(dir.filePath(QStringLiteral("fehlt.sqlite")), target).error.kind,
             DatabaseError::Kind::NotFound);
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "tst_sqlitebackup.moc"
