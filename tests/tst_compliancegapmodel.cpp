// SPDX-License-Identifier: EUPL-1.2
#include "compliancegapmodel.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Status = StandardsCompliance::Status;

class TestComplianceGapModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsPerStandard();
};

void TestComplianceGapModel::rowsPerStandard()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    StandardsCompliance compliance;
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    ComplianceGapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCompliance(compliance);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.gaps().size(), 8);
    using C = ComplianceGapModel;
    QCOMPARE(model.index(0, C::Standard).data().toString(), QStringLiteral("Breitband 1 Gbit/s"));
    QCOMPARE(model.index(0, C::Requirement).data().toString(), QStringLiteral("at least 1 Gbit/s"));
    QCOMPARE(model.index(0, C::AppliesTo).data().toString(), QStringLiteral("all school types"));
    QCOMPARE(model.index(0, C::Met).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, C::NotMet).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, C::NoData).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, C::Share).data().toString(), QStringLiteral("40 %"));
    QCOMPARE(model.index(0, C::Gap).data().toString(),
             QStringLiteral("2 school(s) lack 1 Gbit/s. 1 school(s) lack the figures to tell."));
    QCOMPARE(model.index(0, C::Standard).data(C::StatusRole).toInt(), int(Status::NotMet));
    QCOMPARE(model.index(1, C::AppliesTo).data().toString(),
             QStringLiteral("Realschule, Gymnasium, Vocational college"));
    QCOMPARE(model.index(5, C::Requirement).data().toString(), QStringLiteral("at most 2.5 pupils per device"));
    QCOMPARE(model.index(4, C::Standard).data(C::StatusRole).toInt(), int(Status::NoData));
    QCOMPARE(model.index(4, C::Share).data(C::SortRole).toDouble(), 50.0);
}

QTEST_GUILESS_MAIN(TestComplianceGapModel)
#include "tst_compliancegapmodel.moc"
