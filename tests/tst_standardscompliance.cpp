// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "recordstore.h"
#include "standardscompliance.h"
#include "statisticsfilter.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QTest>

#include <limits>

using Measure = MinimumStandard::Measure;
using Comparison = MinimumStandard::Comparison;
using Status = StandardsCompliance::Status;

Q_DECLARE_METATYPE(Status)
Q_DECLARE_METATYPE(Comparison)
Q_DECLARE_METATYPE(MinimumStandard)
Q_DECLARE_METATYPE(SchoolMeasures::School)

namespace {
// A school whose every figure is unknown or zero; rows set what their measure reads.
SchoolMeasures::School blankSchool()
{
    SchoolMeasures::School school;
    school.id = 1;
    school.type = QStringLiteral("20");
    return school;
}

MinimumStandard standard(Measure measure, Comparison comparison, double threshold, QStringList types = {})
{
    MinimumStandard result;
    result.name = QStringLiteral("test");
    result.measure = measure;
    result.comparison = comparison;
    result.threshold = threshold;
    result.schoolTypes = types;
    return result;
}
} // namespace

class TestStandardsCompliance : public QObject
{
    Q_OBJECT

private slots:
    void comparisons_data();
    void comparisons();
    void measures_data();
    void measures();
    void otherSchoolTypesAreNotCounted();
    void tallyStatus_data();
    void tallyStatus();
    void fixtureTotals();
    void fixtureAuthorities();
    void editingAThresholdChangesTheResult();
    void editingSchoolTypesChangesTheResult();
    void emptyCatalogue();
};

void TestStandardsCompliance::comparisons_data()
{
    QTest::addColumn<Comparison>("comparison");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("met");
    // Threshold 100 throughout.
    QTest::newRow("at least, below") << Comparison::AtLeast << 99.9 << false;
    QTest::newRow("at least, equal") << Comparison::AtLeast << 100.0 << true;
    QTest::newRow("at least, above") << Comparison::AtLeast << 100.1 << true;
    QTest::newRow("more than, equal") << Comparison::MoreThan << 100.0 << false;
    QTest::newRow("more than, above") << Comparison::MoreThan << 100.1 << true;
    QTest::newRow("at most, equal") << Comparison::AtMost << 100.0 << true;
    QTest::newRow("at most, above") << Comparison::AtMost << 100.1 << false;
    QTest::newRow("at most, below") << Comparison::AtMost << 99.9 << true;
    QTest::newRow("less than, equal") << Comparison::LessThan << 100.0 << false;
    QTest::newRow("less than, below") << Comparison::LessThan << 99.9 << true;
    QTest::newRow("at most, infinite") << Comparison::AtMost << std::numeric_limits<double>::infinity() << false;
    QTest::newRow("at least, infinite") << Comparison::AtLeast << std::numeric_limits<double>::infinity() << true;
}

void TestStandardsCompliance::comparisons()
{
    QFETCH(Comparison, comparison);
    QFETCH(double, value);
    QFETCH(bool, met);
    QCOMPARE(standard(Measure::BroadbandMbits, comparison, 100).isMet(value), met);
}

