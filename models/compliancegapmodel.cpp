// SPDX-License-Identifier: EUPL-1.2
#include "compliancegapmodel.h"

#include "compliancetablemodel.h"
#include "enumcatalog.h"

#include <QLocale>

void ComplianceGapModel::setCompliance(const StandardsCompliance &compliance)
{
    beginResetModel();
    m_standards = compliance.standards;
    m_totals = compliance.totals;
    m_gaps = ComplianceGap::of(compliance);
    endResetModel();
}

int ComplianceGapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gaps.size());
}

int ComplianceGapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceGapModel::display(int row, Column column) const
{
    const MinimumStandard &standard = m_standards.at(row);
    const StandardsCompliance::Tally &tally = m_totals.at(row);
    const QLocale locale;
    switch (column) {
    case Standard:
        return standard.name;
    case Requirement:
        return standard.requirementText();
    case AppliesTo:
        return standard.schoolTypes.isEmpty()
            ? tr("all school types")
            : EnumCatalog::listLabel(EnumKind::SchoolType, standard.schoolTypes.join(QLatin1Char(',')));
    case Met:
        return locale.toString(tally.met);
    case NotMet:
        return locale.toString(tally.notMet);
    case NoData:
        return locale.toString(tally.noData);
    case Share:
        if (const std::optional<double> share = tally.sharePercent())
            return locale.toString(*share, 'f', 0) + QStringLiteral(" %");
        return QStringLiteral("–");
    case Gap:
        return m_gaps.at(row).sentence;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplianceGapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Column column = Column(index.column());
    const StandardsCompliance::Tally &tally = m_totals.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Standard)
            return ComplianceTableModel::statusLabel(tally.status());
        return display(row, column);
    case Qt::BackgroundRole:
        // The standard's name carries the colour of how the county fares with it.
        return column == Standard ? QVariant(ComplianceTableModel::statusColor(tally.status())) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Met || column == NotMet || column == NoData || column == Share)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return int(tally.status());
    case SortRole:
        switch (column) {
        case Met:
            return tally.met;
        case NotMet:
            return tally.notMet;
        case NoData:
            return tally.noData;
        case Share:
            return tally.sharePercent().value_or(-1.0);
        default:
            return display(row, column).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant ComplianceGapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Standard:
        return tr("Minimum standard");
    case Requirement:
        return tr("Requirement");
    case AppliesTo:
        return tr("Applies to");
    case Met:
        return tr("Met");
    case NotMet:
        return tr("Not met");
    case NoData:
        return tr("No data");
    case Share:
        return tr("Share met");
    case Gap:
        return tr("Gap");
    case ColumnCount:
        break;
    }
    return {};
}
