// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

// One write an undoable command performs, with what it needs to take it back.
struct RecordChange
{
    enum class Type { Insert, Update, Delete, ContractSchools };

    Type type = Type::Update;
    const EntitySpec *entity = nullptr;
    qint64 id = 0; // for Insert: 0 until the first run gave the record its id
    QVariantMap before; // Update: old values of the changed columns; Delete: the whole record
    QVariantMap after;  // Insert: the new record; Update: the new values
    QList<qint64> schoolsBefore; // ContractSchools, and Delete of a contract
    QList<qint64> schoolsAfter;
    QString label; // where the change came from ("Row 3"), put before error messages
    // Update: the row_version the change was made on; someone else's change in between
    // refuses it (first run only; undo and redo restore what this program wrote).
    std::optional<int> expectedVersion;

    static RecordChange insert(const EntitySpec &entity, const QVariantMap &values, const QString &label = {})
    {
        RecordChange change;
        change.type = Type::Insert;
        change.entity = &entity;
        change.after = values;
        change.label = label;
        return change;
    }
    static RecordChange update(const EntitySpec &entity, qint64 id, const QVariantMap &before,
                               const QVariantMap &after, const QString &label = {})
    {
        RecordChange change;
        change.type = Type::Update;
        change.entity = &entity;
        change.id = id;
        change.before = before;
        change.after = after;
        change.label = label;
        return change;
    }
};
