// SPDX-License-Identifier: EUPL-1.2
// The statistics' SQL on both engines: tests/data/statistics_fixture.sql loaded into SQLite
// and into PostgreSQL gives the same hand-computed figures, with every filter in play.
#include "contractcosts.h"
#include "contractdeadlines.h"
#include "deviceage.h"
#include "devicesbyauthority.h"
#include "filterchoices.h"
#include "fundingstatus.h"
#include "keyfigures.h"
#include "postgrestestserver.h"
#include "pupilsperdevice.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QtTest>

using namespace StatisticsFixture;

class TestStatisticsEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }

    void sameFigures_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("SQLite") << false;
        QTest::newRow("PostgreSQL") << true;
    }

    void sameFigures()
    {
        QFETCH(bool, postgres);
        if (postgres)
            SCHULIT_NEED_POSTGRES();
        PostgresTestServer::EngineLocation location(postgres);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        Database database;
        QVERIFY(!database.open(location.location()));
        QVERIFY(StatisticsFixture::load(database));
        const StatisticsService service(database, StatisticsSettings(), today());

        KeyFigures figures;
        QVERIFY(!KeyFigures::load(service, {}, figures));
        QCOMPARE(figures.schools, 5);
        QCOMPARE(figures.pupils, qint64(1540));
        QCOMPARE(figures.devicesInUse, 22);
        QCOMPARE(figures.pupilDevices, 13);
        QCOMPARE(figures.devicesWithCycle, 20);
        QCOMPARE(figures.devicesPastCycle, 8);
        QCOMPARE(figures.spentCents, qint64(99850050));
        QCOMPARE(figures.dueContracts.size(), 2);

        // Every kind of condition at once: authorities, school types and a year.
        StatisticsFilter narrow;
        narrow.authorityIds = {KreisCoesfeld, StadtDuelmen};
        narrow.schoolTypes = {QStringLiteral("20"), QStringLiteral("10")}; // Gymnasium Nord, Realschule Dülmen
        narrow.year = 2021;
        QVERIFY(!KeyFigures::load(service, narrow, figures));
        QCOMPARE(figures.schools, 2);
        QCOMPARE(figures.pupils, qint64(900));
        QCOMPARE(figures.devicesInUse, 9); // Gymnasium Nord d1-d6 d8 d9 without d7; Realschule d24
        QCOMPARE(figures.pupilDevices, 6); // d1 d2 d4 d5 d6 d24
        QCOMPARE(figures.devicesPastCycle, 0);

        DevicesByAuthority byAuthority;
        QVERIFY(!DevicesByAuthority::load(service, {}, byAuthority));
        QCOMPARE(byAuthority.rows.size(), 3);
        QCOMPARE(byAuthority.rows.at(1).total, 14);
        QCOMPARE(byAuthority.rows.at(2).total, 8);
        QVERIFY(!DevicesByAuthority::load(service, narrow, byAuthority));
        QCOMPARE(byAuthority.total, 9);

        DeviceAge age;
        QVERIFY(!DeviceAge::load(service, {}, age));
        QCOMPARE(age.years.size(), 16);
        QCOMPARE(age.pastCycle, 8);
        QCOMPARE(age.unknownDate, 1);

        PupilsPerDevice ratio;
        QVERIFY(!PupilsPerDevice::load(service, {}, ratio));
        QCOMPARE(ratio.schools.size(), 5);
        QCOMPARE(ratio.schools.first().name, QStringLiteral("Berufskolleg West"));
        QCOMPARE(ratio.schools.last().name, QStringLiteral("Grundschule Rosendahl"));
        QVERIFY(!PupilsPerDevice::load(service, narrow, ratio));
        QCOMPARE(ratio.schools.size(), 2);
        QCOMPARE(ratio.devices, 6);

        FundingStatus funding;
        QVERIFY(!FundingStatus::load(service, {}, FundingStatus::Grouping::PerAuthority, funding));
        QCOMPARE(funding.rows.size(), 5);
        QCOMPARE(funding.total.allocatedCents, qint64(185000000));
        QCOMPARE(funding.total.spentCents, qint64(99850050));

        ContractCosts costs;
        QVERIFY(!ContractCosts::load(service, {}, costs));
        QCOMPARE(costs.totalCents, qint64(2450049));
        StatisticsFilter primary;
        primary.schoolTypes = {QStringLiteral("02")};
        QVERIFY(!ContractCosts::load(service, primary, costs));
        QCOMPARE(costs.totalCents, qint64(850050));

        ContractDeadlines deadlines;
        QVERIFY(!ContractDeadlines::load(service, {}, ContractDeadlines::DefaultMonths, deadlines));
        QCOMPARE(deadlines.events.size(), 13);

        FilterChoices choices;
        QVERIFY(!FilterChoices::load(database, choices));
        QCOMPARE(choices.authorities.size(), 3);
        QCOMPARE(choices.firstYear, 2010);
        QCOMPARE(choices.lastYear, 2025);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsEngines)
#include "tst_statisticsengines.moc"
