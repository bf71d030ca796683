// SPDX-License-Identifier: EUPL-1.2
#include "auditlogmodel.h"
#include "auditlogpage.h"
#include "entitycatalog.h"
#include "entitypage.h"
#include "entitytablemodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "navigationpanel.h"
#include "recentdatabases.h"
#include "recordtableview.h"
#include "tablefixture.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <memory>

using TestSupport::scalar;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void navigationListsEveryTable();
    void addPageAndMenu();
    void editActionsFollowCurrentPage();
    void undoAcrossTablesWithKeys();
    void addDeletePasteUndoneAndRedoneWithKeys();
    void statusBar();
    void openAnotherDatabase();
    void remembersLayout();

private:
    QAction *action(MainWindow::Menu menu, const QString &objectText) const;

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("schulit-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestSupport::useGerman();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
    m_window = std::make_unique<MainWindow>(m_temp->db());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_temp.reset();
}

QAction *TestMainWindow::action(MainWindow::Menu menu, const QString &text) const
{
    const QList<QAction *> actions = m_window->menu(menu)->actions();
    for (QAction *candidate : actions) {
        if (candidate->text().remove(QLatin1Char('&')).startsWith(text))
            return candidate;
    }
    return nullptr;
}

void TestMainWindow::navigationListsEveryTable()
{
    auto *navigation = m_window->findChild<NavigationPanel *>();
    QVERIFY(navigation);
    for (const EntitySpec &entity : EntityCatalog::all()) {
        EntityPage *page = m_window->entityPage(entity.kind);
        QVERIFY(page);
        QVERIFY(navigation->pageOfTitle(entity.plural()) >= 0);
    }
    QVERIFY(m_window->auditLogPage());
    // Allocations and measures sit under the funding programs.
    const QTreeWidgetItem *programs = navigation->findItems(EntityCatalog::spec(EntityKind::FundingProgram).plural(),
                                                            Qt::MatchExactly).value(0);
    QVERIFY(programs);
    QCOMPARE(programs->childCount(), 2);
    QCOMPARE(programs->child(0)->text(0), EntityCatalog::spec(EntityKind::Allocation).plural());
    // Counts next to the tables.
    const QTreeWidgetItem *devices = navigation->findItems(EntityCatalog::spec(EntityKind::Device).plural(), Qt::MatchExactly).value(0);
    QCOMPARE(devices->text(1), QStringLiteral("5"));
    navigation->setCurrentItem(const_cast<QTreeWidgetItem *>(devices));
    QCOMPARE(m_window->currentPage(), m_window->entityPage(EntityKind::Device));
}

void TestMainWindow::addPageAndMenu()
{
    auto *dashboard = new QLabel(QStringLiteral("Dashboard"));
    const int index = m_window->addPage(QStringLiteral("Übersicht"), dashboard, 0);
    auto *navigation = m_window->findChild<NavigationPanel *>();
    QCOMPARE(navigation->topLevelItem(0)->text(0), QStringLiteral("Übersicht"));
    QCOMPARE(navigation->pageOfTitle(QStringLiteral("Übersicht")), index);
    m_window->showPage(dashboard);
    QCOMPARE(m_window->currentPage(), dashboard);
    // A plain page leaves the record actions off.
    QVERIFY(!action(MainWindow::Menu::Edit, QStringLiteral("Add")) || !action(MainWindow::Menu::Edit, QStringLiteral("Add"))->isEnabled());

    QMenu *exchange = m_window->addMenu(QStringLiteral("&Import/Export"));
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.at(menus.size() - 2), exchange->menuAction());
    QCOMPARE(menus.last(), m_window->menu(MainWindow::Menu::Help)->menuAction());
}

void TestMainWindow::editActionsFollowCurrentPage()
{
    EntityPage *devices = m_window->entityPage(EntityKind::Device);
    m_window->showPage(devices);
    QAction *add = nullptr;
    QAction *find = nullptr;
    const QList<QAction *> actions = m_window->menu(MainWindow::Menu::Edit)->actions();
    for (QAction *candidate : actions) {
        if (candidate->shortcut() == QKeySequence(QKeySequence::New))
            add = candidate;
        if (candidate->shortcut() == QKeySequence(QKeySequence::Find))
            find = candidate;
    }
    QVERIFY(add && find);
    QVERIFY(add->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), devices->filterBar()->searchField());
    m_window->showPage(m_window->auditLogPage());
    QVERIFY(!add->isEnabled());
    QVERIFY(find->isEnabled());
}

