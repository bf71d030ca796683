// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticsfilter.h"

#include <QWidget>

#include <memory>

class ChartWidget;
class CommonalityMatrixModel;
class Database;
class ProductUsageModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class ReloadOnChange;
class StatisticsFilterBar;
class StatisticsService;

// What the school authorities have in common in their systems: the matrix authority x
// category with product names, the products by how many authorities run them, and the
// chart `systems-commonality`. A click on a product (in the list, or in a matrix cell)
// opens its drill-down. Follows edits of the inventory.
class SystemsOverviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SystemsOverviewWidget(Database &database, QWidget *parent = nullptr);
    ~SystemsOverviewWidget() override;

    StatisticsFilter filter() const;
    void setFilter(const StatisticsFilter &filter);

    CommonalityMatrixModel *matrixModel() const { return m_matrixModel; }
    ProductUsageModel *productModel() const { return m_productModel; }
    QTableView *matrixView() const { return m_matrixView; }
    QTableView *productView() const { return m_productView; }

public slots:
    void reload();
    // Opens the drill-down of one product.
    void showProduct(const QString &category, const QString &productKey, const QString &productName);

signals:
    // After every reload, for tests and status lines.
    void reloaded();

private:
    void onMatrixClicked(const QModelIndex &index);
    void onProductActivated(const QModelIndex &index);

    Database &m_database;
    std::unique_ptr<StatisticsService> m_service;
    StatisticsFilterBar *m_filterBar = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    CommonalityMatrixModel *m_matrixModel = nullptr;
    ProductUsageModel *m_productModel = nullptr;
    QSortFilterProxyModel *m_productProxy = nullptr;
    QTableView *m_matrixView = nullptr;
    QTableView *m_productView = nullptr;
    ChartWidget *m_chart = nullptr;
    ReloadOnChange *m_reloader = nullptr;
};
