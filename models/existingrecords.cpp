// SPDX-License-Identifier: EUPL-1.2
#include "existingrecords.h"

#include "importkey.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

DatabaseError ExistingRecords::load(QSqlDatabase db, const EntitySpec &entity, const QList<int> &keyFields)
{
    m_entity = &entity;
    m_records.clear();
    m_byKey.clear();
    m_uniqueValues.clear();
    QStringList columns{QStringLiteral("id")};
    for (const FieldSpec &field : entity.fields)
        columns << field.column;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), entity.table)))
        return SqlErrors::fromSqlError(query.lastError(),
            QCoreApplication::translate("ExistingRecords", "Reading the %1").arg(entity.plural()));
    const int fieldCount = int(entity.fields.size());
    while (query.next()) {
        Record record;
        record.id = query.value(0).toLongLong();
        record.values.reserve(fieldCount);
        for (int i = 0; i < fieldCount; ++i)
            record.values << query.value(i + 1);
        const QString key = ImportKey::make(entity, keyFields, record.values);
        if (!key.isEmpty()) {
            const auto it = m_byKey.find(key);
            if (it == m_byKey.end())
                m_byKey.insert(key, m_records.size());
            else
                it.value() = -1;
        }
        for (int i = 0; i < fieldCount; ++i) {
            if (entity.fields.at(i).unique)
                m_uniqueValues[i].insert(ImportKey::valueText(record.values.at(i)), record.id);
        }
        m_records << record;
    }
    return {};
}

const ExistingRecords::Record *ExistingRecords::find(const QString &key, bool *ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.cend())
        return nullptr;
    if (it.value() < 0) {
        if (ambiguous)
            *ambiguous = true;
        return nullptr;
    }
    return &m_records.at(it.value());
}

qint64 ExistingRecords::idWithValue(int field, const QString &value) const
{
    return m_uniqueValues.value(field).value(value, 0);
}
