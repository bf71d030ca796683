// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticsfilter.h"

#include <QList>
#include <QWidget>

#include <memory>

class ChartWidget;
class ComplianceSummaryWidget;
class Database;
class KeyFiguresPanel;
class QGridLayout;
class QTimer;
class StatisticsFilterBar;
class StatisticsService;

// The state of the county at a glance: filters, key figures, the contracts to decide on,
// and every chart of the registry, each exportable. Follows edits through the database's
// ChangeNotifier. The main window shows it and opens a contract when asked to.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(Database &database, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    StatisticsFilter filter() const;
    void setFilter(const StatisticsFilter &filter);
    // The service the figures and charts are computed with (settings, "today").
    StatisticsService &service() { return *m_service; }
    KeyFiguresPanel *keyFigures() const { return m_keyFigures; }
    StatisticsFilterBar *filterBar() const { return m_filterBar; }
    QList<ChartWidget *> charts() const { return m_charts; }
    // Charts side by side: two on a wide window, else one under the other.
    int chartColumns() const;

public slots:
    void reload();
    // Re-reads replacement cycles, target and warning days from QSettings.
    void reloadSettings();

signals:
    void contractActivated(qint64 contractId);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter(const StatisticsFilter &filter);
    void arrangeCharts(int columns);
    void onTableChanged(const QString &table);

    Database &m_database;
    std::unique_ptr<StatisticsService> m_service;
    StatisticsFilterBar *m_filterBar = nullptr;
    KeyFiguresPanel *m_keyFigures = nullptr;
    QList<ChartWidget *> m_charts;
    QGridLayout *m_chartGrid = nullptr;
    int m_chartColumns = 0;
    ComplianceSummaryWidget *m_compliance = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_stale = true;
};
