// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"
#include "sqlfragment.h"
#include "tablecolumn.h"

#include <QDate>
#include <QList>
#include <QStringList>

// Which records of a table an export writes, which columns and in which order: what a
// table shows at the moment (its filter, sort and visible columns) or, from the command
// line, the whole table by its natural key.
struct ExportRequest
{
    struct SortKey
    {
        QString column; // a field of the entity; references sort by the referenced key
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    EntityKind entity = EntityKind::Device;
    QStringList columns;   // fields in the order to write; empty: every field
    SqlFragment condition; // SQL condition over the table alias `t`, with `?` values; empty: all
    QList<SortKey> sort;   // empty: by the natural key
    QString title;         // sheet name; empty: the entity's plural
    // Computed columns written after the fields (a contract's last day to cancel ...),
    // computed for referenceDate (invalid: today).
    QList<DerivedColumn> derived;
    QDate referenceDate;

    // Every field of every record by the natural key; for support contracts also the
    // schools they cover (see derivedColumns), so an import of the file keeps them.
    static ExportRequest wholeTable(EntityKind entity)
    {
        ExportRequest request;
        request.entity = entity;
        return request;
    }

    // The computed columns written: those asked for and, when the request names no
    // columns (every field), a contract's covered schools, which are data of their own
    // rather than computed from the row. A table's export names its visible columns, so
    // it writes the schools only when they are shown.
    QList<DerivedColumn> derivedColumns() const
    {
        QList<DerivedColumn> all = derived;
        if (columns.isEmpty() && entity == EntityKind::SupportContract && !all.contains(DerivedColumn::ContractSchools))
            all << DerivedColumn::ContractSchools;
        return all;
    }
};
