// SPDX-License-Identifier: EUPL-1.2
// Devices per authority and category against tests/data/statistics_fixture.sql.
#include "devicesbyauthority.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace StatisticsFixture;

class TestDevicesByAuthority : public QObject
{
    Q_OBJECT

private:
    static DevicesByAuthority load(Database &database, const StatisticsFilter &filter = {})
    {
        StatisticsService service(database, StatisticsSettings(), today());
        DevicesByAuthority data;
        const DatabaseError error = DevicesByAuthority::load(service, filter, data);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return data;
    }

    static int count(const DevicesByAuthority &data, int row, const QString &category)
    {
        const qsizetype column = data.categories.indexOf(category);
        return column < 0 ? 0 : data.rows.at(row).counts.at(column);
    }

private slots:
    void initTestCase() { TestSupport::useGerman(); }

    void wholeCounty()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const DevicesByAuthority data = load(temp.db());
        QCOMPARE(data.categories,
                 QStringList({QStringLiteral("pc"), QStringLiteral("notebook"), QStringLiteral("tablet"),
                              QStringLiteral("display"), QStringLiteral("projector"), QStringLiteral("printer"),
                              QStringLiteral("server"), QStringLiteral("access_point"), QStringLiteral("switch"),
                              QStringLiteral("firewall")}));
        QCOMPARE(data.categoryLabels.size(), data.categories.size());
        QCOMPARE(data.rows.size(), 3);
        QCOMPARE(data.rows.at(0).authority, QStringLiteral("Gemeinde Rosendahl"));
        QCOMPARE(data.rows.at(0).total, 0);
        QCOMPARE(data.rows.at(0).counts, QList<int>(10, 0));
        QCOMPARE(data.rows.at(1).authority, QStringLiteral("Kreis Coesfeld"));
        QCOMPARE(data.rows.at(1).total, 14);
        QCOMPARE(data.rows.at(1).counts, QList<int>({3, 3, 3, 1, 0, 1, 1, 1, 1, 0}));
        QCOMPARE(data.rows.at(2).authority, QStringLiteral("Stadt Dülmen"));
        QCOMPARE(data.rows.at(2).total, 8);
        QCOMPARE(data.rows.at(2).counts, QList<int>({2, 1, 3, 0, 1, 0, 0, 0, 0, 1}));
        QCOMPARE(data.categoryTotals, QList<int>({5, 4, 6, 1, 1, 1, 1, 1, 1, 1}));
        QCOMPARE(data.total, 22);
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const DevicesByAuthority data = load(temp.db());
        QVERIFY(data.rows.isEmpty());
        QVERIFY(data.categories.isEmpty());
        QCOMPARE(data.total, 0);
    }

    void authorityWithoutDevices()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.authorityIds = {GemeindeRosendahl};
        const DevicesByAuthority data = load(temp.db(), filter);
        QCOMPARE(data.rows.size(), 1);
        QCOMPARE(data.rows.at(0).authority, QStringLiteral("Gemeinde Rosendahl"));
        QCOMPARE(data.rows.at(0).total, 0);
        QVERIFY(data.categories.isEmpty());
    }

    void filters()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter twoAuthorities;
        twoAuthorities.authorityIds = {KreisCoesfeld, StadtDuelmen};
        QCOMPARE(load(temp.db(), twoAuthorities).rows.size(), 2);

        StatisticsFilter primary;
        primary.schoolTypes = {QStringLiteral("02")};
        const DevicesByAuthority data = load(temp.db(), primary);
        QCOMPARE(data.categories, QStringList({QStringLiteral("tablet"), QStringLiteral("projector")}));
        QCOMPARE(data.rows.at(2).authority, QStringLiteral("Stadt Dülmen"));
        QCOMPARE(count(data, 2, QStringLiteral("tablet")), 3);
        QCOMPARE(count(data, 2, QStringLiteral("projector")), 1);
        QCOMPARE(data.rows.at(1).total, 0); // Kreis Coesfeld runs no primary school
        QCOMPARE(data.total, 4);

        StatisticsFilter year;
        year.year = 2021;
        const DevicesByAuthority in2021 = load(temp.db(), year);
        QCOMPARE(in2021.total, 13);
        QCOMPARE(in2021.rows.at(1).total, 11); // Coesfeld: d1 d2 d3 d4 d5 d6 d8 d9 d14 d15 d16
        QCOMPARE(in2021.rows.at(2).total, 2);  // Dülmen: d21 d24
    }

    void followsAnEdit()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        QSqlQuery query(temp.db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE device SET status = 'retired' WHERE id = 1")));
        const DevicesByAuthority data = load(temp.db());
        QCOMPARE(data.rows.at(1).total, 13);
        QCOMPARE(data.total, 21);
    }
};

QTEST_GUILESS_MAIN(TestDevicesByAuthority)
#include "tst_devicesbyauthority.moc"
