// SPDX-License-Identifier: EUPL-1.2
// Pupils per device against tests/data/statistics_fixture.sql.
#include "pupilsperdevice.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QtTest>

using namespace StatisticsFixture;

class TestPupilsPerDevice : public QObject
{
    Q_OBJECT

private:
    static PupilsPerDevice load(Database &database, const StatisticsFilter &filter = {},
                                const StatisticsSettings &settings = StatisticsSettings())
    {
        StatisticsService service(database, settings, today());
        PupilsPerDevice data;
        const DatabaseError error = PupilsPerDevice::load(service, filter, data);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return data;
    }

private slots:
    void perSchool_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("pupils");
        QTest::addColumn<int>("devices");
        QTest::addColumn<double>("ratio"); // -1: none
        QTest::newRow("highest first") << 0 << "Berufskolleg West" << qint64(400) << 2 << 200.0;
        QTest::newRow("second") << 1 << "Realschule Dülmen" << qint64(300) << 2 << 150.0;
        QTest::newRow("teachers' and retired devices do not count") << 2 << "Gymnasium Nord" << qint64(600) << 6 << 100.0;
        QTest::newRow("lowest") << 3 << "Grundschule Am Markt" << qint64(90) << 3 << 30.0;
        QTest::newRow("no devices last") << 4 << "Grundschule Rosendahl" << qint64(150) << 0 << -1.0;
    }

    void perSchool()
    {
        QFETCH(int, row);
        QFETCH(QString, name);
        QFETCH(qint64, pupils);
        QFETCH(int, devices);
        QFETCH(double, ratio);
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const PupilsPerDevice data = load(temp.db());
        QCOMPARE(data.schools.size(), 5);
        const PupilsPerDevice::School &school = data.schools.at(row);
        QCOMPARE(school.name, name);
        QCOMPARE(school.pupils, pupils);
        QCOMPARE(school.devices, devices);
        if (ratio < 0)
            QVERIFY(!school.ratio.has_value());
        else
            QCOMPARE(*school.ratio, ratio);
    }

    void totals()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const PupilsPerDevice data = load(temp.db());
        QCOMPARE(data.target, 3.0);
        QCOMPARE(data.pupils, qint64(1540));
        QCOMPARE(data.devices, 13);
        QCOMPARE(qRound(*data.ratio * 100), 11846);
        QCOMPARE(data.schoolsAboveTarget, 5);
        QCOMPARE(data.schools.at(0).schoolNumber, QStringLiteral("100002"));
        QCOMPARE(data.schools.at(0).authority, QStringLiteral("Kreis Coesfeld"));
    }

    void target()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsSettings settings;
        settings.setTargetPupilsPerDevice(120);
        const PupilsPerDevice data = load(temp.db(), {}, settings);
        QCOMPARE(data.target, 120.0);
        QCOMPARE(data.schoolsAboveTarget, 3); // 200, 150 and the school without devices
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const PupilsPerDevice data = load(temp.db());
        QVERIFY(data.schools.isEmpty());
        QVERIFY(!data.ratio.has_value());
        QCOMPARE(data.schoolsAboveTarget, 0);
    }

    void authorityWithoutDevices()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.authorityIds = {GemeindeRosendahl};
        const PupilsPerDevice data = load(temp.db(), filter);
        QCOMPARE(data.schools.size(), 1);
        QCOMPARE(data.schools.at(0).devices, 0);
        QVERIFY(!data.ratio.has_value());
        QCOMPARE(data.schoolsAboveTarget, 1);
    }

    void filters()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter primary;
        primary.schoolTypes = {QStringLiteral("02")};
        const PupilsPerDevice data = load(temp.db(), primary);
        QCOMPARE(data.schools.size(), 2);
        QCOMPARE(data.schools.at(0).name, QStringLiteral("Grundschule Am Markt"));
        QCOMPARE(*data.ratio, 80.0);

        StatisticsFilter year;
        year.year = 2021;
        const PupilsPerDevice in2021 = load(temp.db(), year);
        QCOMPARE(in2021.devices, 6);
        QCOMPARE(in2021.schools.at(0).name, QStringLiteral("Realschule Dülmen")); // 300 / 1 (d24)
        QCOMPARE(*in2021.schools.at(0).ratio, 300.0);
    }
};

QTEST_GUILESS_MAIN(TestPupilsPerDevice)
#include "tst_pupilsperdevice.moc"
