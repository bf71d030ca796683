// SPDX-License-Identifier: EUPL-1.2
#include "schoolmeasures.h"
#include "statisticsfilter.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using Measure = MinimumStandard::Measure;
Q_DECLARE_METATYPE(Measure)

class TestSchoolMeasures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void schoolFigures();
    void deviceAggregates();
    void values_data();
    void values();
    void contractsRunningOnTheReferenceDay();
    void mdmOfTheAuthorityWithLicenceLeft();
    void filterByAuthorityAndType();
    void yearFilterDropsLaterDevices();

private:
    SchoolMeasures::School school(int id);
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<StatisticsService> m_service;
    QList<SchoolMeasures::School> m_schools;
};

void TestSchoolMeasures::initTestCase()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    m_service = std::make_unique<StatisticsService>(m_temp->db(), StatisticsSettings(), SystemsFixture::referenceDay());
    QVERIFY(!SchoolMeasures::load(*m_service, {}, m_schools));
}

void TestSchoolMeasures::cleanupTestCase()
{
    m_schools.clear();
    m_service.reset();
    m_temp.reset();
}

SchoolMeasures::School TestSchoolMeasures::school(int id)
{
    for (const SchoolMeasures::School &school : std::as_const(m_schools)) {
        if (school.id == id)
            return school;
    }
    return {};
}

void TestSchoolMeasures::schoolFigures()
{
    QCOMPARE(m_schools.size(), 5);
    // By authority name, then school name.
    QList<qint64> order;
    for (const SchoolMeasures::School &school : std::as_const(m_schools))
        order << school.id;
    QCOMPARE(order, (QList<qint64>{5, 1, 2, 4, 3}));
    QCOMPARE(school(2).authority, QStringLiteral("Kreis Coesfeld"));
    QCOMPARE(school(2).type, QStringLiteral("20"));
    QCOMPARE(*school(2).pupils, 90);
    QVERIFY(!school(4).pupils);
    QVERIFY(!school(3).broadbandMbits);
    QCOMPARE(*school(5).broadbandMbits, 2000.0);
}

void TestSchoolMeasures::deviceAggregates()
{
    QCOMPARE(school(1).devices, 15);
    QCOMPARE(school(1).pupilDevices, 10);
    QCOMPARE(school(1).teacherDevices, 4);
    QCOMPARE(school(1).cycledDevices, 14);
    QCOMPARE(school(1).pastCycleDevices, 4);
    QCOMPARE(school(2).pupilDevices, 30);
    QCOMPARE(school(2).teacherDevices, 0);
    QCOMPARE(school(2).cycledDevices, 32);
    QCOMPARE(school(2).pastCycleDevices, 12);
    QCOMPARE(school(3).cycledDevices, 0); // no known ages
    QCOMPARE(school(4).devices, 0);
    QCOMPARE(school(5).pupilDevices, 0);
    QCOMPARE(school(5).cycledDevices, 5);
}

void TestSchoolMeasures::values_data()
{
    QTest::addColumn<int>("school");
    QTest::addColumn<Measure>("measure");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("value");
    const double inf = std::numeric_limits<double>::infinity();

    QTest::newRow("broadband known") << 2 << Measure::BroadbandMbits << true << 500.0;
    QTest::newRow("broadband unknown") << 3 << Measure::BroadbandMbits << false << 0.0;
    QTest::newRow("wlan known") << 5 << Measure::WlanCoveragePercent << true << 50.0;
    QTest::newRow("wlan unknown") << 3 << Measure::WlanCoveragePercent << false << 0.0;
    QTest::newRow("pupils 40 / 10") << 1 << Measure::PupilsPerDevice << true << 4.0;
    QTest::newRow("pupils 90 / 30") << 2 << Measure::PupilsPerDevice << true << 3.0;
    QTest::newRow("pupils without devices") << 5 << Measure::PupilsPerDevice << true << inf;
    QTest::newRow("no pupils recorded") << 4 << Measure::PupilsPerDevice << false << 0.0;
    QTest::newRow("teachers 4 / 4") << 1 << Measure::TeachersPerDevice << true << 1.0;
    QTest::newRow("teachers without device") << 2 << Measure::TeachersPerDevice << true << inf;
    QTest::newRow("no teachers recorded") << 4 << Measure::TeachersPerDevice << false << 0.0;
    QTest::newRow("cycle 10 of 14") << 1 << Measure::DevicesWithinCyclePercent << true << 1000.0 / 14;
    QTest::newRow("cycle 20 of 32") << 2 << Measure::DevicesWithinCyclePercent << true << 62.5;
    QTest::newRow("cycle all within") << 5 << Measure::DevicesWithinCyclePercent << true << 100.0;
    QTest::newRow("cycle unknown ages") << 3 << Measure::DevicesWithinCyclePercent << false << 0.0;
    QTest::newRow("cycle no devices") << 4 << Measure::DevicesWithinCyclePercent << false << 0.0;
    QTest::newRow("two contracts") << 1 << Measure::SupportContracts << true << 2.0;
    QTest::newRow("no contract") << 4 << Measure::SupportContracts << true << 0.0;
    QTest::newRow("mdm of the authority") << 2 << Measure::MdmSystems << true << 1.0;
    QTest::newRow("mdm for the school") << 5 << Measure::MdmSystems << true << 1.0;
    QTest::newRow("mdm licence ended") << 3 << Measure::MdmSystems << true << 0.0;
}

