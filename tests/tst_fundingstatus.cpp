// SPDX-License-Identifier: EUPL-1.2
// Funding per program against tests/data/statistics_fixture.sql.
#include "fundingstatus.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace StatisticsFixture;

class TestFundingStatus : public QObject
{
    Q_OBJECT

private:
    static FundingStatus load(Database &database, FundingStatus::Grouping grouping,
                              const StatisticsFilter &filter = {})
    {
        StatisticsService service(database, StatisticsSettings(), today());
        FundingStatus data;
        const DatabaseError error = FundingStatus::load(service, filter, grouping, data);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return data;
    }

    static QList<qint64> amounts(const FundingStatus::Row &row)
    {
        return {row.allocatedCents, row.approvedCents, row.paidOutCents, row.spentCents, row.remainingCents()};
    }

private slots:
    void summed()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const FundingStatus data = load(temp.db(), FundingStatus::Grouping::Summed);
        QCOMPARE(data.rows.size(), 2); // DigitalPakt 2.0 has no allocation
        QCOMPARE(data.rows.at(0).program, QStringLiteral("DigitalPakt Schule"));
        QCOMPARE(data.rows.at(0).authorityId, qint64(0));
        QCOMPARE(amounts(data.rows.at(0)),
                 QList<qint64>({160000000, 140000000, 85000000, 75000000, 85000000}));
        QCOMPARE(data.rows.at(0).spendingDeadline, QDate(2025, 12, 31));
        QCOMPARE(data.rows.at(0).proofOfUseDeadline, QDate(2026, 6, 30));
        QCOMPARE(data.rows.at(1).program, QStringLiteral("Sofortausstattungsprogramm"));
        QCOMPARE(amounts(data.rows.at(1)), QList<qint64>({25000000, 25000000, 25000000, 24850050, 149950}));
        QCOMPARE(amounts(data.total), QList<qint64>({185000000, 165000000, 110000000, 99850050, 85149950}));
    }

    void perAuthority()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const FundingStatus data = load(temp.db(), FundingStatus::Grouping::PerAuthority);
        QCOMPARE(data.rows.size(), 5);
        QCOMPARE(data.rows.at(0).program, QStringLiteral("DigitalPakt Schule"));
        QCOMPARE(data.rows.at(0).authority, QStringLiteral("Gemeinde Rosendahl"));
        QCOMPARE(amounts(data.rows.at(0)), QList<qint64>({10000000, 0, 0, 0, 10000000}));
        QCOMPARE(data.rows.at(1).authority, QStringLiteral("Kreis Coesfeld"));
        QCOMPARE(amounts(data.rows.at(1)), QList<qint64>({100000000, 90000000, 60000000, 55000000, 45000000}));
        QCOMPARE(data.rows.at(2).authority, QStringLiteral("Stadt Dülmen"));
        QCOMPARE(data.rows.at(2).authorityId, qint64(StadtDuelmen));
        QCOMPARE(data.rows.at(3).program, QStringLiteral("Sofortausstattungsprogramm"));
        QCOMPARE(data.rows.at(3).authority, QStringLiteral("Kreis Coesfeld"));
        QCOMPARE(amounts(data.rows.at(3)), QList<qint64>({20000000, 20000000, 20000000, 19850050, 149950}));
        QCOMPARE(amounts(data.total), QList<qint64>({185000000, 165000000, 110000000, 99850050, 85149950}));
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const FundingStatus data = load(temp.db(), FundingStatus::Grouping::Summed);
        QVERIFY(data.rows.isEmpty());
        QCOMPARE(data.total.allocatedCents, qint64(0));
    }

    void authorityFilter()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter duelmen;
        duelmen.authorityIds = {StadtDuelmen};
        const FundingStatus data = load(temp.db(), FundingStatus::Grouping::Summed, duelmen);
        QCOMPARE(data.rows.size(), 2);
        QCOMPARE(amounts(data.rows.at(0)), QList<qint64>({50000000, 50000000, 25000000, 20000000, 30000000}));
        QCOMPARE(amounts(data.total), QList<qint64>({55000000, 55000000, 30000000, 25000000, 30000000}));

        StatisticsFilter rosendahl;
        rosendahl.authorityIds = {GemeindeRosendahl};
        const FundingStatus only = load(temp.db(), FundingStatus::Grouping::Summed, rosendahl);
        QCOMPARE(only.rows.size(), 1);
        QCOMPARE(amounts(only.total), QList<qint64>({10000000, 0, 0, 0, 10000000}));
    }

    void authorityWithoutAllocations_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::newRow("summed") << int(FundingStatus::Grouping::Summed);
        QTest::newRow("per authority") << int(FundingStatus::Grouping::PerAuthority);
    }

    void authorityWithoutAllocations()
    {
        // Every authority of the fixture has an allocation; a fourth one has none.
        QFETCH(int, grouping);
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        QSqlQuery query(temp.db().connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO authority (id, name, kind) VALUES (4, 'Gemeinde Nottuln', 'municipality')")));
        StatisticsFilter nottuln;
        nottuln.authorityIds = {4};
        const FundingStatus data = load(temp.db(), FundingStatus::Grouping(grouping), nottuln);
        QCOMPARE(data.grouping, FundingStatus::Grouping(grouping));
        QCOMPARE(data.rows.size(), 0);
        QCOMPARE(amounts(data.total), QList<qint64>({0, 0, 0, 0, 0}));

        // Beside one with allocations it adds nothing: Stadt Dülmen's figures alone.
        nottuln.authorityIds << StadtDuelmen;
        const FundingStatus both = load(temp.db(), FundingStatus::Grouping(grouping), nottuln);
        QCOMPARE(both.rows.size(), 2);
        for (const FundingStatus::Row &row : both.rows)
            QVERIFY(row.authorityId == 0 || row.authorityId == StadtDuelmen);
        QCOMPARE(amounts(both.total), QList<qint64>({55000000, 55000000, 30000000, 25000000, 30000000}));
    }
};

QTEST_GUILESS_MAIN(TestFundingStatus)
#include "tst_fundingstatus.moc"
