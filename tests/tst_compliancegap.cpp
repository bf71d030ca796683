// SPDX-License-Identifier: EUPL-1.2
#include "compliancegap.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QTest>

using Measure = MinimumStandard::Measure;
using Comparison = MinimumStandard::Comparison;

Q_DECLARE_METATYPE(Measure)
Q_DECLARE_METATYPE(Comparison)

class TestComplianceGap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fixtureGaps_data();
    void fixtureGaps();
    void shortfallPerSchool_data();
    void shortfallPerSchool();
    void everySchoolMeetsIt();
    void appliesToNoSchool();
    void germanSentencesGroupThousands();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    StandardsCompliance m_compliance;
};

void TestComplianceGap::initTestCase()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    StatisticsService service(m_temp->db(), StatisticsSettings(), SystemsFixture::referenceDay());
    QVERIFY(!StandardsCompliance::load(service, {}, m_compliance));
    QCOMPARE(m_compliance.standards.size(), 8);
}

void TestComplianceGap::cleanupTestCase()
{
    m_temp.reset();
}

void TestComplianceGap::fixtureGaps_data()
{
    QTest::addColumn<int>("standard");
    QTest::addColumn<int>("notMet");
    QTest::addColumn<int>("authorities");
    QTest::addColumn<qint64>("shortfall"); // -1: none
    QTest::addColumn<QString>("sentence");
    // The English source texts; German comes from the translation.
    QTest::newRow("broadband") << 0 << 2 << 2 << qint64(-1)
        << "2 school(s) lack 1 Gbit/s. 1 school(s) lack the figures to tell.";
    QTest::newRow("wlan") << 1 << 2 << 2 << qint64(-1)
        << "2 school(s) have less than 90 % WLAN coverage. 1 school(s) lack the figures to tell.";
    QTest::newRow("replacement cycle") << 2 << 2 << 1 << qint64(8)
        << "2 school(s) have less than 80 % of their devices within the replacement cycle. "
           "Replacing 8 device(s) would close the gap. 2 school(s) lack the figures to tell.";
    QTest::newRow("teacher devices") << 3 << 2 << 2 << qint64(14)
        << "2 school(s) have more than one teacher per teacher device. "
           "14 more teacher device(s) would close the gap. 1 school(s) lack the figures to tell.";
    QTest::newRow("primary devices, only no data") << 4 << 0 << 0 << qint64(-1)
        << "No school misses it as far as the figures tell. 1 school(s) lack the figures to tell.";
    QTest::newRow("secondary devices") << 5 << 3 << 3 << qint64(22)
        << "3 school(s) have more than 2.5 pupils per device. 22 more device(s) for pupils would close the gap.";
    QTest::newRow("mdm") << 6 << 2 << 1 << qint64(-1)
        << "2 school(s) have no mobile device management of their authority.";
    QTest::newRow("support contract") << 7 << 2 << 2 << qint64(-1)
        << "2 school(s) are not covered by a running support contract.";
}

void TestComplianceGap::fixtureGaps()
{
    QFETCH(int, standard);
    QFETCH(int, notMet);
    QFETCH(int, authorities);
    QFETCH(qint64, shortfall);
    QFETCH(QString, sentence);
    const ComplianceGap gap = ComplianceGap::of(m_compliance, standard);
    QCOMPARE(gap.notMet, notMet);
    QCOMPARE(gap.authoritiesNotMet, authorities);
    QCOMPARE(gap.shortfall.value_or(-1), shortfall);
    QCOMPARE(gap.sentence, sentence);
    QCOMPARE(ComplianceGap::of(m_compliance).at(standard).sentence, sentence);
}

