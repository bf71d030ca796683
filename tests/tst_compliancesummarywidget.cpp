// SPDX-License-Identifier: EUPL-1.2
#include "compliancegapmodel.h"
#include "compliancesummarywidget.h"
#include "entitycatalog.h"
#include "recordstore.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QTableView>
#include <QtTest>

class TestComplianceSummaryWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headlineAndGaps();
    void followsTheFilter();
    void followsEditsWhenShown();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<StatisticsService> m_service;
    std::unique_ptr<ComplianceSummaryWidget> m_widget;
};

void TestComplianceSummaryWidget::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    m_service = std::make_unique<StatisticsService>(m_temp->db(), StatisticsSettings(), SystemsFixture::referenceDay());
    m_widget = std::make_unique<ComplianceSummaryWidget>(*m_service);
    QSignalSpy reloaded(m_widget.get(), &ComplianceSummaryWidget::reloaded);
    m_widget->show();
    QVERIFY(reloaded.wait());
}

void TestComplianceSummaryWidget::cleanup()
{
    m_widget.reset();
    m_service.reset();
    m_temp.reset();
}

void TestComplianceSummaryWidget::headlineAndGaps()
{
    QCOMPARE(m_widget->headline(), QStringLiteral("0 of 8 minimum standard(s) met by every school they apply to."));
    QCOMPARE(m_widget->model()->rowCount(), 8);
    QVERIFY(m_widget->view()->isColumnHidden(ComplianceGapModel::Requirement));
    QVERIFY(!m_widget->view()->isColumnHidden(ComplianceGapModel::Gap));
    QVERIFY(!m_widget->view()->isColumnHidden(ComplianceGapModel::Share));
    // All rows shown, no blank space under the last and no scroll bar: as high as its rows.
    QTableView *view = m_widget->view();
    const int lastRowBottom = view->rowViewportPosition(7) + view->rowHeight(7);
    QVERIFY2(qAbs(view->viewport()->height() - lastRowBottom) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(view->viewport()->height()).arg(lastRowBottom)));
}

void TestComplianceSummaryWidget::followsTheFilter()
{
    // Havixbeck's one school meets broadband, the replacement cycle and the MDM standard.
    QSignalSpy reloaded(m_widget.get(), &ComplianceSummaryWidget::reloaded);
    StatisticsFilter filter;
    filter.authorityIds = {3};
    m_widget->setFilter(filter);
    QVERIFY(reloaded.wait());
    QCOMPARE(m_widget->headline(), QStringLiteral("3 of 8 minimum standard(s) met by every school they apply to."));
}

void TestComplianceSummaryWidget::followsEditsWhenShown()
{
    RecordStore store(m_temp->db());
    QSignalSpy reloaded(m_widget.get(), &ComplianceSummaryWidget::reloaded);
    QVERIFY(store.remove(EntityCatalog::spec(EntityKind::MinimumStandard), 8).ok());
    QVERIFY(reloaded.wait());
    QCOMPARE(m_widget->model()->rowCount(), 7);
    // Hidden, it waits until it is shown again.
    m_widget->hide();
    QVERIFY(store.remove(EntityCatalog::spec(EntityKind::MinimumStandard), 7).ok());
    QVERIFY(!reloaded.wait(400));
    QCOMPARE(m_widget->model()->rowCount(), 7);
    m_widget->show();
    QVERIFY(reloaded.wait());
    QCOMPARE(m_widget->model()->rowCount(), 6);
}

QTEST_MAIN(TestComplianceSummaryWidget)
#include "tst_compliancesummarywidget.moc"
