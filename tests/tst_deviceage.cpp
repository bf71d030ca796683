// SPDX-License-Identifier: EUPL-1.2
// Devices by acquisition year against tests/data/statistics_fixture.sql.
#include "deviceage.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QtTest>

using namespace StatisticsFixture;

class TestDeviceAge : public QObject
{
    Q_OBJECT

private:
    static DeviceAge load(Database &database, const StatisticsFilter &filter = {},
                          const StatisticsSettings &settings = StatisticsSettings())
    {
        StatisticsService service(database, settings, today());
        DeviceAge data;
        const DatabaseError error = DeviceAge::load(service, filter, data);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return data;
    }

    static QList<int> column(const DeviceAge &data, bool past)
    {
        QList<int> result;
        for (const DeviceAge::Year &year : data.years)
            result << (past ? year.pastCycle : year.devices);
        return result;
    }

private slots:
    void wholeCounty()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const DeviceAge data = load(temp.db());
        QCOMPARE(data.referenceDay, today());
        QCOMPARE(data.years.size(), 16); // 2010 to 2025, the gap 2011-2014 filled with zeros
        QCOMPARE(data.years.first().year, 2010);
        QCOMPARE(data.years.last().year, 2025);
        //                                 2010 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25
        QCOMPARE(column(data, false), QList<int>({1, 0, 0, 0, 0, 1, 1, 1, 2, 4, 1, 2, 2, 3, 2, 1}));
        QCOMPARE(column(data, true), QList<int>({0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 0, 0, 0, 0, 0}));
        QCOMPARE(data.devices, 21);
        QCOMPARE(data.pastCycle, 8);
        QCOMPARE(data.unknownDate, 1);
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const DeviceAge data = load(temp.db());
        QVERIFY(data.years.isEmpty());
        QCOMPARE(data.devices, 0);
        QCOMPARE(data.unknownDate, 0);
    }

    void authorityWithoutDevices()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.authorityIds = {GemeindeRosendahl};
        const DeviceAge data = load(temp.db(), filter);
        QVERIFY(data.years.isEmpty());
        QCOMPARE(data.devices, 0);
    }

    void filters()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter duelmen;
        duelmen.authorityIds = {StadtDuelmen};
        const DeviceAge data = load(temp.db(), duelmen);
        QCOMPARE(data.years.first().year, 2015);
        QCOMPARE(data.years.last().year, 2025);
        QCOMPARE(data.devices, 8);
        QCOMPARE(data.pastCycle, 2);

        StatisticsFilter year;
        year.year = 2021;
        const DeviceAge in2021 = load(temp.db(), year);
        QCOMPARE(in2021.referenceDay, QDate(2021, 12, 31));
        QCOMPARE(in2021.years.last().year, 2021);
        QCOMPARE(in2021.devices, 13);
        QCOMPARE(in2021.pastCycle, 0);
        QCOMPARE(in2021.unknownDate, 0);
    }

    void cycleSettings()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsSettings settings;
        settings.setReplacementYears(QStringLiteral("pc"), 0); // no cycle: d1 and d3 are no longer past
        const DeviceAge data = load(temp.db(), {}, settings);
        QCOMPARE(data.pastCycle, 6);
        QCOMPARE(data.years.at(8).pastCycle, 1); // 2018: only the server d16
    }
};

QTEST_GUILESS_MAIN(TestDeviceAge)
#include "tst_deviceage.moc"
