// SPDX-License-Identifier: EUPL-1.2
#include "bulkloadtuning.h"

#include "database.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
// 64 MiB (a negative cache size counts KiB): the pages of 100,000 devices and their
// indexes stay in memory instead of spilling to disk in the middle of the transaction.
constexpr int BulkCacheKiB = 65536;

QString what()
{
    return QCoreApplication::translate("BulkLoadTuning", "Preparing the database for many new records");
}
} // namespace

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
        m_cacheRaised = query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-BulkCacheKiB));
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
    // Indexes of UNIQUE constraints have no statement of their own and stay.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    query.addBindValue(m_table);
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(), what());
    QList<QPair<QString, QString>> indexes;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    for (const auto &index : std::as_const(indexes)) {
        // The name comes from the database's own catalogue, quoted as an identifier.
        QString name = index.first;
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
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
