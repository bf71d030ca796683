// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QString>
#include <QVariantList>

class Database;
class QSqlQuery;

// A SELECT assembled from pieces, each with its own bound values: filters add conditions
// without anyone counting placeholders. Only positional `?` placeholders, which both the
// SQLite and the PostgreSQL driver accept.
class SqlStatement
{
public:
    SqlStatement() = default;
    explicit SqlStatement(const QString &sql, const QVariantList &values = {});

    SqlStatement &add(const QString &sql, const QVariantList &values = {});
    // Appends `prefix (?, ?, ...) suffix` with one placeholder per value.
    SqlStatement &addList(const QString &prefix, const QVariantList &values, const QString &suffix = QStringLiteral(")"));

    QString text() const { return m_text; }
    QVariantList values() const { return m_values; }

    // Prepares, binds and runs the statement; whatFailed names the figure for the error sentence.
    DatabaseError exec(const Database &database, QSqlQuery &query, const QString &whatFailed) const;

private:
    QString m_text;
    QVariantList m_values;
};
