// SPDX-License-Identifier: EUPL-1.2
#include "standardscompliancewidget.h"

#include "chartwidget.h"
#include "compliancegapmodel.h"
#include "compliancetablemodel.h"
#include "database.h"
#include "reloadonchange.h"
#include "standardscompliancechart.h"
#include "statisticsfilterbar.h"
#include "statisticsservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
using Status = StandardsCompliance::Status;

// The legend of the traffic lights: each colour with its word.
QWidget *createLegend()
{
    auto *legend = new QWidget;
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Status status : {Status::Met, Status::NotMet, Status::NoData, Status::NotApplicable}) {
        auto *label = new QLabel(ComplianceTableModel::statusLabel(status));
        label->setTextFormat(Qt::PlainText);
        label->setAutoFillBackground(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::Window, ComplianceTableModel::statusColor(status));
        palette.setColor(QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A));
        label->setPalette(palette);
        label->setContentsMargins(8, 2, 8, 2);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    return legend;
}

QTableView *createTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}
} // namespace

StandardsComplianceWidget::StandardsComplianceWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(std::make_unique<StatisticsService>(database, StatisticsSettings::load(QSettings())))
{
    m_filterBar = new StatisticsFilterBar(database);
    m_level = new QComboBox;
    m_level->addItem(tr("Per school"));
    m_level->addItem(tr("Per school authority"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->hide();

    m_tableModel = new ComplianceTableModel(this);
    m_tableProxy = new QSortFilterProxyModel(this);
    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setSortRole(ComplianceTableModel::SortRole);
    m_tableView = createTable(m_tableProxy);

    m_gapModel = new ComplianceGapModel(this);
    auto *gapProxy = new QSortFilterProxyModel(this);
    gapProxy->setSourceModel(m_gapModel);
    gapProxy->setSortRole(ComplianceGapModel::SortRole);
    m_gapView = createTable(gapProxy);
    m_gapView->setWordWrap(true);
    m_gapView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gapView->horizontalHeader()->setSectionResizeMode(ComplianceGapModel::Gap, QHeaderView::Stretch);
    // The school types wrap in a column of their own width, so the gap sentences keep room.
    m_gapView->horizontalHeader()->setSectionResizeMode(ComplianceGapModel::AppliesTo, QHeaderView::Interactive);
    m_gapView->setColumnWidth(ComplianceGapModel::AppliesTo, 220);
    m_gapView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(new QLabel(tr("Rows:")));
    levelRow->addWidget(m_level);
    levelRow->addSpacing(16);
    levelRow->addWidget(createLegend(), 1);
    overviewLayout->addLayout(levelRow);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tableView);
    auto *gapBox = new QWidget;
    auto *gapLayout = new QVBoxLayout(gapBox);
    gapLayout->setContentsMargins(0, 0, 0, 0);
    gapLayout->addWidget(new QLabel(tr("Where the schools stand against each standard:")));
    gapLayout->addWidget(m_gapView);
    splitter->addWidget(gapBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    overviewLayout->addWidget(splitter, 1);

    m_chart = new ChartWidget(QString::fromLatin1(StandardsComplianceChart::Name), *m_service);
    m_tabs = new QTabWidget;
    m_tabs->addTab(overview, tr("Traffic lights and gaps"));
    m_tabs->addTab(m_chart, tr("Chart"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    m_reloader = new ReloadOnChange(this, database.notifier(), watchedTables(), [this] { reload(); });
    connect(m_filterBar, &StatisticsFilterBar::filterChanged, this, [this](const StatisticsFilter &filter) {
        m_chart->setFilter(filter);
        m_reloader->markStale();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this](int index) { showAuthorities(index == 1); });
    m_chart->setFilter(m_filterBar->filter());
}

StandardsComplianceWidget::~StandardsComplianceWidget() = default;

QStringList StandardsComplianceWidget::watchedTables()
{
    return {QStringLiteral("minimum_standard"), QStringLiteral("school"),          QStringLiteral("authority"),
            QStringLiteral("device"),           QStringLiteral("support_contract"), QStringLiteral("contract_school"),
            QStringLiteral("system")};
}

StatisticsFilter StandardsComplianceWidget::filter() const
{
    return m_filterBar->filter();
}

void StandardsComplianceWidget::setFilter(const StatisticsFilter &filter)
{
    m_filterBar->setFilter(filter);
}

void StandardsComplianceWidget::showAuthorities(bool authorities)
{
    if (m_level->currentIndex() != (authorities ? 1 : 0))
        m_level->setCurrentIndex(authorities ? 1 : 0);
    m_tableModel->setLevel(authorities ? ComplianceTableModel::Level::Authorities
                                       : ComplianceTableModel::Level::Schools);
    m_tableView->resizeColumnsToContents();
}

void StandardsComplianceWidget::reload()
{
    StandardsCompliance compliance;
    const DatabaseError error = StandardsCompliance::load(*m_service, m_filterBar->filter(), compliance);
    m_message->setVisible(error.isError());
    m_message->setText(error.message);
    if (!error && compliance.standards.isEmpty()) {
        m_message->setText(tr("No minimum standard is defined yet. Add them in the table of minimum standards."));
        m_message->show();
    }
    m_tableModel->setCompliance(compliance);
    m_gapModel->setCompliance(compliance);
    m_tableView->resizeColumnsToContents();
    m_gapView->resizeRowsToContents();
    emit reloaded();
}
