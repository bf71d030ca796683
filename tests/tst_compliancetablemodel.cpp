// SPDX-License-Identifier: EUPL-1.2
#include "compliancetablemodel.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Status = StandardsCompliance::Status;

class TestComplianceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void schoolCells();
    void authorityCells();
    void everyStatusHasTextAndColour();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    StandardsCompliance m_compliance;
};

void TestComplianceTableModel::initTestCase()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    StatisticsService service(m_temp->db(), StatisticsSettings(), SystemsFixture::referenceDay());
    QVERIFY(!StandardsCompliance::load(service, {}, m_compliance));
}

void TestComplianceTableModel::cleanupTestCase()
{
    m_temp.reset();
}

void TestComplianceTableModel::schoolCells()
{
    ComplianceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCompliance(m_compliance);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 4 + 8);
    QCOMPARE(model.firstStandardColumn(), 4);
    QCOMPARE(model.standardAt(3), -1);
    QCOMPARE(model.standardAt(4), 0);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Breitband 1 Gbit/s"));
    QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Breitband 1 Gbit/s: at least 1 Gbit/s; for all school types"));
    // Row 2: Gymnasium Mitte.
    QCOMPARE(model.index(2, ComplianceTableModel::SchoolName).data().toString(), QStringLiteral("Gymnasium Mitte"));
    QCOMPARE(model.index(2, ComplianceTableModel::SchoolType).data().toString(), QStringLiteral("Gymnasium"));
    const QModelIndex broadband = model.index(2, 4);
    QCOMPARE(broadband.data().toString(), QStringLiteral("✗ not met · 500 Mbit/s"));
    QCOMPARE(broadband.data(ComplianceTableModel::StatusRole).toInt(), int(Status::NotMet));
    QCOMPARE(broadband.data(ComplianceTableModel::ValueRole).toDouble(), 500.0);
    QCOMPARE(broadband.data(Qt::BackgroundRole).value<QColor>(), ComplianceTableModel::statusColor(Status::NotMet));
    QCOMPARE(model.index(2, 0).data(ComplianceTableModel::RecordIdRole).toLongLong(), 2);
    // No teacher device: an infinite ratio, shown in words, no number to sort by.
    const QModelIndex teachers = model.index(2, 4 + 3);
    QCOMPARE(teachers.data().toString(), QStringLiteral("✗ not met · no teacher device"));
    QVERIFY(teachers.data(ComplianceTableModel::ValueRole).isNull());
    // Primary-school standard on a Gymnasium.
    QCOMPARE(model.index(2, 4 + 4).data().toString(), QStringLiteral("– not applicable"));
    // Realschule Süd without broadband figures.
    QCOMPARE(model.index(4, 4).data().toString(), QStringLiteral("? no data"));
}

void TestComplianceTableModel::authorityCells()
{
    ComplianceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCompliance(m_compliance);
    model.setLevel(ComplianceTableModel::Level::Authorities);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2 + 8);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Schools"));
    // Row 2: Stadt Dülmen, two schools.
    QCOMPARE(model.index(2, ComplianceTableModel::AuthorityName).data().toString(), QStringLiteral("Stadt Dülmen"));
    QCOMPARE(model.index(2, ComplianceTableModel::AuthoritySchools).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("✗ not met · 0 of 2, 1 without figures"));
    QCOMPARE(model.index(2, 2).data(ComplianceTableModel::ValueRole).toDouble(), 0.0);
    // Kreis Coesfeld, broadband: 1 of 2.
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("✗ not met · 1 of 2"));
    QCOMPARE(model.index(1, 2).data(ComplianceTableModel::ValueRole).toDouble(), 50.0);
    // Havixbeck has no primary school.
    QCOMPARE(model.index(0, 2 + 4).data().toString(), QStringLiteral("– not applicable"));
    QCOMPARE(model.index(0, 2 + 4).data(ComplianceTableModel::StatusRole).toInt(), int(Status::NotApplicable));
    model.setLevel(ComplianceTableModel::Level::Schools);
    QCOMPARE(model.rowCount(), 5);
}

void TestComplianceTableModel::everyStatusHasTextAndColour()
{
    QSet<QRgb> colours;
    QSet<QString> labels;
    for (Status status : {Status::Met, Status::NotMet, Status::NoData, Status::NotApplicable}) {
        colours.insert(ComplianceTableModel::statusColor(status).rgb());
        labels.insert(ComplianceTableModel::statusLabel(status));
    }
    QCOMPARE(colours.size(), 4);
    QCOMPARE(labels.size(), 4);
    QCOMPARE(ComplianceTableModel::statusLabel(Status::Met), QStringLiteral("✓ met"));
}

QTEST_GUILESS_MAIN(TestComplianceTableModel)
#include "tst_compliancetablemodel.moc"
