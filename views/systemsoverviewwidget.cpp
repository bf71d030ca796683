// SPDX-License-Identifier: EUPL-1.2
#include "systemsoverviewwidget.h"

#include "chartwidget.h"
#include "commonalitymatrixmodel.h"
#include "database.h"
#include "productdetaildialog.h"
#include "productusagemodel.h"
#include "reloadonchange.h"
#include "statisticsfilterbar.h"
#include "statisticsservice.h"
#include "systemscommonalitychart.h"

#include <QCursor>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QTableView *createTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}
} // namespace

SystemsOverviewWidget::SystemsOverviewWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(std::make_unique<StatisticsService>(database, StatisticsSettings::load(QSettings())))
{
    m_filterBar = new StatisticsFilterBar(database);
    m_filterBar->setToolTip(tr("Systems belong to school authorities: only the choice of authorities narrows them."));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->hide();

    m_matrixModel = new CommonalityMatrixModel(this);
    m_matrixView = createTable(m_matrixModel);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(150);
    m_matrixView->setToolTip(tr("Click a cell to see a product's authorities, licence ends and costs."));

    m_productModel = new ProductUsageModel(this);
    m_productProxy = new QSortFilterProxyModel(this);
    m_productProxy->setSourceModel(m_productModel);
    m_productProxy->setSortRole(ProductUsageModel::SortRole);
    m_productView = createTable(m_productProxy);
    m_productView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productView->setSortingEnabled(true);
    m_productView->sortByColumn(-1, Qt::AscendingOrder); // the statistics' order: most shared first
    m_productView->horizontalHeader()->setSectionResizeMode(ProductUsageModel::Authorities, QHeaderView::Stretch);
    m_productView->verticalHeader()->hide();
    m_productView->setToolTip(tr("Double-click a product, or click its name, to see its details."));

    m_chart = new ChartWidget(QString::fromLatin1(SystemsCommonalityChart::Name), *m_service);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_matrixView, tr("Authorities and categories"));
    m_tabs->addTab(m_productView, tr("Products"));
    m_tabs->addTab(m_chart, tr("Chart"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    m_reloader = new ReloadOnChange(this, database.notifier(),
                                    {QStringLiteral("system"), QStringLiteral("authority"), QStringLiteral("school")},
                                    [this] { reload(); });
    connect(m_filterBar, &StatisticsFilterBar::filterChanged, this, [this](const StatisticsFilter &filter) {
        m_chart->setFilter(filter);
        m_reloader->markStale();
    });
    connect(m_matrixView, &QTableView::clicked, this, &SystemsOverviewWidget::onMatrixClicked);
    connect(m_productView, &QTableView::activated, this, &SystemsOverviewWidget::onProductActivated);
    connect(m_productView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // Styles that activate on a single click open it through `activated` already.
        if (index.column() == ProductUsageModel::Product
            && !style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_productView))
            onProductActivated(index);
    });
    m_chart->setFilter(m_filterBar->filter());
}

SystemsOverviewWidget::~SystemsOverviewWidget() = default;

StatisticsFilter SystemsOverviewWidget::filter() const
{
    return m_filterBar->filter();
}

void SystemsOverviewWidget::setFilter(const StatisticsFilter &filter)
{
    m_filterBar->setFilter(filter);
}

void SystemsOverviewWidget::reload()
{
    const StatisticsFilter filter = m_filterBar->filter();
    SystemsCommonality::Matrix matrix;
    QList<SystemsCommonality::Product> products;
    DatabaseError error = SystemsCommonality::matrix(*m_service, filter, matrix);
    if (!error)
        error = SystemsCommonality::products(*m_service, filter, products);
    m_message->setVisible(error.isError());
    m_message->setText(error.message);
    m_matrixModel->setMatrix(matrix);
    m_productModel->setProducts(products);
    m_matrixView->resizeColumnsToContents();
    m_matrixView->resizeRowsToContents();
    m_productView->resizeColumnToContents(ProductUsageModel::Product);
    emit reloaded();
}

void SystemsOverviewWidget::showProduct(const QString &category, const QString &productKey,
                                        const QString &productName)
{
    ProductDetailDialog dialog(*m_service, m_filterBar->filter(), category, productKey, productName, this);
    dialog.exec();
}

void SystemsOverviewWidget::onMatrixClicked(const QModelIndex &index)
{
    const QStringList names = index.data(CommonalityMatrixModel::ProductNamesRole).toStringList();
    const QStringList keys = index.data(CommonalityMatrixModel::ProductKeysRole).toStringList();
    const QString category = index.data(CommonalityMatrixModel::CategoryRole).toString();
    if (names.isEmpty())
        return;
    if (names.size() == 1) {
        showProduct(category, keys.first(), names.first());
        return;
    }
    // Several products in one cell: the user picks one.
    QMenu menu(this);
    for (int i = 0; i < names.size(); ++i) {
        connect(menu.addAction(names.at(i)), &QAction::triggered, this,
                [this, category, key = keys.at(i), name = names.at(i)] { showProduct(category, key, name); });
    }
    menu.exec(QCursor::pos());
}

void SystemsOverviewWidget::onProductActivated(const QModelIndex &index)
{
    const QModelIndex source = m_productProxy->mapToSource(index);
    if (!source.isValid())
        return;
    const SystemsCommonality::Product &product = m_productModel->products().at(source.row());
    showProduct(product.category, product.key, product.product);
}
