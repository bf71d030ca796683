// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QSet>
#include <QVariantMap>

class Database;

// Values for a record someone adds or duplicates, so it can be saved at once and then
// corrected in place: every required field gets a value (a free inventory number, the
// school the table is filtered to, the first value of an enumeration, today for a date).
// One object per operation: values it hands out stay reserved, so duplicating ten rows
// gives ten different inventory numbers.
class RecordDefaults
{
public:
    RecordDefaults(Database &database, const EntitySpec &entity);

    // `context` holds known values, e.g. the filters of the table or the current row's
    // school; it may also name an authority (authority_id) to pick one of its schools.
    QVariantMap forNew(const QVariantMap &context = {});
    QVariantMap forDuplicate(const QVariantMap &original);
    // The first value from `base` on (counting up trailing digits, else adding " (2)")
    // that no record and no earlier call of this object uses.
    QString freeValue(const QString &column, const QString &base);

private:
    bool isTaken(const QString &column, const QString &value) const;
    QString newUniqueValue(const FieldSpec &field);
    QVariant firstRecord(EntityKind target, const QVariantMap &context) const;

    Database &m_database;
    const EntitySpec &m_entity;
    QHash<QString, QSet<QString>> m_reserved;
};
