// SPDX-License-Identifier: EUPL-1.2
#include "csvimporter.h"
#include "entitycatalog.h"
#include "importfixture.h"
#include "nrwschoollist.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

// The official NRW school list: recognised by its header, columns read by name, the region
// filter, school types, authorities linked by Träger number or created for review.
class TestNrwSchoolList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void recognisesTheHeader_data();
    void recognisesTheHeader();
    void cellsByName();
    void importsTheRegion_data();
    void importsTheRegion();
    void wholeExcerpt();
    void reimportChangesNothing();
    void existingSchoolKeepsItsAuthority();

private:
    static ImportResult import(Database &database, const QString &file, const QString &region, bool dryRun = false)
    {
        ImportOptions options;
        options.regionPrefix = region;
        options.dryRun = dryRun;
        return CsvImporter(database, EntityCatalog::spec(EntityKind::School)).run(TestSupport::dataFile(file), options);
    }
};

void TestNrwSchoolList::recognisesTheHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<bool>("matches");
    QTest::newRow("official") << QStringList{"Schulnummer", "Schulform", "Schulbezeichnung_1", "Schulbezeichnung_2",
                                             "Traegernummer", "Gemeindeschluessel", ""} << true;
    QTest::newRow("other order and case") << QStringList{"gemeindeschluessel", "TRAEGERNUMMER", "Schulbezeichnung 1",
                                                         "Schulform", "Schulnummer"} << true;
    QTest::newRow("umlaut spelling") << QStringList{"Schulnummer", "Schulform", "Schulbezeichnung_1", "Trägernummer",
                                                    "Gemeindeschlüssel"} << true;
    QTest::newRow("own school list") << QStringList{"Schulnummer", "Name", "Schulform", "Schulträger"} << false;
}

void TestNrwSchoolList::recognisesTheHeader()
{
    QFETCH(QStringList, header);
    QFETCH(bool, matches);
    QCOMPARE(NrwSchoolList::matches(header), matches);
}

void TestNrwSchoolList::cellsByName()
{
    const QStringList header{"Schulnummer", "Schulform", "Schulbezeichnung_1", "Schulbezeichnung_2", "Schulbezeichnung_3",
                             "Kurzbezeichnung", "Bezirksregierung", "PLZ", "Ort", "Strasse", "Traegernummer",
                             "Gemeindeschluessel"};
    const NrwSchoolList list(header);
    const QStringList record{"194905", "20", "Gymnasium", "St. Laurentius", "", "Coesfeld, Gym", "Münster", "48653",
                             "Coesfeld", "Schulstr. 1", "13997", "05558012"};
    QCOMPARE(list.cells(record), (QStringList{"194905", "Gymnasium St. Laurentius", "20", "13997", "Schulstr. 1", "48653", "Coesfeld"}));
    QCOMPARE(list.skip(record, QStringLiteral("05558")), NrwSchoolList::Skip::None);
    QCOMPARE(list.skip(record, QStringLiteral("05566")), NrwSchoolList::Skip::OutsideRegion);
    QStringList office = record;
    office[1] = QStringLiteral("0A");
    QCOMPARE(list.skip(office, QString()), NrwSchoolList::Skip::NotASchool);
}

void TestNrwSchoolList::importsTheRegion_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("published columns") << QStringLiteral("schuldaten-nrw-excerpt.csv");
    QTest::newRow("with Bezirksregierung") << QStringLiteral("schuldaten-nrw-excerpt-bezirksregierung.csv");
}

