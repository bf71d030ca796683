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
class TestEditConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondSaveIsDetectedAndResolved_data();
    void secondSaveIsDetectedAndResolved();
    void keepingTheirValueWritesNothing_data();
    void keepingTheirValueWritesNothing();
    void changedAgainWhileChoosingIsAnotherConflict_data();
    void changedAgainWhileChoosingIsAnotherConflict();
    void deletedRecordIsReported_data();
    void deletedRecordIsReported();
    void valuesAreShownAsPeopleReadThem();

private:
    static void addEngines();
    struct Desktops
    {
        std::unique_ptr<PostgresTestServer::EngineLocation> location;
        Database first;
        Database second;
        qint64 school = 0;
    };
    bool openDesktops(Desktops &desktops);

    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
};

void TestEditConflict::initTestCase()
{
    TestSupport::useGerman();
}

void TestEditConflict::addEngines()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

bool TestEditConflict::openDesktops(Desktops &desktops)
{
    QFETCH(bool, postgres);
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
    return desktops.school > 0;
}

void TestEditConflict::secondSaveIsDetectedAndResolved_data()
{
    addEngines();
}

void TestEditConflict::secondSaveIsDetectedAndResolved()
{
    QFETCH(bool, postgres);
    if (postgres)
        SCHULIT_NEED_POSTGRES();
    Desktops d;
    QVERIFY(openDesktops(d));
    RecordStore mine(d.first);
    RecordStore theirs(d.second);
    const QVariantMap loadedByMe = *mine.load(schools, d.school);
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

void TestEditConflict::keepingTheirValueWritesNothing_data()
{
    addEngines();
}

void TestEditConflict::keepingTheirValueWritesNothing()
{
    QFETCH(bool, postgres);
    if (postgres)
        SCHULIT_NEED_POSTGRES();
    Desktops d;
    QVERIFY(openDesktops(d));
    RecordStore mine(d.first);
    RecordStore theirs(d.second);
    const QVariantMap loaded = *mine.load(schools, d.school);
    QVERIFY(theirs.update(schools, d.school, {{"pupils", 230}}, 1).ok());
    QCOMPARE(mine.update(schools, d.school, {{"pupils", 199}}, 1).error.kind, DatabaseError::Kind::Conflict);
    EditConflict conflict = EditConflict::describe(mine, schools, d.school, loaded, {{"pupils", 199}});
    conflict.chooseAll(EditConflict::Choice::Theirs);
    QVERIFY(conflict.resolvedChanges().isEmpty());
    QVERIFY(conflict.save(mine).ok());
    QCOMPARE(TestSupport::scalar(d.first, QStringLiteral("SELECT row_version FROM school")).toInt(), 2);
    QCOMPARE(TestSupport::scalar(d.first, QStringLiteral("SELECT pupils FROM school")).toInt(), 230);
}

void TestEditConflict::changedAgainWhileChoosingIsAnotherConflict_data()
{
    addEngines();
}

void TestEditConflict::changedAgainWhileChoosingIsAnotherConflict()
{
    QFETCH(bool, postgres);
    if (postgres)
        SCHULIT_NEED_POSTGRES();
    Desktops d;
    QVERIFY(openDesktops(d));
    RecordStore mine(d.first);
    RecordStore theirs(d.second);
    const QVariantMap loaded = *mine.load(schools, d.school);
    QVERIFY(theirs.update(schools, d.school, {{"pupils", 230}}, 1).ok());
    const EditConflict conflict = EditConflict::describe(mine, schools, d.school, loaded, {{"pupils", 215}});
    QVERIFY(theirs.update(schools, d.school, {{"pupils", 240}}, 2).ok());
    QCOMPARE(conflict.save(mine).error.kind, DatabaseError::Kind::Conflict);
    QCOMPARE(TestSupport::scalar(d.first, QStringLiteral("SELECT pupils FROM school")).toInt(), 240);
}

void TestEditConflict::deletedRecordIsReported_data()
{
    addEngines();
}

void TestEditConflict::deletedRecordIsReported()
{
    QFETCH(bool, postgres);
    if (postgres)
        SCHULIT_NEED_POSTGRES();
    Desktops d;
    QVERIFY(openDesktops(d));
    RecordStore mine(d.first);
    RecordStore theirs(d.second);
    const QVariantMap loaded = *mine.load(schools, d.school);
    QVERIFY(theirs.remove(schools, d.school).ok());
    QCOMPARE(mine.update(schools, d.school, {{"pupils", 1}}, 1).error.kind, DatabaseError::Kind::NotFound);
    const EditConflict conflict = EditConflict::describe(mine, schools, d.school, loaded, {{"pupils", 1}});
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
