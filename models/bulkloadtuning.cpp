// SPDX-License-Identifier: EUPL-1.2
#include "bulkloadtuning.h"

#include "database.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
QString what()
{
    return QCoreApplication::translate("BulkLoadTuning", "Preparing the database for many new records");
}
} // namespace

const char *const BulkLoadTuning::IndexesSql =
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name";

QString BulkLoadTuning::dropIndexSql(QString name)
{
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("DROP INDEX \"%1\"").arg(name);
}

BulkLoadTuning::BulkLoadTuning(const Database &database, QString table)
    : m_db(database.connection())
    , m_table(std::move(table))
    , m_sqlite(database.engine() == Database::Engine::SQLite)
{
    if (!m_sqlite)
        return;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
        m_previousCacheSize = query.value(0).toLongLong();
        m_cacheRaised = query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-CacheKiB));
    }
}

BulkLoadTuning::~BulkLoadTuning()
{
    if (!m_cacheRaised)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
}

DatabaseError BulkLoadTuning::suspendIndexes()
{
    if (!m_sqlite)
        return {};
    QSqlQuery query(m_db);
    query.prepare(QString::fromLatin1(IndexesSql));
    query.addBindValue(m_table);
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(), what());
    QList<QPair<QString, QString>> indexes;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    for (const auto &index : std::as_const(indexes)) {
        if (!query.exec(dropIndexSql(index.first)))
            return SqlErrors::fromSqlError(query.lastError(), what());
        m_suspended.append(index);
    }
    return {};
}

DatabaseError BulkLoadTuning::restoreIndexes()
{
    QSqlQuery query(m_db);
    while (!m_suspended.isEmpty()) {
        if (!query.exec(m_suspended.first().second))
            return SqlErrors::fromSqlError(query.lastError(), what());
        m_suspended.removeFirst();
    }
    return {};
}
