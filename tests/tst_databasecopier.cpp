// SPDX-License-Identifier: EUPL-1.2
#include "database.h"
#include "databasecopier.h"
#include "democountygenerator.h"
#include "entitycatalog.h"
#include "postgrestestserver.h"
#include "recordstore.h"
#include "schemacatalog.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// `schulit copy`: every row of every table, both directions between SQLite and PostgreSQL.
class TestDatabaseCopier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyOrderPutsReferencedTablesFirst();
    void sqliteToSqliteKeepsEveryRow();
    void roundTripThroughPostgresKeepsEveryRow();
    void targetWithDataIsRefusedAndUntouched();
    void cancelledCopyLeavesTheTargetEmpty();
    void missingSourceAndSameDatabaseAreRefused();

private:
    // Every table as text, row by row, in a fixed order: equal dumps mean equal content.
    static QStringList dump(Database &database);
    void makeDemo(const QString &path, int devices);

    QTemporaryDir m_dir;
};

void TestDatabaseCopier::initTestCase()
{
    TestSupport::useGerman();
    QVERIFY(m_dir.isValid());
}

QStringList TestDatabaseCopier::dump(Database &database)
{
    QStringList lines;
    for (const QString &table : SchemaCatalog::dataTables(database)) {
        const QStringList columns = SchemaCatalog::columns(database, table);
        QStringList positions;
        for (int i = 1; i <= columns.size(); ++i)
            positions << QString::number(i);
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(columns.join(QStringLiteral(", ")), table, positions.join(QStringLiteral(", "))))) {
            lines << QStringLiteral("cannot read ") + table;
            continue;
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            lines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

void TestDatabaseCopier::makeDemo(const QString &path, int devices)
{
    Database database;
    QVERIFY(!database.open(path));
    const DatabaseError error = DemoCountyGenerator({7, devices, QDate(2025, 6, 1)}).generate(database);
    QVERIFY2(!error, qPrintable(error.message));
    // Rows the generator does not write: an audit trail, a coordinator and a text with quotes.
    RecordStore store(database);
    const RecordStore::Result extra = store.insert(EntityCatalog::spec(EntityKind::Authority),
        {{"name", "Zweckverband \"Schul-IT\"; Test's"}, {"kind", "county"}, {"cooperation_phase", "not_yet"},
         {"it_staff_fte", 0.75}, {"contact", QString::fromUtf8("Jürgen Größ")}});
    QVERIFY2(extra.ok(), qPrintable(extra.message()));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO user_authority (user_name, authority_id) VALUES (?, ?)"));
    query.addBindValue(QStringLiteral("k.mueller"));
    query.addBindValue(extra.id);
    QVERIFY(query.exec());
}

void TestDatabaseCopier::copyOrderPutsReferencedTablesFirst()
{
    TestSupport::TempDatabase temp;
    DatabaseError error;
    const QStringList order = SchemaCatalog::dependencyOrder(temp.db(), &error);
    QVERIFY(!error);
    QCOMPARE(order.size(), SchemaCatalog::dataTables(temp.db()).size());
    auto before = [&order](const char *first, const char *second) {
        return order.indexOf(QLatin1String(first)) < order.indexOf(QLatin1String(second));
    };
    QVERIFY(before("authority", "school"));
    QVERIFY(before("school", "device"));
    QVERIFY(before("support_contract", "device"));
    QVERIFY(before("funding_program", "device"));
    QVERIFY(before("support_contract", "contract_school"));
    QVERIFY(before("school", "contract_school"));
    QVERIFY(before("authority", "user_authority"));
    QVERIFY(!order.contains(QStringLiteral("schema_version")));
}

void TestDatabaseCopier::sqliteToSqliteKeepsEveryRow()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("quelle.sqlite"));
    makeDemo(sourcePath, 300);
    Database source;
    Database target;
    DatabaseError error = DatabaseCopier::openPair(source, sourcePath, target, m_dir.filePath(QStringLiteral("ziel.sqlite")));
    QVERIFY2(!error, qPrintable(error.message));
    DatabaseCopier::Report report;
    error = DatabaseCopier(source, target).copy(&report);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(report.schemaVersion, source.schemaVersion());
    QCOMPARE(report.tables.size(), SchemaCatalog::dataTables(source).size());
    for (const DatabaseCopier::TableCount &count : report.tables) {
        QCOMPARE(count.targetRows, count.sourceRows);
        QCOMPARE(count.targetRows, TestSupport::scalar(source, QStringLiteral("SELECT count(*) FROM ") + count.table).toLongLong());
    }
    QVERIFY(report.totalRows() > 300);
    QCOMPARE(dump(target), dump(source));
}