void TestStandardsCompliance::measures_data()
{
    QTest::addColumn<SchoolMeasures::School>("school");
    QTest::addColumn<MinimumStandard>("standard");
    QTest::addColumn<Status>("status");

    SchoolMeasures::School s = blankSchool();
    QTest::newRow("broadband no data") << s << standard(Measure::BroadbandMbits, Comparison::AtLeast, 1000) << Status::NoData;
    s.broadbandMbits = 999;
    QTest::newRow("broadband 999 < 1000") << s << standard(Measure::BroadbandMbits, Comparison::AtLeast, 1000) << Status::NotMet;
    s.broadbandMbits = 1000;
    QTest::newRow("broadband 1000 >= 1000") << s << standard(Measure::BroadbandMbits, Comparison::AtLeast, 1000) << Status::Met;
    QTest::newRow("broadband 1000 > 1000") << s << standard(Measure::BroadbandMbits, Comparison::MoreThan, 1000) << Status::NotMet;
    s.broadbandMbits = 0;
    QTest::newRow("broadband 0 is a value") << s << standard(Measure::BroadbandMbits, Comparison::AtLeast, 0) << Status::Met;

    s = blankSchool();
    QTest::newRow("wlan no data") << s << standard(Measure::WlanCoveragePercent, Comparison::AtLeast, 90) << Status::NoData;
    s.wlanCoveragePercent = 89;
    QTest::newRow("wlan 89 < 90") << s << standard(Measure::WlanCoveragePercent, Comparison::AtLeast, 90) << Status::NotMet;
    s.wlanCoveragePercent = 90;
    QTest::newRow("wlan 90 >= 90") << s << standard(Measure::WlanCoveragePercent, Comparison::AtLeast, 90) << Status::Met;

    s = blankSchool();
    s.pupilDevices = 10;
    QTest::newRow("pupils unknown") << s << standard(Measure::PupilsPerDevice, Comparison::AtMost, 4) << Status::NoData;
    s.pupils = 0;
    QTest::newRow("pupils zero") << s << standard(Measure::PupilsPerDevice, Comparison::AtMost, 4) << Status::NoData;
    s.pupils = 40;
    QTest::newRow("pupils 40/10 <= 4") << s << standard(Measure::PupilsPerDevice, Comparison::AtMost, 4) << Status::Met;
    QTest::newRow("pupils 40/10 < 4") << s << standard(Measure::PupilsPerDevice, Comparison::LessThan, 4) << Status::NotMet;
    s.pupils = 41;
    QTest::newRow("pupils 41/10 <= 4") << s << standard(Measure::PupilsPerDevice, Comparison::AtMost, 4) << Status::NotMet;
    s.pupilDevices = 0;
    QTest::newRow("pupils without device") << s << standard(Measure::PupilsPerDevice, Comparison::AtMost, 4) << Status::NotMet;

    s = blankSchool();
    s.teachers = 10;
    s.teacherDevices = 10;
    QTest::newRow("teachers 10/10 <= 1") << s << standard(Measure::TeachersPerDevice, Comparison::AtMost, 1) << Status::Met;
    s.teacherDevices = 9;
    QTest::newRow("teachers 10/9 <= 1") << s << standard(Measure::TeachersPerDevice, Comparison::AtMost, 1) << Status::NotMet;
    s.teachers.reset();
    QTest::newRow("teachers unknown") << s << standard(Measure::TeachersPerDevice, Comparison::AtMost, 1) << Status::NoData;

    s = blankSchool();
    QTest::newRow("cycle no devices") << s << standard(Measure::DevicesWithinCyclePercent, Comparison::AtLeast, 80) << Status::NoData;
    s.cycledDevices = 10;
    s.pastCycleDevices = 2;
    QTest::newRow("cycle 8/10 >= 80") << s << standard(Measure::DevicesWithinCyclePercent, Comparison::AtLeast, 80) << Status::Met;
    QTest::newRow("cycle 8/10 > 80") << s << standard(Measure::DevicesWithinCyclePercent, Comparison::MoreThan, 80) << Status::NotMet;
    s.pastCycleDevices = 3;
    QTest::newRow("cycle 7/10 >= 80") << s << standard(Measure::DevicesWithinCyclePercent, Comparison::AtLeast, 80) << Status::NotMet;

    s = blankSchool();
    QTest::newRow("no contract") << s << standard(Measure::SupportContracts, Comparison::AtLeast, 1) << Status::NotMet;
    s.contracts = 1;
    QTest::newRow("one contract") << s << standard(Measure::SupportContracts, Comparison::AtLeast, 1) << Status::Met;
    QTest::newRow("one contract, two wanted") << s << standard(Measure::SupportContracts, Comparison::AtLeast, 2) << Status::NotMet;

    s = blankSchool();
    QTest::newRow("no mdm") << s << standard(Measure::MdmSystems, Comparison::AtLeast, 1) << Status::NotMet;
    s.mdmSystems = 1;
    QTest::newRow("one mdm") << s << standard(Measure::MdmSystems, Comparison::AtLeast, 1) << Status::Met;
    QTest::newRow("other school type") << s << standard(Measure::MdmSystems, Comparison::AtLeast, 1, {"02", "10"})
                                       << Status::NotApplicable;
    QTest::newRow("listed school type") << s << standard(Measure::MdmSystems, Comparison::AtLeast, 1, {"02", "20"})
                                        << Status::Met;
}