void TestComplianceGap::shortfallPerSchool_data()
{
    QTest::addColumn<Measure>("measure");
    QTest::addColumn<Comparison>("comparison");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("devices");
    QTest::addColumn<qint64>("shortfall");
    // Pupils: 90 pupils, 30 devices.
    QTest::newRow("90 pupils, at most 2.5") << Measure::PupilsPerDevice << Comparison::AtMost << 2.5 << 90 << 30 << qint64(6);
    QTest::newRow("90 pupils, at most 3: none") << Measure::PupilsPerDevice << Comparison::AtMost << 3.0 << 90 << 30 << qint64(0);
    QTest::newRow("90 pupils, less than 3") << Measure::PupilsPerDevice << Comparison::LessThan << 3.0 << 90 << 30 << qint64(1);
    QTest::newRow("91 pupils, at most 3") << Measure::PupilsPerDevice << Comparison::AtMost << 3.0 << 91 << 30 << qint64(1);
    QTest::newRow("threshold 0: none") << Measure::PupilsPerDevice << Comparison::AtMost << 0.0 << 90 << 30 << qint64(-1);
    QTest::newRow("teachers, at most 1") << Measure::TeachersPerDevice << Comparison::AtMost << 1.0 << 9 << 0 << qint64(9);
    // Replacement cycle: 32 devices, `devices` of them past the cycle.
    QTest::newRow("12 of 32 past, at least 80") << Measure::DevicesWithinCyclePercent << Comparison::AtLeast << 80.0 << 32 << 12 << qint64(6);
    QTest::newRow("12 of 32 past, more than 75") << Measure::DevicesWithinCyclePercent << Comparison::MoreThan << 75.0 << 32 << 12 << qint64(5);
    QTest::newRow("12 of 32 past, at least 100") << Measure::DevicesWithinCyclePercent << Comparison::AtLeast << 100.0 << 32 << 12 << qint64(12);
    QTest::newRow("broadband: none") << Measure::BroadbandMbits << Comparison::AtLeast << 1000.0 << 0 << 0 << qint64(-1);
}

void TestComplianceGap::shortfallPerSchool()
{
    QFETCH(Measure, measure);
    QFETCH(Comparison, comparison);
    QFETCH(double, threshold);
    QFETCH(int, people);
    QFETCH(int, devices);
    QFETCH(qint64, shortfall);
    MinimumStandard standard;
    standard.measure = measure;
    standard.comparison = comparison;
    standard.threshold = threshold;
    SchoolMeasures::School school;
    school.pupils = people;
    school.teachers = people;
    school.pupilDevices = devices;
    school.teacherDevices = devices;
    school.cycledDevices = people;
    school.pastCycleDevices = devices;
    QCOMPARE(ComplianceGap::schoolShortfall(standard, school).value_or(-1), shortfall);
}

void TestComplianceGap::everySchoolMeetsIt()
{
    MinimumStandard standard;
    standard.name = QStringLiteral("Verträge");
    standard.measure = Measure::SupportContracts;
    standard.threshold = 0;
    SchoolMeasures::School a;
    a.type = QStringLiteral("02");
    SchoolMeasures::School b = a;
    b.id = 2;
    const StandardsCompliance compliance = StandardsCompliance::evaluate({standard}, {a, b});
    const ComplianceGap gap = ComplianceGap::of(compliance, 0);
    QCOMPARE(gap.applicable, 2);
    QCOMPARE(gap.sentence, QStringLiteral("All 2 school(s) meet it."));
}

void TestComplianceGap::appliesToNoSchool()
{
    MinimumStandard standard;
    standard.name = QStringLiteral("Berufskolleg");
    standard.schoolTypes = {QStringLiteral("30")};
    SchoolMeasures::School primary;
    primary.type = QStringLiteral("02");
    const ComplianceGap gap = ComplianceGap::of(StandardsCompliance::evaluate({standard}, {primary}), 0);
    QCOMPARE(gap.applicable, 0);
    QCOMPARE(gap.sentence, QStringLiteral("It applies to no school here."));
}

void TestComplianceGap::germanSentencesGroupThousands()
{
    TestSupport::useGerman();
    MinimumStandard standard;
    standard.name = QStringLiteral("Endgeräte");
    standard.measure = Measure::PupilsPerDevice;
    standard.comparison = Comparison::AtMost;
    standard.threshold = 3;
    SchoolMeasures::School school;
    school.type = QStringLiteral("02");
    school.pupils = 9000;
    school.pupilDevices = 10; // 2,990 devices short
    SchoolMeasures::School fine = school;
    fine.id = 2;
    fine.pupilDevices = 3000;
    const ComplianceGap gap = ComplianceGap::of(StandardsCompliance::evaluate({standard}, {school, fine}), 0);
    QCOMPARE(gap.sentence, QStringLiteral("1 Schule hat mehr als 3 Schüler je Gerät. "
                                          "2.990 weitere Schülergeräte würden die Lücke schließen."));
    standard.threshold = 1000;
    const ComplianceGap met = ComplianceGap::of(StandardsCompliance::evaluate({standard}, {school, fine}), 0);
    QCOMPARE(met.sentence, QStringLiteral("Alle 2 Schulen erfüllen ihn."));
}

QTEST_GUILESS_MAIN(TestComplianceGap)
#include "tst_compliancegap.moc"
