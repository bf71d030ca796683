// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticsfilter.h"

#include <QWidget>

class ComplianceGapModel;
class QLabel;
class QTableView;
class ReloadOnChange;
class StatisticsService;

// The minimum standards in brief for the dashboard: each standard with the share of
// schools meeting it and its gap in words. Uses the dashboard's service and filter.
class ComplianceSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComplianceSummaryWidget(StatisticsService &service, QWidget *parent = nullptr);

    StatisticsFilter filter() const { return m_filter; }
    ComplianceGapModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // One line over all standards, e.g. "3 of 8 standards met by every school".
    QString headline() const;

public slots:
    void setFilter(const StatisticsFilter &filter);
    void reload();

signals:
    void reloaded();

private:
    void fitToRows();
    StatisticsService &m_service;
    StatisticsFilter m_filter;
    QLabel *m_headline = nullptr;
    ComplianceGapModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ReloadOnChange *m_reloader = nullptr;
};