void TestStandardsCompliance::measures()
{
    QFETCH(SchoolMeasures::School, school);
    QFETCH(MinimumStandard, standard);
    QFETCH(Status, status);
    QCOMPARE(StandardsCompliance::evaluateCell(standard, school).status, status);
}

void TestStandardsCompliance::otherSchoolTypesAreNotCounted()
{
    SchoolMeasures::School primary = blankSchool();
    primary.type = QStringLiteral("02");
    primary.broadbandMbits = 100;
    SchoolMeasures::School gymnasium = blankSchool();
    gymnasium.id = 2;
    gymnasium.broadbandMbits = 2000;
    const StandardsCompliance result = StandardsCompliance::evaluate(
        {standard(Measure::BroadbandMbits, Comparison::AtLeast, 1000, {"20"})}, {primary, gymnasium});
    QCOMPARE(result.totals.at(0).applicable(), 1);
    QCOMPARE(result.totals.at(0).met, 1);
    QCOMPARE(result.totals.at(0).notMet, 0);
    QCOMPARE(*result.totals.at(0).sharePercent(), 100.0);
    QCOMPARE(result.schools.at(0).cells.at(0).status, Status::NotApplicable);
}

void TestStandardsCompliance::tallyStatus_data()
{
    QTest::addColumn<int>("met");
    QTest::addColumn<int>("notMet");
    QTest::addColumn<int>("noData");
    QTest::addColumn<Status>("status");
    QTest::addColumn<double>("share"); // -1: none
    QTest::newRow("all met") << 3 << 0 << 0 << Status::Met << 100.0;
    QTest::newRow("one missing") << 3 << 1 << 0 << Status::NotMet << 75.0;
    QTest::newRow("missing beats no data") << 0 << 1 << 1 << Status::NotMet << 0.0;
    QTest::newRow("no data") << 2 << 0 << 2 << Status::NoData << 50.0;
    QTest::newRow("nothing applies") << 0 << 0 << 0 << Status::NotApplicable << -1.0;
}

void TestStandardsCompliance::tallyStatus()
{
    QFETCH(int, met);
    QFETCH(int, notMet);
    QFETCH(int, noData);
    QFETCH(Status, status);
    QFETCH(double, share);
    StandardsCompliance::Tally tally{met, notMet, noData};
    QCOMPARE(tally.status(), status);
    if (share < 0)
        QVERIFY(!tally.sharePercent());
    else
        QCOMPARE(*tally.sharePercent(), share);
}

void TestStandardsCompliance::fixtureTotals()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    StandardsCompliance compliance;
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    QStringList names;
    for (const MinimumStandard &standard : std::as_const(compliance.standards))
        names << standard.name;
    // By area (infrastructure, equipment, support), then name.
    QCOMPARE(names, (QStringList{"Breitband 1 Gbit/s", "WLAN weiterführend", "Austauschzyklus",
                                 "Dienstgeräte Lehrkräfte", "Endgeräte Grundschule", "Endgeräte weiterführend",
                                 "Mobile Geräteverwaltung", "Supportvertrag"}));
    // met / not met / no data per standard, worked out in the fixture's comments.
    const QList<QList<int>> expected{{2, 2, 1}, {0, 2, 1}, {1, 2, 2}, {2, 2, 1},
                                     {1, 0, 1}, {0, 3, 0}, {3, 2, 0}, {3, 2, 0}};
    for (int i = 0; i < expected.size(); ++i) {
        const StandardsCompliance::Tally &tally = compliance.totals.at(i);
        QCOMPARE((QList<int>{tally.met, tally.notMet, tally.noData}), expected.at(i));
    }
    QCOMPARE(compliance.schools.size(), 5);
    const StandardsCompliance::SchoolRow &gymnasium = compliance.schools.at(2);
    QCOMPARE(gymnasium.school.name, QStringLiteral("Gymnasium Mitte"));
    QCOMPARE(gymnasium.cells.at(0).status, Status::NotMet);
    QCOMPARE(*gymnasium.cells.at(0).value, 500.0);
    QCOMPARE(gymnasium.cells.at(4).status, Status::NotApplicable);
}

