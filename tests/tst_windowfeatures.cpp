// SPDX-License-Identifier: EUPL-1.2
// The main window as the program assembles it: the analysis pages sit under the tables they
// analyse, and a contract clicked on the dashboard becomes the current contract even when
// the contract table's search hides it.
#include "dashboardwidget.h"
#include "entitycatalog.h"
#include "entitypage.h"
#include "entitytablemodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "navigationpanel.h"
#include "recordtableview.h"
#include "statisticsfixture.h"
#include "testsupport.h"
#include "windowfeatures.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidgetItem>

#include <memory>

class TestWindowFeatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("schulit-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowfeatures"));
        TestSupport::useGerman();
    }

    void init()
    {
        QSettings().clear();
        m_temp = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_temp->db()));
        m_window = std::make_unique<MainWindow>(m_temp->db());
        WindowFeatures::install(*m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void analysisPagesSitUnderTheirTables()
    {
        auto *navigation = m_window->findChild<NavigationPanel *>();
        QVERIFY(navigation);
        const auto childTitles = [navigation](EntityKind kind) {
            QStringList titles;
            const QTreeWidgetItem *item =
                navigation->findItems(EntityCatalog::spec(kind).plural(), Qt::MatchExactly | Qt::MatchRecursive).value(0);
            for (int i = 0; item && i < item->childCount(); ++i)
                titles << item->child(i)->text(0);
            return titles;
        };
        QCOMPARE(childTitles(EntityKind::System), QStringList{QStringLiteral("Gemeinsame Systeme")});
        QCOMPARE(childTitles(EntityKind::MinimumStandard), QStringList{QStringLiteral("Erfüllung der Standards")});
        // No two pages share a title.
        QStringList all;
        for (QTreeWidgetItemIterator it(navigation); *it; ++it)
            all << (*it)->text(0);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
        QCOMPARE(navigation->topLevelItem(0)->text(0), QStringLiteral("Übersicht"));
    }

    void dashboardContractBecomesCurrentDespiteTheSearch()
    {
        auto *dashboard = qobject_cast<DashboardWidget *>(m_window->currentPage());
        QVERIFY(dashboard);
        EntityPage *contracts = m_window->entityPage(EntityKind::SupportContract);
        QVERIFY(contracts);
        // A search that leaves out SV-005.
        contracts->filterBar()->searchField()->setText(QStringLiteral("SV-001"));
        contracts->filterBar()->applySearch();
        QCOMPARE(contracts->model()->rowOfId(5), -1);

        emit dashboard->contractActivated(5);
        QCOMPARE(m_window->currentPage(), contracts);
        QVERIFY(contracts->filterBar()->searchField()->text().isEmpty());
        const QModelIndex current = contracts->view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(EntityTableModel::RecordIdRole).toLongLong(), qint64(5));
    }

    void fitsALaptopScreen()
    {
        // Every page, the navigation and the details side by side on a 1366 x 768 screen.
        const QSize needed = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(needed.width() <= 1366, qPrintable(QString::number(needed.width())));
        QVERIFY2(needed.height() <= 768 - 40, qPrintable(QString::number(needed.height()))); // minus a task bar
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWindowFeatures)
#include "tst_windowfeatures.moc"
