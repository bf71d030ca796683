// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "existingrecords.h"

#include <QList>
#include <QVariant>

// A checked row of a file, ready to be written.
struct ImportRow
{
    enum class Action { Insert, Update, Unchanged };

    qint64 line = 0;
    Action action = Action::Insert;
    const ExistingRecords::Record *existing = nullptr; // the record it updates
    QList<QVariant> values; // per field: the record as it is after the import
    quint64 changed = 0;    // an update: one bit per field index whose value changes
    // A support contract read with a covered-schools column: the school ids it covers after
    // the import and before it (both sorted); written when they differ.
    bool schoolsChange = false;
    QList<qint64> schools;
    QList<qint64> schoolsBefore;

    bool changes(int field) const { return (changed >> field) & 1U; }
};