void TestStandardsCompliance::fixtureAuthorities()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    StandardsCompliance compliance;
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    // Nottuln has no school and no row.
    QCOMPARE(compliance.authorities.size(), 3);
    const StandardsCompliance::AuthorityRow &havixbeck = compliance.authorities.at(0);
    const StandardsCompliance::AuthorityRow &county = compliance.authorities.at(1);
    const StandardsCompliance::AuthorityRow &duelmen = compliance.authorities.at(2);
    QCOMPARE(havixbeck.name, QStringLiteral("Gemeinde Havixbeck"));
    QCOMPARE(county.id, 1);
    // Broadband: county 1 of 2, Dülmen 0 of 2 (one without figures), Havixbeck 1 of 1.
    QCOMPARE(*county.tallies.at(0).sharePercent(), 50.0);
    QCOMPARE(county.tallies.at(0).status(), Status::NotMet);
    QCOMPARE(*duelmen.tallies.at(0).sharePercent(), 0.0);
    QCOMPARE(havixbeck.tallies.at(0).status(), Status::Met);
    // Primary-school devices: Dülmen's primary school has no pupil figures.
    QCOMPARE(duelmen.tallies.at(4).status(), Status::NoData);
    QCOMPARE(havixbeck.tallies.at(4).status(), Status::NotApplicable);
    QVERIFY(!havixbeck.tallies.at(4).sharePercent());
    // MDM: the town's licence ended.
    QCOMPARE(duelmen.tallies.at(6).notMet, 2);
    QCOMPARE(county.tallies.at(6).status(), Status::Met);
}

void TestStandardsCompliance::editingAThresholdChangesTheResult()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    RecordStore store(temp.db());
    const EntitySpec &standards = EntityCatalog::spec(EntityKind::MinimumStandard);
    QVERIFY(store.update(standards, 1, {{"threshold", 500}}).ok());
    StandardsCompliance compliance;
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    QCOMPARE(compliance.totals.at(0).met, 3); // the Gymnasium's 500 Mbit/s now suffice
    QCOMPARE(compliance.totals.at(0).notMet, 1);
    QVERIFY(store.update(standards, 1, {{"comparison", "more_than"}}).ok());
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    QCOMPARE(compliance.totals.at(0).met, 2);
}

void TestStandardsCompliance::editingSchoolTypesChangesTheResult()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    RecordStore store(temp.db());
    const EntitySpec &standards = EntityCatalog::spec(EntityKind::MinimumStandard);
    // Broadband for primary schools only: school 1 meets it, school 4 does not.
    QVERIFY(store.update(standards, 1, {{"school_types", "2"}}).ok());
    StandardsCompliance compliance;
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    QCOMPARE(compliance.standards.at(0).schoolTypes, QStringList{"02"});
    QCOMPARE(compliance.totals.at(0).applicable(), 2);
    QCOMPARE(compliance.totals.at(0).met, 1);
    QCOMPARE(compliance.totals.at(0).notMet, 1);
    // The filter's school types narrow the schools as well.
    StatisticsFilter vocational;
    vocational.schoolTypes = {QStringLiteral("30")};
    QVERIFY(!StandardsCompliance::load(service, vocational, compliance));
    QCOMPARE(compliance.schools.size(), 1);
    QCOMPARE(compliance.totals.at(0).applicable(), 0);
}

void TestStandardsCompliance::emptyCatalogue()
{
    TestSupport::TempDatabase temp;
    StatisticsService service(temp.db());
    StandardsCompliance compliance;
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    QVERIFY(compliance.standards.isEmpty());
    QVERIFY(compliance.schools.isEmpty());
    QVERIFY(compliance.totals.isEmpty());
}

QTEST_GUILESS_MAIN(TestStandardsCompliance)
#include "tst_standardscompliance.moc"
