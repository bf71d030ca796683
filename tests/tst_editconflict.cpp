// SPDX-License-Identifier: EUPL-1.2
#include "database.h"
#include "editconflict.h"
#include "entitycatalog.h"
#include "postgrestestserver.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QTest>

// Two desktops edit the same record: the second save is detected, both values are shown,
// and what the user chooses is saved without losing the other change. On SQLite and on
// PostgreSQL, each desktop with its own connection.
// The two desktops of the current engine, or a skip when it is a PostgreSQL server that
// is not there.
#define OPEN_DESKTOPS(desktops)                                                          \
    QFETCH_GLOBAL(bool, postgres);                                                       \
    if (postgres)                                                                        \
        SCHULIT_NEED_POSTGRES();                                                         \
    Desktops desktops;                                                                   \
    QVERIFY(openDesktops(desktops))

class TestEditConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data();
    void secondSaveIsDetectedAndResolved();
    void keepingTheirValueWritesNothing();
    void changedAgainWhileChoosingIsAnotherConflict();
    void deletedRecordIsReported();
    void valuesAreShownAsPeopleReadThem();

private:
    // Two connections to one database with one school, each with its store; the school as
    // the first desktop loaded it.
    struct Desktops
    {
        std::unique_ptr<PostgresTestServer::EngineLocation> location;
        Database first;
        Database second;
        std::unique_ptr<RecordStore> mine;
        std::unique_ptr<RecordStore> theirs;
        qint64 school = 0;
        QVariantMap loaded;
    };
    bool openDesktops(Desktops &desktops);

    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
};

void TestEditConflict::initTestCase()
{
    TestSupport::useGerman();
}

// Every test on both engines.
void TestEditConflict::initTestCase_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

bool TestEditConflict::openDesktops(Desktops &desktops)
{
    QFETCH_GLOBAL(bool, postgres);
    desktops.location = std::make_unique<PostgresTestServer::EngineLocation>(postgres);
    if (!desktops.location->error().isEmpty()) {
        qWarning("%s", qPrintable(desktops.location->error()));
        return false;
    }
    if (desktops.first.open(desktops.location->location()) || desktops.second.open(desktops.location->location()))
        return false;
    RecordStore store(desktops.first);
    const qint64 authority = store.insert(EntityCatalog::spec(EntityKind::Authority),
        {{"name", "Stadt Olfen"}, {"kind", "town"}, {"cooperation_phase", "participating"}}).id;
    desktops.school = store.insert(schools, {{"school_number", "193001"}, {"name", "Wieschhofschule"},
        {"school_type", "02"}, {"authority_id", authority}, {"pupils", 200}, {"teachers", 14}}).id;
    if (desktops.school <= 0)
        return false;
    desktops.mine = std::make_unique<RecordStore>(desktops.first);
    desktops.theirs = std::make_unique<RecordStore>(desktops.second);
    desktops.loaded = *desktops.mine->load(schools, desktops.school);
    return true;
}

void TestEditConflict::secondSaveIsDetectedAndResolved()
{
    OPEN_DESKTOPS(d);
    RecordStore &mine = *d.mine;
    RecordStore &theirs = *d.theirs;
    const QVariantMap &loadedByMe = d.loaded;
    const QVariantMap loadedByThem = *theirs.load(schools, d.school);
    const int version = loadedByMe.value(QStringLiteral("row_version")).toInt();

    // They save first: pupils and the media officer.
    RecordStore::Result result = theirs.update(schools, d.school, {{"pupils", 230}, {"media_officer", "Frau Berger"}},
                                               loadedByThem.value(QStringLiteral("row_version")).toInt());
    QVERIFY2(result.ok(), qPrintable(result.message()));

    // My save of pupils and teachers meets their change.
    const QVariantMap myChanges{{"pupils", 215}, {"teachers", 15}};
    result = mine.update(schools, d.school, myChanges, version);
    QCOMPARE(result.error.kind, DatabaseError::Kind::Conflict);
    QCOMPARE(TestSupport::scalar(d.first, QStringLiteral("SELECT pupils FROM school")).toInt(), 230);

    EditConflict conflict = EditConflict::describe(mine, schools, d.school, loadedByMe, myChanges);
    QVERIFY(!conflict.recordDeleted());
    QCOMPARE(conflict.recordName(), QStringLiteral("Wieschhofschule"));
    QCOMPARE(conflict.currentVersion(), version + 1);
    QCOMPARE(conflict.changedBy(), d.second.userName());
    QVERIFY(!conflict.changedAt().isEmpty());
    QCOMPARE(conflict.fields().size(), 2);
    const QList<EditConflict::Field> asked = conflict.conflictingFields();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().column, QStringLiteral("pupils"));
    QCOMPARE(asked.first().loaded.toInt(), 200);
    QCOMPARE(asked.first().mine.toInt(), 215);
    QCOMPARE(asked.first().theirs.toInt(), 230);
    QCOMPARE(conflict.othersOnlyColumns(), QStringList{QStringLiteral("media_officer")});

    // Keep their pupils, my teachers; their media officer stays.
    conflict.choose(QStringLiteral("pupils"), EditConflict::Choice::Theirs);
    QCOMPARE(conflict.resolvedChanges(), (QVariantMap{{"teachers", 15}}));
    result = conflict.save(mine);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const QVariantMap now = *theirs.load(schools, d.school);
    QCOMPARE(now.value(QStringLiteral("pupils")).toInt(), 230);
    QCOMPARE(now.value(QStringLiteral("teachers")).toInt(), 15);
    QCOMPARE(now.value(QStringLiteral("media_officer")).toString(), QStringLiteral("Frau Berger"));
    QCOMPARE(now.value(QStringLiteral("row_version")).toInt(), version + 2);
}

