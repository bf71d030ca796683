// SPDX-License-Identifier: EUPL-1.2
// Replacement cycles and targets: defaults, and what QSettings holds.
#include "statisticsfilter.h"
#include "statisticssettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestStatisticsSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("years");
        QTest::newRow("tablet") << "tablet" << 5;
        QTest::newRow("notebook") << "notebook" << 5;
        QTest::newRow("pc") << "pc" << 6;
        QTest::newRow("display") << "display" << 8;
        QTest::newRow("projector") << "projector" << 8;
        QTest::newRow("access point") << "access_point" << 7;
        QTest::newRow("switch") << "switch" << 7;
        QTest::newRow("firewall") << "firewall" << 7;
        QTest::newRow("server") << "server" << 7;
        QTest::newRow("printer has none") << "printer" << 0;
        QTest::newRow("unknown code") << "toaster" << 0;
    }

    void defaults()
    {
        QFETCH(QString, category);
        QFETCH(int, years);
        QCOMPARE(StatisticsSettings().replacementYears(category), years);
        QCOMPARE(StatisticsSettings::defaultReplacementYears(category), years);
    }

    void roundTripThroughQSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings stored(file, QSettings::IniFormat);
            StatisticsSettings settings;
            settings.setReplacementYears(QStringLiteral("tablet"), 4);
            settings.setReplacementYears(QStringLiteral("printer"), 9);
            settings.setTargetPupilsPerDevice(1.5);
            settings.setDeadlineWarningDays(60);
            settings.save(stored);
        }
        QSettings stored(file, QSettings::IniFormat);
        const StatisticsSettings loaded = StatisticsSettings::load(stored);
        QCOMPARE(loaded.replacementYears(QStringLiteral("tablet")), 4);
        QCOMPARE(loaded.replacementYears(QStringLiteral("printer")), 9);
        QCOMPARE(loaded.replacementYears(QStringLiteral("pc")), 6);
        QCOMPARE(loaded.targetPupilsPerDevice(), 1.5);
        QCOMPARE(loaded.deadlineWarningDays(), 60);
    }

    void nonsenseInQSettingsKeepsDefaults()
    {
        QTemporaryDir dir;
        QSettings stored(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        stored.setValue(QStringLiteral("statistics/replacementYears/pc"), QStringLiteral("many"));
        stored.setValue(QStringLiteral("statistics/replacementYears/tablet"), 500);
        stored.setValue(QStringLiteral("statistics/targetPupilsPerDevice"), -2);
        const StatisticsSettings loaded = StatisticsSettings::load(stored);
        QCOMPARE(loaded.replacementYears(QStringLiteral("pc")), 6);
        QCOMPARE(loaded.replacementYears(QStringLiteral("tablet")), 50);
        QCOMPARE(loaded.targetPupilsPerDevice(), 3.0);
    }

    void referenceDay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("no year") << 0 << QDate(2025, 6, 15);
        QTest::newRow("past year") << 2023 << QDate(2023, 12, 31);
        QTest::newRow("this year") << 2025 << QDate(2025, 6, 15);
        QTest::newRow("future year") << 2027 << QDate(2025, 6, 15);
    }

    void referenceDay()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        StatisticsFilter filter;
        filter.year = year;
        QCOMPARE(filter.referenceDay(QDate(2025, 6, 15)), expected);
        QCOMPARE(filter.yearEnd().isEmpty(), year == 0);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsSettings)
#include "tst_statisticssettings.moc"