void TestSchoolMeasures::values()
{
    QFETCH(int, school);
    QFETCH(Measure, measure);
    QFETCH(bool, hasValue);
    QFETCH(double, value);
    const std::optional<double> actual = this->school(school).value(measure);
    QCOMPARE(actual.has_value(), hasValue);
    if (hasValue) {
        if (std::isinf(value))
            QVERIFY(std::isinf(*actual));
        else
            QVERIFY2(qAbs(*actual - value) < 1e-9, qPrintable(QString::number(*actual)));
    }
}

void TestSchoolMeasures::contractsRunningOnTheReferenceDay()
{
    QCOMPARE(school(1).contracts, 2);
    QCOMPARE(school(2).contracts, 1);
    QCOMPARE(school(3).contracts, 1); // SV-2 ended 2022, SV-3 runs
    QCOMPARE(school(5).contracts, 0); // SV-4 begins 2026
    // On 2026-06-30 contract 4 runs too; contract 3 still runs.
    StatisticsService later(m_temp->db(), StatisticsSettings(), QDate(2026, 6, 30));
    QList<SchoolMeasures::School> schools;
    QVERIFY(!SchoolMeasures::load(later, {}, schools));
    QCOMPARE(schools.at(0).id, 5);
    QCOMPARE(schools.at(0).contracts, 1);
    // On 2028-01-01 contract 3 has ended.
    StatisticsService after(m_temp->db(), StatisticsSettings(), QDate(2028, 1, 1));
    QVERIFY(!SchoolMeasures::load(after, {}, schools));
    QCOMPARE(schools.at(1).id, 1);
    QCOMPARE(schools.at(1).contracts, 1);
    QCOMPARE(schools.at(4).id, 3);
    QCOMPARE(schools.at(4).contracts, 0);
}

void TestSchoolMeasures::mdmOfTheAuthorityWithLicenceLeft()
{
    QCOMPARE(school(1).mdmSystems, 1);
    QCOMPARE(school(4).mdmSystems, 0);
    // Before the Relution licence ended, the town's schools had one.
    StatisticsService earlier(m_temp->db(), StatisticsSettings(), QDate(2024, 12, 31));
    QList<SchoolMeasures::School> schools;
    QVERIFY(!SchoolMeasures::load(earlier, {}, schools));
    QCOMPARE(schools.at(3).id, 4);
    QCOMPARE(schools.at(3).mdmSystems, 1);
    // A school's own MDM does not serve the other schools of its authority.
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    QSqlQuery query(temp.db().connection());
    QVERIFY(query.exec("INSERT INTO school (school_number, name, school_type, authority_id) "
                       "VALUES ('100006', 'Grundschule Havixbeck', '02', 3)"));
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    QVERIFY(!SchoolMeasures::load(service, {}, schools));
    QCOMPARE(schools.at(1).name, QStringLiteral("Grundschule Havixbeck"));
    QCOMPARE(schools.at(1).mdmSystems, 0);
    QCOMPARE(schools.at(0).mdmSystems, 1);
}

void TestSchoolMeasures::filterByAuthorityAndType()
{
    StatisticsFilter filter;
    filter.authorityIds = {1, 2};
    filter.schoolTypes = {QStringLiteral("02")};
    QList<SchoolMeasures::School> schools;
    QVERIFY(!SchoolMeasures::load(*m_service, filter, schools));
    QCOMPARE(schools.size(), 2);
    QCOMPARE(schools.at(0).id, 1);
    QCOMPARE(schools.at(0).pupilDevices, 10);
    QCOMPARE(schools.at(0).contracts, 2);
    QCOMPARE(schools.at(1).id, 4);
}

void TestSchoolMeasures::yearFilterDropsLaterDevices()
{
    // At the end of 2022 the tablets of school 1 (2023) were not there; the reference day
    // becomes 2022-12-31, so the 2018 notebooks were within their five years.
    StatisticsFilter filter;
    filter.year = 2022;
    QList<SchoolMeasures::School> schools;
    QVERIFY(!SchoolMeasures::load(*m_service, filter, schools));
    QCOMPARE(schools.at(1).id, 1);
    QCOMPARE(schools.at(1).pupilDevices, 0);
    QCOMPARE(schools.at(1).teacherDevices, 4);
    QCOMPARE(schools.at(1).cycledDevices, 4);
    QCOMPARE(schools.at(1).pastCycleDevices, 0);
    QCOMPARE(schools.at(1).contracts, 1); // SV-3 begins 2025
}

QTEST_GUILESS_MAIN(TestSchoolMeasures)
#include "tst_schoolmeasures.moc"
