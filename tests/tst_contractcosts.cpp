// SPDX-License-Identifier: EUPL-1.2
// Annual contract costs against tests/data/statistics_fixture.sql.
#include "contractcosts.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QtTest>

using namespace StatisticsFixture;

class TestContractCosts : public QObject
{
    Q_OBJECT

private:
    static ContractCosts load(Database &database, const StatisticsFilter &filter = {})
    {
        StatisticsService service(database, StatisticsSettings(), today());
        ContractCosts data;
        const DatabaseError error = ContractCosts::load(service, filter, data);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return data;
    }

private slots:
    void wholeCounty()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const ContractCosts data = load(temp.db());
        QCOMPARE(data.cells.size(), 4); // the ended SV-004 is left out
        QCOMPARE(data.cents(QStringLiteral("NetCom GmbH"), KreisCoesfeld), qint64(1200000));
        QCOMPARE(data.cents(QStringLiteral("Druckerdienst Müller"), KreisCoesfeld), qint64(99999));
        QCOMPARE(data.cents(QStringLiteral("NetCom GmbH"), StadtDuelmen), qint64(300000));
        QCOMPARE(data.cents(QStringLiteral("Schul-IT Service AG"), StadtDuelmen), qint64(850050));
        QCOMPARE(data.cents(QStringLiteral("Altvertrag KG"), KreisCoesfeld), qint64(0));

        QCOMPARE(data.vendors.size(), 3);
        QCOMPARE(data.vendors.at(0).name, QStringLiteral("NetCom GmbH"));
        QCOMPARE(data.vendors.at(0).annualCents, qint64(1500000));
        QCOMPARE(data.vendors.at(0).contracts, 2);
        QCOMPARE(data.vendors.at(1).name, QStringLiteral("Schul-IT Service AG"));
        QCOMPARE(data.vendors.at(1).annualCents, qint64(850050));
        QCOMPARE(data.vendors.at(2).name, QStringLiteral("Druckerdienst Müller"));
        QCOMPARE(data.vendors.at(2).annualCents, qint64(99999));

        QCOMPARE(data.authorities.size(), 2);
        QCOMPARE(data.authorities.at(0).name, QStringLiteral("Kreis Coesfeld"));
        QCOMPARE(data.authorities.at(0).annualCents, qint64(1299999));
        QCOMPARE(data.authorities.at(1).name, QStringLiteral("Stadt Dülmen"));
        QCOMPARE(data.authorities.at(1).annualCents, qint64(1150050));
        QCOMPARE(data.totalCents, qint64(2450049));
        QCOMPARE(data.contracts, 4);
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const ContractCosts data = load(temp.db());
        QVERIFY(data.cells.isEmpty());
        QCOMPARE(data.totalCents, qint64(0));
    }

    void authorityWithoutContracts()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.authorityIds = {GemeindeRosendahl};
        const ContractCosts data = load(temp.db(), filter);
        QVERIFY(data.cells.isEmpty());
        QCOMPARE(data.totalCents, qint64(0));
    }

    void filters()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter duelmen;
        duelmen.authorityIds = {StadtDuelmen};
        QCOMPARE(load(temp.db(), duelmen).totalCents, qint64(1150050));

        StatisticsFilter primary;
        primary.schoolTypes = {QStringLiteral("02")};
        const ContractCosts covering = load(temp.db(), primary);
        QCOMPARE(covering.cells.size(), 1);
        QCOMPARE(covering.cells.at(0).vendor, QStringLiteral("Schul-IT Service AG"));
        QCOMPARE(covering.totalCents, qint64(850050));

        StatisticsFilter year;
        year.year = 2021;
        const ContractCosts in2021 = load(temp.db(), year);
        QCOMPARE(in2021.cells.size(), 1);
        QCOMPARE(in2021.cells.at(0).vendor, QStringLiteral("Altvertrag KG"));
        QCOMPARE(in2021.totalCents, qint64(500000));
    }
};

QTEST_GUILESS_MAIN(TestContractCosts)
#include "tst_contractcosts.moc"
