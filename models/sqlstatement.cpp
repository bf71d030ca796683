// SPDX-License-Identifier: EUPL-1.2
#include "sqlstatement.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

SqlStatement::SqlStatement(const QString &sql, const QVariantList &values)
    : m_text(sql)
    , m_values(values)
{
}

SqlStatement &SqlStatement::add(const QString &sql, const QVariantList &values)
{
    m_text += sql;
    m_values += values;
    return *this;
}

SqlStatement &SqlStatement::addList(const QString &prefix, const QVariantList &values, const QString &suffix)
{
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i)
        marks << QStringLiteral("?");
    return add(prefix + marks.join(QStringLiteral(", ")) + suffix, values);
}

DatabaseError SqlStatement::exec(const Database &database, QSqlQuery &query, const QString &whatFailed) const
{
    query = QSqlQuery(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(m_text))
        return SqlErrors::fromSqlError(query.lastError(), whatFailed);
    for (const QVariant &value : m_values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(), whatFailed);
    return DatabaseError::none();
}
