// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "bulkwriter.h"

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
    DatabaseError commit() override;
    void rollback() override;

private:
    DatabaseError failure(const QString &whatFailed) const;
    DatabaseError execute(const char *sql, const QString &whatFailed);

    QString m_path;
    int m_busyTimeoutMs;
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
    bool m_inTransaction = false;
};
