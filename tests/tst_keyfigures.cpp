// SPDX-License-Identifier: EUPL-1.2
// Key figures against the hand-computed figures in tests/data/statistics_fixture.sql.
#include "keyfigures.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QtTest>

using namespace StatisticsFixture;

class TestKeyFigures : public QObject
{
    Q_OBJECT

private:
    KeyFigures load(Database &database, const StatisticsFilter &filter = {})
    {
        StatisticsService service(database, StatisticsSettings(), today());
        KeyFigures figures;
        const DatabaseError error = KeyFigures::load(service, filter, figures);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return figures;
    }

    static const KeyFigures::Category *category(const KeyFigures &figures, const QString &code)
    {
        for (const KeyFigures::Category &category : figures.categories) {
            if (category.code == code)
                return &category;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { TestSupport::useGerman(); }

    void wholeCounty()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const KeyFigures figures = load(temp.db());
        QCOMPARE(figures.referenceDay, today());
        QCOMPARE(figures.schools, 5);
        QCOMPARE(figures.pupils, qint64(1540));
        QCOMPARE(figures.devicesInUse, 22);
        QCOMPARE(figures.pupilDevices, 13);
        QVERIFY(figures.pupilsPerDevice.has_value());
        QCOMPARE(qRound(*figures.pupilsPerDevice * 100), 11846);
        QCOMPARE(figures.devicesWithCycle, 20);
        QCOMPARE(figures.devicesPastCycle, 8);
        QCOMPARE(figures.pastCyclePercent, 40.0);

        const QStringList expectedOrder{QStringLiteral("pc"), QStringLiteral("notebook"), QStringLiteral("tablet"),
                                        QStringLiteral("display"), QStringLiteral("projector"), QStringLiteral("printer"),
                                        QStringLiteral("server"), QStringLiteral("access_point"), QStringLiteral("switch"),
                                        QStringLiteral("firewall")};
        QStringList order;
        for (const KeyFigures::Category &category : figures.categories)
            order << category.code;
        QCOMPARE(order, expectedOrder);
    }

    void categories_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("inUse");
        QTest::addColumn<int>("withCycle");
        QTest::addColumn<int>("pastCycle");
        QTest::newRow("pc") << "pc" << 5 << 5 << 2;
        QTest::newRow("notebook without a date") << "notebook" << 4 << 3 << 1;
        QTest::newRow("tablet") << "tablet" << 6 << 6 << 1;
        QTest::newRow("display") << "display" << 1 << 1 << 1;
        QTest::newRow("projector") << "projector" << 1 << 1 << 1;
        QTest::newRow("printer has no cycle") << "printer" << 1 << 0 << 0;
        QTest::newRow("server") << "server" << 1 << 1 << 1;
        QTest::newRow("access point") << "access_point" << 1 << 1 << 1;
        QTest::newRow("switch") << "switch" << 1 << 1 << 0;
        QTest::newRow("firewall") << "firewall" << 1 << 1 << 0;
    }

    void categories()
    {
        QFETCH(QString, code);
        QFETCH(int, inUse);
        QFETCH(int, withCycle);
        QFETCH(int, pastCycle);
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const KeyFigures figures = load(temp.db());
        const KeyFigures::Category *found = category(figures, code);
        QVERIFY(found);
        QCOMPARE(found->inUse, inUse);
        QCOMPARE(found->withCycle, withCycle);
        QCOMPARE(found->pastCycle, pastCycle);
        QVERIFY(!found->label.isEmpty());
    }

