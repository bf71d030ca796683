// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "compliancegap.h"

#include <QAbstractTableModel>

// The gap list: one row per minimum standard with how many schools meet it, miss it or
// lack figures, and the gap in plain words. Shared by the standards screen and the
// dashboard's summary; read-only.
class ComplianceGapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Standard, Requirement, AppliesTo, Met, NotMet, NoData, Share, Gap, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(StandardsCompliance::Status) over all schools
        SortRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setCompliance(const StandardsCompliance &compliance);
    const QList<ComplianceGap> &gaps() const { return m_gaps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, Column column) const;

    QList<MinimumStandard> m_standards;
    QList<StandardsCompliance::Tally> m_totals;
    QList<ComplianceGap> m_gaps;
};
