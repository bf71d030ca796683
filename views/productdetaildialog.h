// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticsfilter.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class StatisticsService;

// The drill-down of one product of the systems inventory: which school authorities (and
// schools) run it, in which version, by whom, until when the licence runs and what it
// costs a year, with the totals above.
class ProductDetailDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Authority, School, Version, Vendor, OperatedBy, LicenceEnd, AnnualCost, ColumnCount };

    ProductDetailDialog(const StatisticsService &service, const StatisticsFilter &filter, const QString &category,
                        const QString &productKey, const QString &productName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summary() const;

private:
    void load(const StatisticsService &service, const StatisticsFilter &filter, const QString &category,
              const QString &productKey);

    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};
