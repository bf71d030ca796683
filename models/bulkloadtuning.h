// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

class Database;

// Makes writing very many rows into one table fast on SQLite, inside the caller's
// transaction: a bigger page cache while it runs, and the table's own indexes dropped
// before the rows go in and built once afterwards (sorting once is far cheaper than
// updating fifteen indexes per row). Unique constraints stay in force throughout.
// If the transaction rolls back, SQLite restores the indexes with it. On other engines
// it does nothing; the plain, portable inserts work there unchanged.
class BulkLoadTuning
{
public:
    BulkLoadTuning(const Database &database, QString table);
    ~BulkLoadTuning();
    BulkLoadTuning(const BulkLoadTuning &) = delete;
    BulkLoadTuning &operator=(const BulkLoadTuning &) = delete;

    // Inside a transaction, before the rows are written.
    DatabaseError suspendIndexes();
    // Inside the same transaction, after the rows are written and before the commit.
    DatabaseError restoreIndexes();

    // Shared with SqliteBulkWriter, which does the same on a connection of its own.
    // 64 MiB (a negative cache size counts KiB): the pages of 100,000 devices and their
    // indexes stay in memory instead of spilling to disk in the middle of the transaction.
    static constexpr int CacheKiB = 65536;
    // The table's own indexes (name, CREATE statement), the table bound as the only value.
    // Indexes of UNIQUE constraints have no statement of their own and stay.
    static const char *const IndexesSql;
    // DROP INDEX for a name from the database's own catalogue, quoted as an identifier.
    static QString dropIndexSql(QString name);

private:
    QSqlDatabase m_db;
    QString m_table;
    bool m_sqlite = false;
    bool m_cacheRaised = false;
    qint64 m_previousCacheSize = 0;
    QList<QPair<QString, QString>> m_suspended; // index name, its CREATE statement
};
