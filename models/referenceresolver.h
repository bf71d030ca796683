// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "entityspec.h"

#include <QHash>
#include <QSqlDatabase>

// Finds referenced records by the keys people write instead of ids, from maps loaded once
// (an import never asks the database row by row): a school by its school number or name,
// an authority by its name or NRW Träger number, a funding program by its name, a support
// contract by its number. The other way round it gives the key an export writes.
class ReferenceResolver
{
public:
    enum class Match { Found, NotFound, Ambiguous };
    struct Lookup
    {
        Match match = Match::NotFound;
        qint64 id = 0;
    };

    // Loads every record of a referenced entity; entities nothing refers to are ignored.
    DatabaseError load(QSqlDatabase db, EntityKind target);
    // Loads the targets of all reference fields of an entity.
    DatabaseError loadReferencesOf(QSqlDatabase db, const EntitySpec &entity);
    bool isLoaded(EntityKind target) const { return m_targets.contains(target); }

    // By the main key first (number or name), then by the second one.
    Lookup find(EntityKind target, const QString &text) const;
    // Only by the second key: an authority by its Träger number.
    Lookup findBySecondKey(EntityKind target, const QString &text) const;
    QString keyText(EntityKind target, qint64 id) const;
    // The authority a loaded school belongs to, or 0.
    qint64 authorityOfSchool(qint64 schoolId) const;
    // A record not yet in the database (the import writes it first), or written meanwhile.
    void addRecord(EntityKind target, qint64 id, const QString &key, const QString &secondKey = {});

    // The column an export writes for a reference to this entity (school_number, name, ...);
    // empty for entities nothing refers to.
    static QString keyColumn(EntityKind target);

    // "unknown school (neither a school number nor a name): "x"" and the like.
    static QString notFoundMessage(const FieldSpec &field, const QString &text);
    static QString ambiguousMessage(const FieldSpec &field, const QString &text);

private:
    struct Target
    {
        QHash<QString, qint64> byKey;
        QHash<QString, qint64> bySecondKey;
        QHash<qint64, QString> keyOf;
    };
    static void remember(QHash<QString, qint64> &map, const QString &key, qint64 id);

    QHash<EntityKind, Target> m_targets;
    QHash<qint64, qint64> m_schoolAuthority;
};
