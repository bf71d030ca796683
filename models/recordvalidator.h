// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"
#include "fielderror.h"

#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

// The rules every record must keep, shared by the tables, the import and the command line.
// Values are in storage form: ISO date text, integer cents, enum codes, record ids.
class RecordValidator
{
public:
    explicit RecordValidator(QSqlDatabase db);

    // Checks a whole record; `id` is the record's own id when it already exists, so
    // uniqueness ignores the record itself.
    FieldErrors validate(const EntitySpec &entity, const QVariantMap &values,
                         std::optional<qint64> id = std::nullopt) const;

    // The rules one value must keep on its own, without the database.
    static FieldErrors validateValue(const EntitySpec &entity, const FieldSpec &field,
                                     const QVariant &value);

    static bool isEmpty(const QVariant &value);

private:
    FieldErrors checkUnique(const EntitySpec &entity, const QVariantMap &values,
                            std::optional<qint64> id) const;
    FieldErrors checkReferences(const EntitySpec &entity, const QVariantMap &values) const;
    FieldErrors checkSchoolOfAuthority(const EntitySpec &entity, const QVariantMap &values) const;
    static FieldErrors checkDateOrder(const EntitySpec &entity, const QVariantMap &values);

    QSqlDatabase m_db;
};
