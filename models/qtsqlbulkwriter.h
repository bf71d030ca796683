// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "bulkwriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <vector>

class Transaction;

// BulkWriter through the program's own Qt SQL connection: works with every engine.
class QtSqlBulkWriter : public BulkWriter
{
public:
    QtSqlBulkWriter(QSqlDatabase db, bool returningIds);
    ~QtSqlBulkWriter() override;

    DatabaseError begin() override;
    DatabaseError prepareInsert(const QString &table, const QStringList &columns, int *statement) override;
    DatabaseError prepare(const QString &sql, int *statement) override;
    DatabaseError run(int statement, const QVariant *values, qsizetype count, qint64 *insertedId) override;
    DatabaseError commit() override;
    void rollback() override;

private:
    QSqlDatabase m_db;
    bool m_returningIds; // PostgreSQL: INSERT ... RETURNING id
    std::unique_ptr<Transaction> m_transaction;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries;
};