    void funding()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const KeyFigures figures = load(temp.db());
        QCOMPARE(figures.allocatedCents, qint64(185000000));
        QCOMPARE(figures.approvedCents, qint64(165000000));
        QCOMPARE(figures.paidOutCents, qint64(110000000));
        QCOMPARE(figures.spentCents, qint64(99850050));
        QCOMPARE(figures.approvedPercent, 89.2);
        QCOMPARE(figures.paidOutPercent, 59.5);
        QCOMPARE(figures.spentPercent, 54.0);
    }

    void dueContracts()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const KeyFigures figures = load(temp.db());
        QCOMPARE(figures.dueDays, 90);
        QCOMPARE(figures.dueContracts.size(), 2);
        QCOMPARE(figures.dueContracts.at(0).contract.number, QStringLiteral("SV-001"));
        QCOMPARE(figures.dueContracts.at(0).contract.id, qint64(1));
        QCOMPARE(figures.dueContracts.at(0).lastDayToCancel, QDate(2025, 6, 30));
        QCOMPARE(figures.dueContracts.at(0).termEnd, QDate(2025, 12, 31));
        QCOMPARE(figures.dueContracts.at(0).daysLeft, 15);
        QCOMPARE(figures.dueContracts.at(0).contract.authority, QStringLiteral("Kreis Coesfeld"));
        QCOMPARE(figures.dueContracts.at(1).contract.number, QStringLiteral("SV-005"));
        QCOMPARE(figures.dueContracts.at(1).lastDayToCancel, QDate(2025, 8, 31));
        QCOMPARE(figures.dueContracts.at(1).termEnd, QDate(2025, 9, 30));
        QCOMPARE(figures.dueContracts.at(1).daysLeft, 77);
    }

    void warningDaysComeFromTheSettings()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsSettings settings;
        settings.setDeadlineWarningDays(30);
        StatisticsService service(temp.db(), settings, today());
        KeyFigures figures;
        QVERIFY(!KeyFigures::load(service, {}, figures));
        QCOMPARE(figures.dueContracts.size(), 1); // SV-005 is 77 days away
        QCOMPARE(figures.dueContracts.at(0).contract.number, QStringLiteral("SV-001"));
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const KeyFigures figures = load(temp.db());
        QCOMPARE(figures.schools, 0);
        QCOMPARE(figures.pupils, qint64(0));
        QCOMPARE(figures.devicesInUse, 0);
        QVERIFY(figures.categories.isEmpty());
        QVERIFY(!figures.pupilsPerDevice.has_value());
        QCOMPARE(figures.pastCyclePercent, 0.0);
        QCOMPARE(figures.allocatedCents, qint64(0));
        QCOMPARE(figures.approvedPercent, 0.0);
        QVERIFY(figures.dueContracts.isEmpty());
    }

    void authorityWithoutDevices()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.authorityIds = {GemeindeRosendahl};
        const KeyFigures figures = load(temp.db(), filter);
        QCOMPARE(figures.schools, 1);
        QCOMPARE(figures.pupils, qint64(150));
        QCOMPARE(figures.devicesInUse, 0);
        QCOMPARE(figures.pupilDevices, 0);
        QVERIFY(!figures.pupilsPerDevice.has_value());
        QCOMPARE(figures.pastCyclePercent, 0.0);
        QCOMPARE(figures.allocatedCents, qint64(10000000));
        QCOMPARE(figures.approvedCents, qint64(0));
        QCOMPARE(figures.approvedPercent, 0.0);
        QVERIFY(figures.dueContracts.isEmpty());
    }

    void oneAuthority()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.authorityIds = {StadtDuelmen};
        const KeyFigures figures = load(temp.db(), filter);
        QCOMPARE(figures.schools, 2);
        QCOMPARE(figures.pupils, qint64(390));
        QCOMPARE(figures.devicesInUse, 8);
        QCOMPARE(figures.pupilDevices, 5); // d17 d18 d19 d22 d24
        QCOMPARE(*figures.pupilsPerDevice, 78.0);
        QCOMPARE(figures.devicesWithCycle, 8);
        QCOMPARE(figures.devicesPastCycle, 2); // d21 d24
        QCOMPARE(figures.pastCyclePercent, 25.0);
        QCOMPARE(figures.allocatedCents, qint64(55000000));
        QCOMPARE(figures.approvedPercent, 100.0);
        QCOMPARE(figures.paidOutPercent, 54.5);
        QCOMPARE(figures.spentPercent, 45.5);
        QVERIFY(figures.dueContracts.isEmpty()); // SV-002 is 168 days away, SV-003 has none left
    }

    void schoolType()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.schoolTypes = {QStringLiteral("02")};
        const KeyFigures figures = load(temp.db(), filter);
        QCOMPARE(figures.schools, 2);
        QCOMPARE(figures.pupils, qint64(240));
        QCOMPARE(figures.devicesInUse, 4);
        QCOMPARE(figures.pupilDevices, 3);
        QCOMPARE(*figures.pupilsPerDevice, 80.0);
        QCOMPARE(figures.pastCyclePercent, 25.0);
        // Funding belongs to authorities, not to school types.
        QCOMPARE(figures.allocatedCents, qint64(185000000));
    }

    void year()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter filter;
        filter.year = 2021;
        const KeyFigures figures = load(temp.db(), filter);
        QCOMPARE(figures.referenceDay, QDate(2021, 12, 31));
        QCOMPARE(figures.schools, 5);
        QCOMPARE(figures.devicesInUse, 13);
        QCOMPARE(figures.devicesPastCycle, 0);
        QCOMPARE(figures.pupilDevices, 6);
        QCOMPARE(qRound(*figures.pupilsPerDevice * 100), 25667);
        QVERIFY(figures.dueContracts.isEmpty());
    }

    void changedCyclesChangeThePastShare()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsSettings settings;
        settings.setReplacementYears(QStringLiteral("tablet"), 2); // d5 d6 (2021) now past as well
        settings.setReplacementYears(QStringLiteral("printer"), 10); // d9 (2010) counts, past
        StatisticsService service(temp.db(), settings, today());
        KeyFigures figures;
        QVERIFY(!KeyFigures::load(service, {}, figures));
        QCOMPARE(figures.devicesWithCycle, 21);
        QCOMPARE(figures.devicesPastCycle, 11);
        QCOMPARE(figures.pastCyclePercent, 52.4); // 11 / 21
    }
};

QTEST_GUILESS_MAIN(TestKeyFigures)
#include "tst_keyfigures.moc"
