// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticsfilter.h"

#include <QWidget>

#include <memory>

class ChartWidget;
class ComplianceGapModel;
class ComplianceTableModel;
class Database;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class ReloadOnChange;
class StatisticsFilterBar;
class StatisticsService;

// The common minimum standards at work: a traffic-light table (per school or per school
// authority: met, not met, no data, each in words and colour), the gap list in plain
// numbers, and the chart `standards-compliance`. Follows edits of schools, devices,
// contracts, systems and the standards themselves.
class StandardsComplianceWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StandardsComplianceWidget(Database &database, QWidget *parent = nullptr);
    ~StandardsComplianceWidget() override;

    StatisticsFilter filter() const;
    void setFilter(const StatisticsFilter &filter);
    // Schools (default) or school authorities as rows.
    void showAuthorities(bool authorities);

    ComplianceTableModel *tableModel() const { return m_tableModel; }
    ComplianceGapModel *gapModel() const { return m_gapModel; }
    QTableView *tableView() const { return m_tableView; }
    QTableView *gapView() const { return m_gapView; }

    // Tables whose changes can change the result.
    static QStringList watchedTables();

public slots:
    void reload();

signals:
    void reloaded();

private:
    Database &m_database;
    std::unique_ptr<StatisticsService> m_service;
    StatisticsFilterBar *m_filterBar = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    ComplianceTableModel *m_tableModel = nullptr;
    QSortFilterProxyModel *m_tableProxy = nullptr;
    ComplianceGapModel *m_gapModel = nullptr;
    QTableView *m_tableView = nullptr;
    QTableView *m_gapView = nullptr;
    ChartWidget *m_chart = nullptr;
    ReloadOnChange *m_reloader = nullptr;
};
