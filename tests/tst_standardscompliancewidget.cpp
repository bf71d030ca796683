// SPDX-License-Identifier: EUPL-1.2
#include "compliancegapmodel.h"
#include "compliancetablemodel.h"
#include "entitycatalog.h"
#include "recordstore.h"
#include "standardscompliancewidget.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using Status = StandardsCompliance::Status;

class TestStandardsComplianceWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void trafficLightsAndGaps();
    void authoritiesAsRows();
    void editingAThresholdRedraws();
    void aNewDeviceCanCloseAGap();
    void noStandardsSaysSo();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<StandardsComplianceWidget> m_widget;
};

void TestStandardsComplianceWidget::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    m_widget = std::make_unique<StandardsComplianceWidget>(m_temp->db());
    m_widget->resize(1300, 800);
    QSignalSpy reloaded(m_widget.get(), &StandardsComplianceWidget::reloaded);
    m_widget->show();
    QVERIFY(reloaded.wait());
}

void TestStandardsComplianceWidget::cleanup()
{
    m_widget.reset();
    m_temp.reset();
}

void TestStandardsComplianceWidget::trafficLightsAndGaps()
{
    // The widget counts from today; the fixture's schools and standards are there.
    QCOMPARE(m_widget->tableModel()->rowCount(), 5);
    QCOMPARE(m_widget->tableModel()->columnCount(), 4 + 8);
    QCOMPARE(m_widget->gapModel()->rowCount(), 8);
    const QModelIndex broadband = m_widget->tableView()->model()->index(2, 4);
    QCOMPARE(broadband.data(ComplianceTableModel::StatusRole).toInt(), int(Status::NotMet));
    QVERIFY(broadband.data().toString().contains(QStringLiteral("500 Mbit/s")));
    // SCHULIT_SCREENSHOT_DIR=folder keeps a picture of the screen for a look.
    const QString folder = qEnvironmentVariable("SCHULIT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_widget->grab().save(folder + QStringLiteral("/standards-compliance-widget.png")));
}

void TestStandardsComplianceWidget::authoritiesAsRows()
{
    m_widget->showAuthorities(true);
    QCOMPARE(m_widget->tableModel()->level(), ComplianceTableModel::Level::Authorities);
    QCOMPARE(m_widget->tableModel()->rowCount(), 3);
    m_widget->showAuthorities(false);
    QCOMPARE(m_widget->tableModel()->rowCount(), 5);
}

void TestStandardsComplianceWidget::editingAThresholdRedraws()
{
    QCOMPARE(m_widget->gapModel()->index(0, ComplianceGapModel::Met).data().toString(), QStringLiteral("2"));
    RecordStore store(m_temp->db());
    QSignalSpy reloaded(m_widget.get(), &StandardsComplianceWidget::reloaded);
    QVERIFY(store.update(EntityCatalog::spec(EntityKind::MinimumStandard), 1, {{"threshold", 250}}).ok());
    QVERIFY(reloaded.wait());
    QCOMPARE(m_widget->gapModel()->index(0, ComplianceGapModel::Met).data().toString(), QStringLiteral("4"));
}

void TestStandardsComplianceWidget::aNewDeviceCanCloseAGap()
{
    // Five teacher notebooks for the vocational college (school 5, row 0) meet its teachers.
    const int teachers = 4 + 3; // the column of "Dienstgeräte Lehrkräfte"
    QCOMPARE(m_widget->tableModel()->index(0, teachers).data(ComplianceTableModel::StatusRole).toInt(),
             int(Status::NotMet));
    RecordStore store(m_temp->db());
    QSignalSpy reloaded(m_widget.get(), &StandardsComplianceWidget::reloaded);
    QVERIFY(!store.beginBatch());
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.insert(EntityCatalog::spec(EntityKind::Device),
                             {{"inventory_number", QStringLiteral("BK-%1").arg(i)}, {"category", "notebook"},
                              {"school_id", 5}, {"user_group", "teachers"}, {"status", "in_use"}}).ok());
    QVERIFY(!store.commitBatch());
    QVERIFY(reloaded.wait());
    QCOMPARE(m_widget->tableModel()->index(0, teachers).data(ComplianceTableModel::StatusRole).toInt(),
             int(Status::Met));
}

void TestStandardsComplianceWidget::noStandardsSaysSo()
{
    QSqlQuery query(m_temp->db().connection());
    QVERIFY(query.exec("DELETE FROM minimum_standard"));
    m_widget->reload();
    QCOMPARE(m_widget->gapModel()->rowCount(), 0);
    bool said = false;
    for (QLabel *label : m_widget->findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(QStringLiteral("No minimum standard")));
    QVERIFY(said);
}

QTEST_MAIN(TestStandardsComplianceWidget)
#include "tst_standardscompliancewidget.moc"
