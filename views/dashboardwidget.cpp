// SPDX-License-Identifier: EUPL-1.2
#include "dashboardwidget.h"

#include "changenotifier.h"
#include "chartregistry.h"
#include "chartwidget.h"
#include "compliancesummarywidget.h"
#include "database.h"
#include "gridarrangement.h"
#include "keyfigures.h"
#include "keyfigurespanel.h"
#include "statisticsfilterbar.h"
#include "statisticsservice.h"
#include "statisticssettingsdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QGroupBox>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Two charts side by side only where each still gets room for its labels and legend.
constexpr int TwoColumnsFromWidth = 1400;
constexpr int ChartMinimumHeight = 380;
constexpr int ReloadDelayMs = 150;
} // namespace

DashboardWidget::DashboardWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(std::make_unique<StatisticsService>(database, StatisticsSettings::load(QSettings())))
{
    m_filterBar = new StatisticsFilterBar(database);
    m_keyFigures = new KeyFiguresPanel;

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *figuresBox = new QGroupBox(tr("Key figures"));
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->addWidget(m_keyFigures);
    figuresBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the charts take the room
    contentLayout->addWidget(figuresBox);

    // The minimum standards in plain numbers ("12 schools lack 1 Gbit/s").
    auto *standardsBox = new QGroupBox(tr("Minimum standards"));
    auto *standardsLayout = new QVBoxLayout(standardsBox);
    m_compliance = new ComplianceSummaryWidget(*m_service);
    standardsLayout->addWidget(m_compliance);
    contentLayout->addWidget(standardsBox);

    m_chartGrid = new QGridLayout;
    for (const ChartRegistry::Entry &entry : ChartRegistry::all()) {
        auto *chart = new ChartWidget(entry.name, *m_service);
        chart->setMinimumHeight(ChartMinimumHeight);
        m_charts << chart;
    }
    arrangeCharts(1);
    contentLayout->addLayout(m_chartGrid);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *settingsButton = new QPushButton(tr("&Settings of the figures..."));
    settingsButton->setToolTip(tr("Replacement cycles, target pupils per device, warning of contract deadlines"));
    connect(settingsButton, &QPushButton::clicked, this, [this] {
        StatisticsSettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            reloadSettings();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterBar, 1);
    top->addWidget(settingsButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardWidget::reload);
    connect(m_filterBar, &StatisticsFilterBar::filterChanged, this, &DashboardWidget::applyFilter);
    connect(m_keyFigures, &KeyFiguresPanel::contractActivated, this, &DashboardWidget::contractActivated);
    if (ChangeNotifier *notifier = m_database.notifier())
        connect(notifier, &ChangeNotifier::tableChanged, this, &DashboardWidget::onTableChanged);
    applyFilter(m_filterBar->filter());
}

DashboardWidget::~DashboardWidget() = default;

StatisticsFilter DashboardWidget::filter() const
{
    return m_filterBar->filter();
}

void DashboardWidget::setFilter(const StatisticsFilter &filter)
{
    m_filterBar->setFilter(filter);
}

void DashboardWidget::applyFilter(const StatisticsFilter &filter)
{
    for (ChartWidget *chart : std::as_const(m_charts))
        chart->setFilter(filter);
    m_compliance->setFilter(filter);
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}

void DashboardWidget::reload()
{
    m_reloadTimer->stop();
    m_stale = false;
    KeyFigures figures;
    if (const DatabaseError error = KeyFigures::load(*m_service, m_filterBar->filter(), figures)) {
        m_keyFigures->showError(error.message);
        return;
    }
    m_keyFigures->showFigures(figures, m_service->settings().targetPupilsPerDevice(), m_filterBar->filter().year != 0);
}

void DashboardWidget::reloadSettings()
{
    m_service->setSettings(StatisticsSettings::load(QSettings()));
    reload();
    for (ChartWidget *chart : std::as_const(m_charts))
        chart->reload();
    m_compliance->reload(); // the replacement cycles count in a standard
}

void DashboardWidget::arrangeCharts(int columns)
{
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    arrangeInColumns(*m_chartGrid, m_charts, columns);
}

int DashboardWidget::chartColumns() const
{
    return m_chartColumns;
}

void DashboardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts(width() >= TwoColumnsFromWidth ? 2 : 1);
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadTimer->start();
}

void DashboardWidget::onTableChanged(const QString &table)
{
    if (!StatisticsService::readsTable(table))
        return;
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}
