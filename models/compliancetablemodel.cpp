// SPDX-License-Identifier: EUPL-1.2
#include "compliancetablemodel.h"

#include "enumcatalog.h"

#include <QLocale>

#include <cmath>

using Status = StandardsCompliance::Status;

ComplianceTableModel::ComplianceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComplianceTableModel::setCompliance(const StandardsCompliance &compliance)
{
    beginResetModel();
    m_compliance = compliance;
    endResetModel();
}

void ComplianceTableModel::setLevel(Level level)
{
    if (level == m_level)
        return;
    beginResetModel();
    m_level = level;
    endResetModel();
}

int ComplianceTableModel::firstStandardColumn() const
{
    return m_level == Level::Schools ? int(SchoolColumns) : int(AuthorityColumns);
}

int ComplianceTableModel::standardAt(int column) const
{
    const int standard = column - firstStandardColumn();
    return standard >= 0 && standard < m_compliance.standards.size() ? standard : -1;
}

int ComplianceTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_level == Level::Schools ? m_compliance.schools.size() : m_compliance.authorities.size());
}

int ComplianceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : firstStandardColumn() + int(m_compliance.standards.size());
}

QColor ComplianceTableModel::statusColor(Status status)
{
    switch (status) {
    case Status::Met:
        return QColor(0xC8, 0xE6, 0xC9);
    case Status::NotMet:
        return QColor(0xF4, 0xC7, 0xC3);
    case Status::NoData:
        return QColor(0xFF, 0xE8, 0xA8);
    case Status::NotApplicable:
        return QColor(0xEE, 0xEE, 0xEE);
    }
    return {};
}

QString ComplianceTableModel::statusLabel(Status status)
{
    static const QString symbols[] = {QStringLiteral("✓"), QStringLiteral("✗"), QStringLiteral("?"),
                                      QStringLiteral("–")};
    return symbols[int(status)] + QLatin1Char(' ') + StandardsCompliance::statusText(status);
}

QVariant ComplianceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_level == Level::Schools)
        return schoolData(m_compliance.schools.at(index.row()), index.column(), role);
    return authorityData(m_compliance.authorities.at(index.row()), index.column(), role);
}

QVariant ComplianceTableModel::standardCell(Status status, const QString &text, const QString &tip,
                                            const QVariant &value, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return tip;
    case Qt::BackgroundRole:
        return statusColor(status);
    case Qt::ForegroundRole:
        return QColor(0x1A, 0x1A, 0x1A);
    case StatusRole:
        return int(status);
    case ValueRole:
        return value;
    case SortRole:
        return int(status);
    default:
        return {};
    }
}

QVariant ComplianceTableModel::schoolData(const StandardsCompliance::SchoolRow &row, int column, int role) const
{
    const SchoolMeasures::School &school = row.school;
    if (role == RecordIdRole)
        return school.id;
    const int standard = standardAt(column);
    if (standard < 0) {
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
            return {};
        switch (SchoolColumn(column)) {
        case SchoolNumber:
            return school.number;
        case SchoolName:
            return school.name;
        case SchoolAuthority:
            return school.authority;
        case SchoolType:
            return EnumCatalog::label(EnumKind::SchoolType, school.type);
        case SchoolColumns:
            break;
        }
        return {};
    }
    const MinimumStandard &criterion = m_compliance.standards.at(standard);
    const StandardsCompliance::Cell &cell = row.cells.at(standard);
    QString text = statusLabel(cell.status);
    QVariant value;
    if (cell.value) {
        text += QStringLiteral(" · ") + MinimumStandard::valueText(criterion.measure, *cell.value);
        value = std::isinf(*cell.value) ? QVariant() : QVariant(*cell.value);
    }
    const QString tip = tr("%1: %2 (%3)").arg(criterion.name, StandardsCompliance::statusText(cell.status),
                                              criterion.requirementText());
    return standardCell(cell.status, text, tip, value, role);
}

QVariant ComplianceTableModel::authorityData(const StandardsCompliance::AuthorityRow &row, int column, int role) const
{
    if (role == RecordIdRole)
        return row.id;
    const int standard = standardAt(column);
    if (standard < 0) {
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
            return {};
        if (column == AuthorityName)
            return row.name;
        // Its schools within the filter, whichever standards apply to them.
        int schools = 0;
        for (const StandardsCompliance::SchoolRow &school : m_compliance.schools) {
            if (school.school.authorityId == row.id)
                ++schools;
        }
        return role == SortRole ? QVariant(schools) : QVariant(QLocale().toString(schools));
    }
    const MinimumStandard &criterion = m_compliance.standards.at(standard);
    const StandardsCompliance::Tally &tally = row.tallies.at(standard);
    const Status status = tally.status();
    QString text = statusLabel(status);
    if (tally.applicable() > 0) {
        text = tr("%1 · %2 of %3").arg(statusLabel(status), QLocale().toString(tally.met),
                                         QLocale().toString(tally.applicable()));
        if (tally.noData > 0)
            text += tr(", %n without figures", nullptr, tally.noData);
    }
    const QString tip = tr("%1 (%2): %3 met, %4 not met, %5 without figures")
                            .arg(criterion.name, criterion.requirementText(), QLocale().toString(tally.met),
                                 QLocale().toString(tally.notMet), QLocale().toString(tally.noData));
    QVariant share;
    if (const std::optional<double> percent = tally.sharePercent())
        share = *percent;
    return standardCell(status, text, tip, share, role);
}

QVariant ComplianceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const int standard = standardAt(section);
    if (standard >= 0) {
        const MinimumStandard &criterion = m_compliance.standards.at(standard);
        if (role == Qt::ToolTipRole) {
            const QString types = criterion.schoolTypes.isEmpty()
                ? tr("all school types")
                : EnumCatalog::listLabel(EnumKind::SchoolType, criterion.schoolTypes.join(QLatin1Char(',')));
            return tr("%1: %2; for %3").arg(criterion.name, criterion.requirementText(), types);
        }
        return criterion.name;
    }
    if (m_level == Level::Schools) {
        switch (SchoolColumn(section)) {
        case SchoolNumber:
            return tr("School number");
        case SchoolName:
            return tr("School");
        case SchoolAuthority:
            return tr("School authority");
        case SchoolType:
            return tr("School type");
        case SchoolColumns:
            break;
        }
        return {};
    }
    return section == AuthorityName ? tr("School authority") : tr("Schools");
}
