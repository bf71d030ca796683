// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

struct EntitySpec;

// One INSERT prepared once and run many times with new values, for writing many rows fast
// (the demo county). Columns come from the entity catalog; values are bound, never pasted
// into the SQL. Runs inside the caller's transaction and neither validates nor audits:
// the caller vouches for the rows.
class PreparedInsert
{
public:
    // The given columns of an entity's table; each must be a field of the entity.
    PreparedInsert(QSqlDatabase db, const EntitySpec &entity, const QStringList &columns);
    // A link table that is no entity of its own (contract_school).
    PreparedInsert(QSqlDatabase db, const QString &table, const QStringList &columns);

    DatabaseError prepare();
    // Values in the order of the columns. `id` receives the new row's key when given.
    DatabaseError insert(const QVariantList &values, qint64 *id = nullptr);

    QString table() const { return m_table; }
    QStringList columns() const { return m_columns; }

private:
    DatabaseError failure() const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_query;
};