void TestNrwSchoolList::importsTheRegion()
{
    QFETCH(QString, file);
    TestSupport::TempDatabase temp;
    Database &db = temp.db();
    const ImportFixture::Ids ids = ImportFixture::load(db);
    RecordStore store(db);
    QVERIFY(store.update(EntityCatalog::spec(EntityKind::Authority), ids.county, {{"traeger_number", "13997"}}).ok());

    const ImportResult result = import(db, file, QStringLiteral("05558"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.nrwSchoolList);
    QVERIFY(result.isComplete());
    QCOMPARE(result.skippedOutsideRegion, qint64(21));
    QCOMPARE(result.skippedNotSchools, qint64(1)); // the Schulamt of the county
    QCOMPARE(result.rowsRead, qint64(72));
    QCOMPARE(result.added, qint64(72));
    // 19 Träger numbers in the region; 13997 and 14000 are known, 17 are new.
    QCOMPARE(result.authoritiesCreated, qint64(17));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM school")).toInt(), 3 + 72);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE authority_id = %1").arg(ids.county)).toInt(), 1 + 12);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE authority_id = %1").arg(ids.town)).toInt(), 2 + 11);

    // One school checked by hand: Coesfeld's Gymnasium Nepomucenum.
    QSqlQuery school(db.connection());
    QVERIFY(school.exec(QStringLiteral("SELECT s.name, s.school_type, s.street, s.postal_code, s.city, a.traeger_number "
                                       "FROM school s JOIN authority a ON a.id = s.authority_id WHERE s.school_number = '168130'")));
    QVERIFY(school.next());
    QCOMPARE(school.value(1).toString(), QStringLiteral("20"));
    QVERIFY2(school.value(0).toString().contains(QLatin1String("Gymnasium")), qPrintable(school.value(0).toString()));
    QCOMPARE(school.value(4).toString(), QStringLiteral("Coesfeld"));
    QCOMPARE(school.value(5).toString(), QStringLiteral("13997"));

    // A new authority for review: named after number and town, not yet cooperating, with a note.
    QSqlQuery created(db.connection());
    QVERIFY(created.exec(QStringLiteral("SELECT name, kind, cooperation_phase, contact FROM authority WHERE traeger_number = '14126'")));
    QVERIFY(created.next());
    QCOMPARE(created.value(0).toString(), NrwSchoolList::reviewAuthorityName(QStringLiteral("14126"), QStringLiteral("Senden")));
    QCOMPARE(created.value(1).toString(), QStringLiteral("other"));
    QCOMPARE(created.value(2).toString(), QStringLiteral("not_yet"));
    QVERIFY(!created.value(3).toString().isEmpty());
    QVERIFY(!created.next());
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM school s JOIN authority a ON a.id = s.authority_id "
                                                    "WHERE a.traeger_number = '14126'")).toInt(), 7);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'authority' "
                                                    "AND action = 'insert'")).toInt(), 2 + 17);
}

void TestNrwSchoolList::wholeExcerpt()
{
    TestSupport::TempDatabase temp;
    QVERIFY(ImportFixture::load(temp.db()).county != 0);
    const ImportResult result = import(temp.db(), QStringLiteral("schuldaten-nrw-excerpt.csv"), QString(), true);
    QVERIFY2(result.isComplete(), qPrintable(result.summary()));
    QCOMPARE(result.skippedOutsideRegion, qint64(0));
    QCOMPARE(result.skippedNotSchools, qint64(2));
    QCOMPARE(result.rowsRead, qint64(92));
    QCOMPARE(result.added, qint64(92));
    const ImportResult nowhere = import(temp.db(), QStringLiteral("schuldaten-nrw-excerpt.csv"), QStringLiteral("0599"), true);
    QCOMPARE(nowhere.rowsRead, qint64(0));
    QCOMPARE(nowhere.skippedOutsideRegion, qint64(94));
}

void TestNrwSchoolList::reimportChangesNothing()
{
    TestSupport::TempDatabase temp;
    QVERIFY(ImportFixture::load(temp.db()).county != 0);
    QVERIFY(import(temp.db(), QStringLiteral("schuldaten-nrw-excerpt.csv"), QStringLiteral("05558")).written);
    const QStringList schools = ImportFixture::dump(temp.db(), QStringLiteral("school"));
    const QStringList authorities = ImportFixture::dump(temp.db(), QStringLiteral("authority"));
    // The newer layout of the same list finds every school and every authority again.
    const ImportResult again = import(temp.db(), QStringLiteral("schuldaten-nrw-excerpt-bezirksregierung.csv"), QStringLiteral("05558"));
    QVERIFY(again.isComplete());
    QCOMPARE(again.unchanged, qint64(72));
    QCOMPARE(again.added + again.updated + again.authoritiesCreated, qint64(0));
    QCOMPARE(ImportFixture::dump(temp.db(), QStringLiteral("school")), schools);
    QCOMPARE(ImportFixture::dump(temp.db(), QStringLiteral("authority")), authorities);
}

void TestNrwSchoolList::existingSchoolKeepsItsAuthority()
{
    // A school entered by hand under an authority without a Träger number keeps that
    // authority; its address comes from the list.
    TestSupport::TempDatabase temp;
    const ImportFixture::Ids ids = ImportFixture::load(temp.db());
    RecordStore store(temp.db());
    const RecordStore::Result school = store.insert(EntityCatalog::spec(EntityKind::School),
        {{"school_number", "168130"}, {"name", "Nepomucenum"}, {"school_type", "20"}, {"authority_id", ids.county}});
    QVERIFY(school.ok());
    const ImportResult result = import(temp.db(), QStringLiteral("schuldaten-nrw-excerpt.csv"), QStringLiteral("05558"));
    QVERIFY(result.isComplete());
    QCOMPARE(result.updated, qint64(1));
    QCOMPARE(TestSupport::scalar(temp.db(), QStringLiteral("SELECT authority_id FROM school WHERE id = %1").arg(school.id)).toLongLong(),
             ids.county);
    QCOMPARE(TestSupport::scalar(temp.db(), QStringLiteral("SELECT city FROM school WHERE id = %1").arg(school.id)).toString(),
             QStringLiteral("Coesfeld"));
}

QTEST_GUILESS_MAIN(TestNrwSchoolList)
#include "tst_nrwschoollist.moc"
