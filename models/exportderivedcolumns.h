// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "exportcell.h"
#include "tablecolumn.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

class Database;
class QSqlQuery;

// The computed columns a table shows (a contract's last day to cancel and term end, the
// schools it covers, an allocation's remaining money and share spent), written after the
// stored fields of an export. The stored values they come from are selected as extra
// columns behind the exported ones. An import reads the covered schools back (they are
// links, not computed) and ignores the other columns.
class ExportDerivedColumns
{
public:
    ExportDerivedColumns(const EntitySpec &entity, const QList<DerivedColumn> &columns, const QDate &referenceDate);

    bool isEmpty() const { return m_columns.isEmpty(); }
    QStringList headers() const;
    // The stored columns to select behind the exported ones (`t.` prefixed).
    QStringList sourceColumns() const;
    // Reads what the columns need beyond the row itself (the schools of every contract).
    DatabaseError load(Database &database);
    // The computed cells of the row the query stands on; `first` is the index of the first
    // source column in the query.
    QList<ExportCell> cells(const QSqlQuery &query, int first) const;

private:
    QVariant source(const QSqlQuery &query, int first, const char *column) const;

    const EntitySpec &m_entity;
    QList<DerivedColumn> m_columns;
    QDate m_referenceDate;
    QStringList m_sources;
    QHash<qint64, QStringList> m_schools;
};
