// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "bulkwriter.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// BulkWriter for a SQLite file through SQLite's C interface on a connection of its own.
class SqliteBulkWriter : public BulkWriter
{
public:
    SqliteBulkWriter(const QString &path, int busyTimeoutMs);
    ~SqliteBulkWriter() override;

    DatabaseError begin() override;
    DatabaseError prepareInsert(const QString &table, const QStringList &columns, int *statement) override;
    DatabaseError prepare(const QString &sql, int *statement) override;
    DatabaseError run(int statement, const QVariant *values, qsizetype count, qint64 *insertedId) override;
    DatabaseError expectRows(const QString &table, qint64 rows) override;
    bool writesOnAnyThread() const override { return true; }
    DatabaseError commit() override;
    void rollback() override;

    // Below this many rows, or when the table holds more than this many times the new
    // rows, the indexes stay and grow row by row.
    static constexpr qint64 DeferIndexesFrom = 5000;
    static constexpr qint64 DeferIndexesRatio = 4;

private:
    DatabaseError failure(const QString &whatFailed) const;
    DatabaseError execute(const char *sql, const QString &whatFailed);

    // A statement keeps its bound values between runs: what did not change is not bound
    // again (an audit row repeats its time, user, table and action).
    struct Statement
    {
        sqlite3_stmt *handle = nullptr;
        QList<QVariant> bound;
        std::vector<QByteArray> texts; // UTF-8 of bound text, alive while bound
    };
    DatabaseError bind(Statement &statement, int index, const QVariant &value);

    QString m_path;
    int m_busyTimeoutMs;
    sqlite3 *m_db = nullptr;
    std::vector<Statement> m_statements;
    QList<QByteArray> m_deferredIndexes; // CREATE INDEX statements to run before COMMIT
    bool m_inTransaction = false;
};
