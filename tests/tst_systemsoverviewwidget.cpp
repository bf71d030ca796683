// SPDX-License-Identifier: EUPL-1.2
#include "commonalitymatrixmodel.h"
#include "entitycatalog.h"
#include "productdetaildialog.h"
#include "productusagemodel.h"
#include "recordstore.h"
#include "systemsfixture.h"
#include "systemsoverviewwidget.h"
#include "testsupport.h"

#include <QApplication>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

class TestSystemsOverviewWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsMatrixAndProducts();
    void followsEdits();
    void filterNarrowsToAuthorities();
    void clickingAProductOpensItsDetails();
    void cellWithSeveralProductsOffersAChoice();

private:
    // Closes the next modal dialog once it is shown and tells what it showed.
    void closeNextDialog(int *rows, QString *title);

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<SystemsOverviewWidget> m_widget;
};

void TestSystemsOverviewWidget::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    m_widget = std::make_unique<SystemsOverviewWidget>(m_temp->db());
    m_widget->resize(1200, 700);
    QSignalSpy reloaded(m_widget.get(), &SystemsOverviewWidget::reloaded);
    m_widget->show();
    QVERIFY(reloaded.wait());
}

void TestSystemsOverviewWidget::cleanup()
{
    m_widget.reset();
    m_temp.reset();
}

void TestSystemsOverviewWidget::closeNextDialog(int *rows, QString *title)
{
    QTimer::singleShot(0, this, [rows, title] {
        auto *dialog = qobject_cast<ProductDetailDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *rows = dialog->table()->rowCount();
        *title = dialog->windowTitle();
        dialog->reject();
    });
}

void TestSystemsOverviewWidget::showsMatrixAndProducts()
{
    QCOMPARE(m_widget->matrixModel()->rowCount(), 4);
    QCOMPARE(m_widget->productModel()->rowCount(), 7);
    // The product list keeps the statistics' order until a header is clicked.
    QCOMPARE(m_widget->productView()->model()->index(0, ProductUsageModel::Product).data().toString(),
             QStringLiteral("IServ"));
    // SCHULIT_SCREENSHOT_DIR=folder keeps a picture of the screen for a look.
    const QString folder = qEnvironmentVariable("SCHULIT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_widget->grab().save(folder + QStringLiteral("/systems-overview-widget.png")));
}

void TestSystemsOverviewWidget::followsEdits()
{
    RecordStore store(m_temp->db());
    QSignalSpy reloaded(m_widget.get(), &SystemsOverviewWidget::reloaded);
    QVERIFY(store.insert(EntityCatalog::spec(EntityKind::System),
                         {{"authority_id", 4}, {"category", "mdm"}, {"product", "Jamf School"}}).ok());
    QVERIFY(reloaded.wait());
    QCOMPARE(m_widget->matrixModel()->index(1, 2).data().toString(), QStringLiteral("Jamf School"));
    const QList<SystemsCommonality::Product> products = m_widget->productModel()->products();
    QCOMPARE(products.at(0).product, QStringLiteral("Jamf School")); // three authorities, MDM before school servers
    QCOMPARE(products.at(0).authorityCount, 3);
}

void TestSystemsOverviewWidget::filterNarrowsToAuthorities()
{
    QSignalSpy reloaded(m_widget.get(), &SystemsOverviewWidget::reloaded);
    StatisticsFilter filter;
    filter.authorityIds = {2, 4};
    m_widget->setFilter(filter);
    QVERIFY(reloaded.wait());
    QCOMPARE(m_widget->matrixModel()->rowCount(), 2);
    QCOMPARE(m_widget->productModel()->rowCount(), 5);
}

void TestSystemsOverviewWidget::clickingAProductOpensItsDetails()
{
    QTableView *view = m_widget->productView();
    // Bring the products tab forward so the view can be clicked.
    auto *tabs = m_widget->findChild<QTabWidget *>();
    tabs->setCurrentWidget(view);
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    int rows = -1;
    QString title;
    closeNextDialog(&rows, &title);
    const QModelIndex moodle = view->model()->index(1, ProductUsageModel::Product);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(moodle).center());
    QCOMPARE(rows, 3);
    QVERIFY(title.startsWith(QStringLiteral("Moodle")));
}

void TestSystemsOverviewWidget::cellWithSeveralProductsOffersAChoice()
{
    // A second firewall for the county: its cell names two products.
    RecordStore store(m_temp->db());
    QSignalSpy reloaded(m_widget.get(), &SystemsOverviewWidget::reloaded);
    QVERIFY(store.insert(EntityCatalog::spec(EntityKind::System),
                         {{"authority_id", 1}, {"category", "firewall"}, {"product", "Securepoint"}}).ok());
    QVERIFY(reloaded.wait());
    QTableView *view = m_widget->matrixView();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    const QModelIndex cell = view->model()->index(2, 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("Securepoint, Sophos XGS"));
    int rows = -1;
    QString title;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 2);
        closeNextDialog(&rows, &title);
        menu->actions().at(0)->trigger();
        menu->close();
    });
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTRY_COMPARE(rows, 3); // Securepoint: Havixbeck, Nottuln and now the county
    QVERIFY(title.startsWith(QStringLiteral("Securepoint")));
}

QTEST_MAIN(TestSystemsOverviewWidget)
#include "tst_systemsoverviewwidget.moc"
