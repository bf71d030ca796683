// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "entityspec.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

// The records of a table as they are before an import, loaded once and found by their
// import key, so re-importing a list compares each row with its record in memory.
class ExistingRecords
{
public:
    struct Record
    {
        qint64 id = 0;
        QList<QVariant> values; // per field of the entity
    };

    DatabaseError load(QSqlDatabase db, const EntitySpec &entity, const QList<int> &keyFields);

    // The record with this key; nullptr when there is none. `ambiguous` is set when
    // several records share the key (possible only for entities without a natural key).
    const Record *find(const QString &key, bool *ambiguous = nullptr) const;
    // The id of the record holding a value in a unique field, or 0.
    qint64 idWithValue(int field, const QString &value) const;
    qsizetype size() const { return m_records.size(); }

private:
    const EntitySpec *m_entity = nullptr;
    QList<Record> m_records;
    QHash<QString, qsizetype> m_byKey; // -1 when several records share a key
    QHash<int, QHash<QString, qint64>> m_uniqueValues;
};