void TestDatabaseCopier::roundTripThroughPostgresKeepsEveryRow()
{
    SCHULIT_NEED_POSTGRES();
    PostgresTestServer::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    const QString sourcePath = m_dir.filePath(QStringLiteral("rundreise.sqlite"));
    const QString backPath = m_dir.filePath(QStringLiteral("zurueck.sqlite"));
    makeDemo(sourcePath, 1200);

    DatabaseCopier::Report there;
    DatabaseCopier::Report back;
    {
        Database source;
        Database pg;
        DatabaseError error = DatabaseCopier::openPair(source, sourcePath, pg, scratch.url());
        QVERIFY2(!error, qPrintable(error.message));
        error = DatabaseCopier(source, pg).copy(&there);
        QVERIFY2(!error, qPrintable(error.message + error.detail));
        QCOMPARE(dump(pg), dump(source));
    }
    {
        Database pg;
        Database copy;
        DatabaseError error = DatabaseCopier::openPair(pg, scratch.url(), copy, backPath);
        QVERIFY2(!error, qPrintable(error.message));
        error = DatabaseCopier(pg, copy).copy(&back);
        QVERIFY2(!error, qPrintable(error.message + error.detail));
    }
    QCOMPARE(back.totalRows(), there.totalRows());
    for (int i = 0; i < there.tables.size(); ++i) {
        QCOMPARE(back.tables.at(i).table, there.tables.at(i).table);
        QCOMPARE(back.tables.at(i).targetRows, there.tables.at(i).sourceRows);
    }
    Database original;
    Database returned;
    QVERIFY(!original.open(sourcePath));
    QVERIFY(!returned.open(backPath));
    const QStringList before = dump(original);
    QVERIFY(before.size() > 1200);
    QCOMPARE(dump(returned), before);

    // New records continue after the copied ids on both engines.
    const qint64 highest = TestSupport::scalar(original, QStringLiteral("SELECT max(id) FROM authority")).toLongLong();
    const QVariantMap authority{{"name", "Neuer Schulträger"}, {"kind", "town"}, {"cooperation_phase", "not_yet"}};
    RecordStore returnedStore(returned);
    QCOMPARE(returnedStore.insert(EntityCatalog::spec(EntityKind::Authority), authority).id, highest + 1);
    Database pg;
    QVERIFY(!pg.open(scratch.url()));
    RecordStore pgStore(pg);
    const RecordStore::Result onServer = pgStore.insert(EntityCatalog::spec(EntityKind::Authority), authority);
    QVERIFY2(onServer.ok(), qPrintable(onServer.message()));
    QCOMPARE(onServer.id, highest + 1);
}

void TestDatabaseCopier::targetWithDataIsRefusedAndUntouched()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("quelle2.sqlite"));
    const QString targetPath = m_dir.filePath(QStringLiteral("belegt.sqlite"));
    makeDemo(sourcePath, 10);
    {
        Database target;
        QVERIFY(!target.open(targetPath));
        QVERIFY(RecordStore(target).insert(EntityCatalog::spec(EntityKind::Authority),
            {{"name", "Vorhandener Träger"}, {"kind", "town"}, {"cooperation_phase", "not_yet"}}).ok());
    }
    Database source;
    Database target;
    QVERIFY(!DatabaseCopier::openPair(source, sourcePath, target, targetPath));
    const QStringList before = dump(target);
    const DatabaseError error = DatabaseCopier(source, target).copy();
    QCOMPARE(error.kind, DatabaseError::Kind::Validation);
    QVERIFY2(error.message.contains(targetPath), qPrintable(error.message));
    QCOMPARE(dump(target), before);
}

void TestDatabaseCopier::cancelledCopyLeavesTheTargetEmpty()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("quelle3.sqlite"));
    makeDemo(sourcePath, 50);
    Database source;
    Database target;
    QVERIFY(!DatabaseCopier::openPair(source, sourcePath, target, m_dir.filePath(QStringLiteral("abbruch.sqlite"))));
    int calls = 0;
    const DatabaseError error = DatabaseCopier(source, target).copy(nullptr, [&calls](const QString &, qint64, qint64) {
        return ++calls < 3;
    });
    QCOMPARE(error.kind, DatabaseError::Kind::Cancelled);
    QCOMPARE(calls, 3);
    for (const QString &table : SchemaCatalog::dataTables(target))
        QCOMPARE(TestSupport::scalar(target, QStringLiteral("SELECT count(*) FROM ") + table).toInt(), 0);
}

void TestDatabaseCopier::missingSourceAndSameDatabaseAreRefused()
{
    Database source;
    Database target;
    const QString missing = m_dir.filePath(QStringLiteral("gibt-es-nicht.sqlite"));
    DatabaseError error = DatabaseCopier::openPair(source, missing, target, m_dir.filePath(QStringLiteral("x.sqlite")));
    QCOMPARE(error.kind, DatabaseError::Kind::NotFound);
    QVERIFY(!QFile::exists(missing));
    error = DatabaseCopier::openPair(source, missing, target, missing);
    QCOMPARE(error.kind, DatabaseError::Kind::Validation);
}

QTEST_GUILESS_MAIN(TestDatabaseCopier)
#include "tst_databasecopier.moc"
