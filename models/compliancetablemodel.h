// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "standardscompliance.h"

#include <QAbstractTableModel>
#include <QColor>

// The traffic-light table of the minimum standards: a row per school (or per school
// authority), a column per standard. Every cell says its state in words and with a symbol
// as well as in colour, so it reads in grey print and for colour-blind eyes. Read-only.
class ComplianceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Level { Schools, Authorities };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(StandardsCompliance::Status) of a standard's cell
        ValueRole,                     // schools: the measured value (double) or null
        RecordIdRole,                  // the school's or the authority's id
        SortRole,
    };
    // Columns before the standards.
    enum SchoolColumn { SchoolNumber, SchoolName, SchoolAuthority, SchoolType, SchoolColumns };
    enum AuthorityColumn { AuthorityName, AuthoritySchools, AuthorityColumns };

    explicit ComplianceTableModel(QObject *parent = nullptr);

    void setCompliance(const StandardsCompliance &compliance);
    const StandardsCompliance &compliance() const { return m_compliance; }
    void setLevel(Level level);
    Level level() const { return m_level; }
    // The column of the first standard.
    int firstStandardColumn() const;
    // The standard of a column, or -1.
    int standardAt(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Background of a state: green, red, amber, light grey (text stays dark on all).
    static QColor statusColor(StandardsCompliance::Status status);
    // "✓ met", "✗ not met", "? no data", "– not applicable".
    static QString statusLabel(StandardsCompliance::Status status);

private:
    QVariant schoolData(const StandardsCompliance::SchoolRow &row, int column, int role) const;
    QVariant authorityData(const StandardsCompliance::AuthorityRow &row, int column, int role) const;
    QVariant standardCell(StandardsCompliance::Status status, const QString &text, const QString &tip,
                          const QVariant &value, int role) const;

    StandardsCompliance m_compliance;
    Level m_level = Level::Schools;
};
