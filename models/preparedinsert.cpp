// SPDX-License-Identifier: EUPL-1.2
#include "preparedinsert.h"

#include "entityspec.h"
#include "sqlerrors.h"

#include <QCoreApplication>

PreparedInsert::PreparedInsert(QSqlDatabase db, const EntitySpec &entity, const QStringList &columns)
    : m_db(db)
    , m_table(entity.table)
    , m_query(db)
{
    for (const QString &column : columns) {
        Q_ASSERT_X(entity.field(column), "PreparedInsert", "column not in the entity catalog");
        if (entity.field(column))
            m_columns << column;
    }
}

PreparedInsert::PreparedInsert(QSqlDatabase db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_query(db)
{
}

DatabaseError PreparedInsert::failure() const
{
    return SqlErrors::fromSqlError(m_query.lastError(),
        QCoreApplication::translate("PreparedInsert", "Writing to the table %1").arg(m_table));
}

DatabaseError PreparedInsert::prepare()
{
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!m_query.prepare(sql))
        return failure();
    return {};
}

DatabaseError PreparedInsert::insert(const QVariantList &values, qint64 *id)
{
    Q_ASSERT(values.size() == m_columns.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values.at(i));
    if (!m_query.exec())
        return failure();
    if (id)
        *id = m_query.lastInsertId().toLongLong();
    return {};
}