void TestEditConflict::keepingTheirValueWritesNothing()
{
    OPEN_DESKTOPS(d);
    RecordStore &mine = *d.mine;
    RecordStore &theirs = *d.theirs;
    QVERIFY(theirs.update(schools, d.school, {{"pupils", 230}}, 1).ok());
    QCOMPARE(mine.update(schools, d.school, {{"pupils", 199}}, 1).error.kind, DatabaseError::Kind::Conflict);
    EditConflict conflict = EditConflict::describe(mine, schools, d.school, d.loaded, {{"pupils", 199}});
    conflict.chooseAll(EditConflict::Choice::Theirs);
    QVERIFY(conflict.resolvedChanges().isEmpty());
    QVERIFY(conflict.save(mine).ok());
    QCOMPARE(TestSupport::scalar(d.first, QStringLiteral("SELECT row_version FROM school")).toInt(), 2);
    QCOMPARE(TestSupport::scalar(d.first, QStringLiteral("SELECT pupils FROM school")).toInt(), 230);
}

void TestEditConflict::changedAgainWhileChoosingIsAnotherConflict()
{
    OPEN_DESKTOPS(d);
    RecordStore &mine = *d.mine;
    RecordStore &theirs = *d.theirs;
    QVERIFY(theirs.update(schools, d.school, {{"pupils", 230}}, 1).ok());
    const EditConflict conflict = EditConflict::describe(mine, schools, d.school, d.loaded, {{"pupils", 215}});
    QVERIFY(theirs.update(schools, d.school, {{"pupils", 240}}, 2).ok());
    QCOMPARE(conflict.save(mine).error.kind, DatabaseError::Kind::Conflict);
    QCOMPARE(TestSupport::scalar(d.first, QStringLiteral("SELECT pupils FROM school")).toInt(), 240);
}

void TestEditConflict::deletedRecordIsReported()
{
    OPEN_DESKTOPS(d);
    RecordStore &mine = *d.mine;
    RecordStore &theirs = *d.theirs;
    QVERIFY(theirs.remove(schools, d.school).ok());
    QCOMPARE(mine.update(schools, d.school, {{"pupils", 1}}, 1).error.kind, DatabaseError::Kind::NotFound);
    const EditConflict conflict = EditConflict::describe(mine, schools, d.school, d.loaded, {{"pupils", 1}});
    QVERIFY(conflict.recordDeleted());
    QVERIFY(conflict.conflictingFields().isEmpty());
    QCOMPARE(conflict.save(mine).error.kind, DatabaseError::Kind::NotFound);
}

void TestEditConflict::valuesAreShownAsPeopleReadThem()
{
    TestSupport::TempDatabase temp;
    RecordStore store(temp.db());
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
    QCOMPARE(EditConflict::displayText(store, devices, QStringLiteral("price_cents"), 123456), QString::fromUtf8("1.234,56 €"));
    QCOMPARE(EditConflict::displayText(store, devices, QStringLiteral("acquired_on"), QStringLiteral("2025-12-31")),
             QStringLiteral("31.12.2025"));
    QCOMPARE(EditConflict::displayText(store, devices, QStringLiteral("status"), QStringLiteral("in_use")),
             EnumCatalog::label(EnumKind::DeviceStatus, QStringLiteral("in_use")));
    QCOMPARE(EditConflict::displayText(store, devices, QStringLiteral("room"), QVariant()),
             QCoreApplication::translate("EditConflict", "(empty)"));
    const qint64 authority = store.insert(EntityCatalog::spec(EntityKind::Authority),
        {{"name", "Gemeinde Senden"}, {"kind", "municipality"}, {"cooperation_phase", "participating"}}).id;
    QCOMPARE(EditConflict::displayText(store, schools, QStringLiteral("authority_id"), authority),
             QStringLiteral("Gemeinde Senden"));
}

QTEST_GUILESS_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
