// SPDX-License-Identifier: EUPL-1.2
// The dashboard on tests/data/statistics_fixture.sql: key figures as shown, the contract
// list's signal, the shared filter, and following edits without polling.
#include "changenotifier.h"
#include "chartregistry.h"
#include "chartwidget.h"
#include "checklistbutton.h"
#include "compliancegapmodel.h"
#include "compliancesummarywidget.h"
#include "dashboardwidget.h"
#include "entitycatalog.h"
#include "keyfigurespanel.h"
#include "recordstore.h"
#include "statisticsfilterbar.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using Tile = KeyFiguresPanel::Tile;

namespace {
// A blank or one-colour area has one or two; text and bars with their antialiased edges many.
int colourCount(const QImage &picture)
{
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}
} // namespace

class TestDashboardWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDatabase> m_database;
    std::unique_ptr<DashboardWidget> m_dashboard;

    void showFor(const StatisticsFilter &filter)
    {
        m_dashboard->setFilter(filter);
        m_dashboard->reload();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        TestSupport::useGerman();
    }

    void init()
    {
        m_database = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_database->db()));
        m_dashboard = std::make_unique<DashboardWidget>(m_database->db());
        m_dashboard->service().setToday(StatisticsFixture::today());
        m_dashboard->resize(1400, 1000);
        m_dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
        m_dashboard->reload();
    }

    void cleanup()
    {
        m_dashboard.reset();
        m_database.reset();
    }

    void keyFiguresInGermanFormats()
    {
        const KeyFiguresPanel *panel = m_dashboard->keyFigures();
        QCOMPARE(panel->value(Tile::Schools), QStringLiteral("5"));
        QCOMPARE(panel->value(Tile::Pupils), QStringLiteral("1.540"));
        QCOMPARE(panel->value(Tile::Devices), QStringLiteral("22"));
        QCOMPARE(panel->value(Tile::PupilsPerDevice), QStringLiteral("118,5"));
        QCOMPARE(panel->value(Tile::PastCycle), QStringLiteral("40,0\u00a0%"));
        QVERIFY(panel->detail(Tile::PastCycle).contains(QStringLiteral("8")));
        QVERIFY(panel->detail(Tile::PastCycle).contains(QStringLiteral("20")));
        QCOMPARE(panel->value(Tile::Approved), QStringLiteral("1.650.000,00 €"));
        QVERIFY(panel->detail(Tile::Approved).contains(QStringLiteral("89,2\u00a0%")));
        QVERIFY(panel->detail(Tile::Approved).contains(QStringLiteral("1.850.000,00\u00a0€")));
        QCOMPARE(panel->value(Tile::PaidOut), QStringLiteral("1.100.000,00 €"));
        QCOMPARE(panel->value(Tile::Spent), QStringLiteral("998.500,50 €"));
        QCOMPARE(panel->value(Tile::DueContracts), QStringLiteral("2"));
    }

    void fundingTilesSayTheyIgnoreTheYear()
    {
        // Funding amounts carry no date: with a past year chosen, their tiles say so.
        const KeyFiguresPanel *panel = m_dashboard->keyFigures();
        QVERIFY(!panel->detail(Tile::Approved).contains(QStringLiteral("Stand heute")));
        StatisticsFilter filter;
        filter.year = 2023;
        m_dashboard->setFilter(filter);
        QTRY_VERIFY(panel->detail(Tile::Approved).contains(QStringLiteral("Stand heute, unabhängig vom Jahr")));
        QVERIFY(panel->detail(Tile::Spent).contains(QStringLiteral("Stand heute")));
        QVERIFY(!panel->detail(Tile::PastCycle).contains(QStringLiteral("Stand heute")));
        m_dashboard->setFilter({});
        QTRY_VERIFY(!panel->detail(Tile::Approved).contains(QStringLiteral("Stand heute")));
    }

    void tilesTakeMoreRowsWhenNarrow()
    {
        auto *panel = m_dashboard->findChild<KeyFiguresPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->tileColumns(), 5); // 1400 pixels
        m_dashboard->resize(900, 1000);
        QTRY_COMPARE(panel->tileColumns(), 3);
        QVERIFY(panel->width() >= panel->minimumSizeHint().width());
        QVERIFY(panel->minimumSizeHint().width() < 700); // two tiles, not five
        m_dashboard->resize(1400, 1000);
        QTRY_COMPARE(panel->tileColumns(), 5);
    }

    void chartsSideBySideOnlyWhenWide()
    {
        // On a laptop's window each chart gets the whole width for its labels and legend.
        QCOMPARE(m_dashboard->chartColumns(), 2); // 1400 pixels
        const ChartWidget *first = m_dashboard->charts().at(0);
        const ChartWidget *second = m_dashboard->charts().at(1);
        QTRY_VERIFY(second->geometry().left() > first->geometry().right());
        m_dashboard->resize(1100, 1000);
        QTRY_COMPARE(m_dashboard->chartColumns(), 1);
        QTRY_VERIFY(second->geometry().top() > first->geometry().bottom());
        QVERIFY(first->width() > 900);
        m_dashboard->resize(1400, 1000);
        QTRY_COMPARE(m_dashboard->chartColumns(), 2);
    }

    void minimumStandardsInPlainNumbers()
    {
        auto *summary = m_dashboard->findChild<ComplianceSummaryWidget *>();
        QVERIFY(summary);
        StatisticsFilter rosendahl;
        rosendahl.authorityIds = {2};
        m_dashboard->setFilter(rosendahl);
        QCOMPARE(summary->filter().authorityIds, rosendahl.authorityIds);
        // A standard added in the table shows with its gap without a restart.
        RecordStore store(m_database->db());
        QVERIFY(store.insert(EntityCatalog::spec(EntityKind::MinimumStandard),
                             {{"name", "Breitband 1 Gbit/s"}, {"area", "infrastructure"}, {"measure", "broadband_mbits"},
                              {"comparison", "at_least"}, {"threshold", 1000}}).ok());
        QTRY_COMPARE(summary->model()->rowCount(), 1);
        QVERIFY2(summary->headline().startsWith(QStringLiteral("0 von 1")), qPrintable(summary->headline()));
        const QString gap = summary->model()->index(0, ComplianceGapModel::Gap).data().toString();
        QVERIFY2(gap.contains(QLatin1String("Schule")), qPrintable(gap));
    }

    void contractListOpensTheContract()
    {
        QTreeWidget *list = m_dashboard->keyFigures()->contractList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("30.06.2025"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("SV-001"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("31.08.2025"));
        QSignalSpy opened(m_dashboard.get(), &DashboardWidget::contractActivated);
        list->scrollToItem(list->topLevelItem(1));
        const QRect row = list->visualItemRect(list->topLevelItem(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), qint64(5)); // SV-005
    }

    void filterIsSharedByFiguresAndCharts()
    {
        StatisticsFilter rosendahl;
        rosendahl.authorityIds = {StatisticsFixture::GemeindeRosendahl};
        showFor(rosendahl);
        QCOMPARE(m_dashboard->filter(), rosendahl);
        const KeyFiguresPanel *panel = m_dashboard->keyFigures();
        QCOMPARE(panel->value(Tile::Schools), QStringLiteral("1"));
        QCOMPARE(panel->value(Tile::Devices), QStringLiteral("0"));
        QCOMPARE(panel->value(Tile::Approved), QStringLiteral("0,00 €"));
        QCOMPARE(panel->value(Tile::DueContracts), QStringLiteral("0"));
        QCOMPARE(m_dashboard->charts().size(), ChartRegistry::all().size());
        for (const ChartWidget *chart : m_dashboard->charts())
            QCOMPARE(chart->filter(), rosendahl);

        StatisticsFilter primary;
        primary.schoolTypes = {QStringLiteral("02")};
        showFor(primary);
        QCOMPARE(panel->value(Tile::Schools), QStringLiteral("2"));
        QCOMPARE(panel->value(Tile::PupilsPerDevice), QStringLiteral("80,0"));

        showFor({});
        QCOMPARE(panel->value(Tile::Schools), QStringLiteral("5"));
    }

    void filterBarOffersWhatTheDatabaseHolds()
    {
        StatisticsFilterBar *bar = m_dashboard->filterBar();
        const QList<CheckListButton *> buttons = bar->findChildren<CheckListButton *>();
        QCOMPARE(buttons.size(), 2);
        QCOMPARE(buttons.at(0)->count(), 3); // authorities
        QCOMPARE(buttons.at(1)->count(), 4); // school types that occur
        QSignalSpy changed(bar, &StatisticsFilterBar::filterChanged);
        buttons.at(0)->setCheckedKeys({QString::number(StatisticsFixture::StadtDuelmen)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar->filter().authorityIds, QList<qint64>({StatisticsFixture::StadtDuelmen}));
        QCOMPARE(buttons.at(0)->text(), QStringLiteral("Stadt Dülmen"));
    }

    void followsEditsWithoutPolling()
    {
        ChartWidget *chart = m_dashboard->charts().first();
        QTRY_VERIFY(chart->reloadCount() > 0);
        const int before = chart->reloadCount();
        QSqlQuery query(m_database->db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE device SET status = 'retired' WHERE id IN (1, 2)")));
        // Nothing announced yet: nothing redrawn, nothing polled.
        QTest::qWait(400);
        QCOMPARE(chart->reloadCount(), before);
        QCOMPARE(m_dashboard->keyFigures()->value(Tile::Devices), QStringLiteral("22"));
        m_database->db().notifier()->notifyChanged(QStringLiteral("device"));
        QTRY_COMPARE(m_dashboard->keyFigures()->value(Tile::Devices), QStringLiteral("20"));
        QTRY_VERIFY(chart->reloadCount() > before);
        // A table the figures do not read changes nothing.
        const int after = chart->reloadCount();
        m_database->db().notifier()->notifyChanged(QStringLiteral("audit_log"));
        QTest::qWait(400);
        QCOMPARE(chart->reloadCount(), after);
    }

    void rendersWholly()
    {
        // The whole dashboard as a picture; with SCHULIT_CHART_DUMP=folder it is kept there
        // for a look, with SCHULIT_DASHBOARD_DATABASE=file drawn from another database.
        const QString other = qEnvironmentVariable("SCHULIT_DASHBOARD_DATABASE");
        Database database;
        if (!other.isEmpty()) {
            QVERIFY(!database.open(other));
            m_dashboard = std::make_unique<DashboardWidget>(database);
            m_dashboard->show();
        }
        m_dashboard->resize(1400, 2300);
        QTRY_VERIFY(m_dashboard->charts().last()->reloadCount() > 0);
        m_dashboard->reload();
        QTest::qWait(50); // let the layouts settle, as the event loop does on screen
        const QImage picture = m_dashboard->grab().toImage();
        QCOMPARE(picture.size(), QSize(1400, 2300) * picture.devicePixelRatio());
        const QString dump = qEnvironmentVariable("SCHULIT_CHART_DUMP");
        if (!dump.isEmpty())
            QVERIFY(picture.save(QDir(dump).filePath(QStringLiteral("dashboard.png"))));

        // Drawn, not just sized: the key figures carry text, every chart its bars and labels.
        const auto area = [&](const QWidget *widget) {
            const QRect rect(widget->mapTo(m_dashboard.get(), QPoint(0, 0)), widget->size());
            const qreal ratio = picture.devicePixelRatio();
            return picture.copy(QRectF(QPointF(rect.topLeft()) * ratio, QSizeF(rect.size()) * ratio).toRect());
        };
        const QImage figures = area(m_dashboard->keyFigures());
        QVERIFY(m_dashboard->rect().contains(QRect(m_dashboard->keyFigures()->mapTo(m_dashboard.get(), QPoint(0, 0)),
                                                   m_dashboard->keyFigures()->size())));
        QVERIFY2(colourCount(figures) >= 4, qPrintable(QString::number(colourCount(figures))));
        for (const ChartWidget *chart : m_dashboard->charts()) {
            const QRect rect(chart->mapTo(m_dashboard.get(), QPoint(0, 0)), chart->size());
            QVERIFY2(m_dashboard->rect().contains(rect), qPrintable(chart->chartName()));
            const int colours = colourCount(area(chart));
            QVERIFY2(colours >= 12, qPrintable(QStringLiteral("%1: %2 colours").arg(chart->chartName()).arg(colours)));
        }
        m_dashboard.reset();
    }

    void settingsComeFromQSettings()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("statistics/replacementYears/tablet"), 2);
        m_dashboard->reloadSettings();
        // Tablets d5 d6 (2021) are now past their cycle as well: 10 of 20 = 50 %.
        QCOMPARE(m_dashboard->keyFigures()->value(Tile::PastCycle), QStringLiteral("50,0\u00a0%"));
        settings.clear();
    }
};

QTEST_MAIN(TestDashboardWidget)
#include "tst_dashboardwidget.moc"