void TestMainWindow::undoAcrossTablesWithKeys()
{
    EntityPage *devices = m_window->entityPage(EntityKind::Device);
    EntityPage *schools = m_window->entityPage(EntityKind::School);
    EntityTableModel *deviceModel = devices->model();
    QVERIFY(deviceModel->setData(deviceModel->index(deviceModel->rowOfId(TableFixture::Ipad), deviceModel->columnOf(QStringLiteral("room"))),
                                 QStringLiteral("Aula")));
    EntityTableModel *schoolModel = schools->model();
    QVERIFY(schoolModel->setData(schoolModel->index(schoolModel->rowOfId(TableFixture::AnneFrank), schoolModel->columnOf(QStringLiteral("pupils"))),
                                 950));
    m_window->showPage(schools);
    schools->view()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(m_temp->db(), QStringLiteral("SELECT pupils FROM school WHERE id = 1")).toInt(), 900);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(m_temp->db(), QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 1.01"));
    // The undo shows the table it changed, with the changed record current.
    QCOMPARE(m_window->currentPage(), devices);
    QCOMPARE(devices->view()->currentIndex().data(EntityTableModel::RecordIdRole).toLongLong(), qint64(TableFixture::Ipad));
    m_window->showPage(schools);
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(scalar(m_temp->db(), QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("Aula"));
    QCOMPARE(m_window->currentPage(), devices);
    QCOMPARE(m_window->undoStack()->index(), 1);
}

void TestMainWindow::addDeletePasteUndoneAndRedoneWithKeys()
{
    EntityPage *devices = m_window->entityPage(EntityKind::Device);
    devices->setConfirmation([](const QString &) { return true; });
    m_window->showPage(devices);
    RecordTableView *view = devices->view();
    EntityTableModel *model = devices->model();
    const QString count = QStringLiteral("SELECT COUNT(*) FROM device");
    const auto key = [this](int keyCode, Qt::KeyboardModifiers modifiers = Qt::ControlModifier) {
        QTest::keyClick(m_window.get(), Qt::Key(keyCode), modifiers);
    };

    // Add (Ctrl+N): the new row opens for typing; Escape leaves it as added.
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    key(Qt::Key_N);
    QCOMPARE(scalar(m_temp->db(), count).toInt(), 6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    view->setFocus();
    key(Qt::Key_Z);
    QCOMPARE(scalar(m_temp->db(), count).toInt(), 5);
    key(Qt::Key_Y);
    QCOMPARE(scalar(m_temp->db(), count).toInt(), 6);
    QCOMPARE(model->rowCount(), 6);

    // Delete (Del) of the current row, asked and confirmed.
    view->setFocus();
    view->setCurrentIndex(model->index(model->rowOfId(TableFixture::GalaxyTab), 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(scalar(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM device WHERE id = 4")).toInt(), 0);
    key(Qt::Key_Z);
    QCOMPARE(scalar(m_temp->db(), QStringLiteral("SELECT model FROM device WHERE id = 4")).toString(), QStringLiteral("Galaxy Tab"));
    key(Qt::Key_Y);
    QCOMPARE(scalar(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM device WHERE id = 4")).toInt(), 0);

    // Paste (Ctrl+V) of two rows from a spreadsheet below the table.
    QApplication::clipboard()->setText(QStringLiteral("KC-0060\tTablet\tApple\tiPad 10\tSN-60\n"
                                                      "KC-0061\tTablet\tApple\tiPad 10\tSN-61\n"));
    view->setFocus();
    view->clearSelection();
    view->setCurrentIndex(QModelIndex());
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    const QString pasted = QStringLiteral("SELECT COUNT(*) FROM device WHERE model = 'iPad 10'");
    QCOMPARE(scalar(m_temp->db(), pasted).toInt(), 2);
    key(Qt::Key_Z);
    QCOMPARE(scalar(m_temp->db(), pasted).toInt(), 0);
    key(Qt::Key_Y);
    QCOMPARE(scalar(m_temp->db(), pasted).toInt(), 2);
    QCOMPARE(m_window->currentPage(), devices);
}

void TestMainWindow::statusBar()
{
    m_window->showPage(m_window->entityPage(EntityKind::Device));
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels)
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("%1: 5").arg(EntityCatalog::spec(EntityKind::Device).plural())), qPrintable(texts.join('|')));
    QVERIFY(texts.contains(QDir::toNativeSeparators(m_temp->path())));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.sqlite")));
}

void TestMainWindow::openAnotherDatabase()
{
    EntityTableModel *devices = m_window->entityPage(EntityKind::Device)->model();
    QVERIFY(devices->setData(devices->index(0, devices->columnOf(QStringLiteral("room"))), QStringLiteral("X")));
    QCOMPARE(m_window->undoStack()->count(), 1);
    const QString other = QDir(m_temp->folder()).filePath(QStringLiteral("other.sqlite"));
    QSignalSpy changed(m_window.get(), &MainWindow::databaseChanged);
    QVERIFY(m_window->openDatabase(other));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(devices->rowCount(), 0);
    QCOMPARE(m_window->auditLogPage()->model()->rowCount(), 0);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(RecentDatabases::list().value(0), other);
    QVERIFY(m_window->openDatabase(m_temp->path()));
    QCOMPARE(devices->rowCount(), 5);
    QCOMPARE(RecentDatabases::list(), QStringList({m_temp->path(), other}));
}

void TestMainWindow::remembersLayout()
{
    EntityPage *devices = m_window->entityPage(EntityKind::Device);
    m_window->showPage(devices);
    const int price = devices->model()->columnOf(QStringLiteral("price_cents"));
    devices->view()->setColumnHidden(devices->model()->columnOf(QStringLiteral("serial_number")), true);
    devices->model()->sort(price, Qt::DescendingOrder);
    devices->view()->horizontalHeader()->setSortIndicator(price, Qt::DescendingOrder);
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_temp->db());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    EntityPage *again = m_window->entityPage(EntityKind::Device);
    QCOMPARE(m_window->currentPage(), again);
    QVERIFY(again->view()->isColumnHidden(again->model()->columnOf(QStringLiteral("serial_number"))));
    QCOMPARE(again->model()->sortColumn(), price);
    QCOMPARE(again->model()->sortOrder(), Qt::DescendingOrder);
    // A hidden column is not searched: the serial number finds nothing now.
    again->model()->setSearchText(QStringLiteral("SN-L2"));
    QCOMPARE(again->model()->rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
