// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QStringList>

// Which field of an entity each column of a file fills: guessed from the header by
// HeaderMatcher, corrected by people in the mapping dialog.
struct ColumnMapping
{
    // A column that fills no field: Unassigned ones may still be read by their header (a
    // contract's covered schools); Skipped ones the user chose not to import at all.
    static constexpr int Unassigned = -1;
    static constexpr int Skipped = -2;

    QStringList headers;   // as written in the file
    QList<int> fieldIndex; // per column: index into EntitySpec::fields, Unassigned or Skipped

    int columnOf(int field) const { return int(fieldIndex.indexOf(field)); }
    bool isMapped(int field) const { return fieldIndex.contains(field); }
    int mappedCount() const
    {
        int count = 0;
        for (int field : fieldIndex)
            count += field >= 0 ? 1 : 0;
        return count;
    }
};
