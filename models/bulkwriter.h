// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QStringList>
#include <QVariant>

#include <memory>

class Database;

// Writes many rows in one transaction through statements prepared once. Qt SQL binds
// each value through several layers, which costs more than SQLite itself; for SQLite the
// rows therefore go through SQLite's own interface on a second connection to the same
// file (a second connection, not Qt's handle, because Qt may carry its own copy of
// SQLite). PostgreSQL, and anyone who asks for it, gets the portable Qt SQL writer.
// Nothing is visible to others until commit(); destroying an uncommitted writer rolls back.
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;

    virtual DatabaseError begin() = 0;
    // INSERT INTO table (columns) VALUES (?, ...); run() then gives the new row's id.
    virtual DatabaseError prepareInsert(const QString &table, const QStringList &columns, int *statement) = 0;
    // Any other statement with `?` placeholders.
    virtual DatabaseError prepare(const QString &sql, int *statement) = 0;
    // A QByteArray value is UTF-8 text (no table here stores blobs): what is built as
    // bytes, like the audit snapshot, goes in without a detour through QString.
    virtual DatabaseError run(int statement, const QVariant *values, qsizetype count,
                              qint64 *insertedId = nullptr) = 0;
    // Told before many rows go into a table: a writer may set the table's secondary indexes
    // aside and build them again in commit(), which is faster than growing them row by row.
    virtual DatabaseError expectRows(const QString &table, qint64 rows)
    {
        Q_UNUSED(table);
        Q_UNUSED(rows);
        return {};
    }
    // Whether the writer may be handed to another thread between begin() and commit() (one
    // thread at a time): a connection of its own, not the program's Qt connection.
    virtual bool writesOnAnyThread() const { return false; }
    virtual DatabaseError commit() = 0;
    virtual void rollback() = 0;

    static std::unique_ptr<BulkWriter> create(Database &database, bool portable = false);
};
