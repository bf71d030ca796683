// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "database.h"
#include "databaseerror.h"
#include "entityspec.h"
#include "fielderror.h"

#include <QList>
#include <QVariantMap>

#include <memory>
#include <optional>

class Transaction;

// The one place that writes records: validates, writes, and records the audit trail in the
// same transaction. A batch groups many writes into one transaction (import, paste, undo
// of a multi-row delete); outside a batch each call is its own transaction.
class RecordStore
{
public:
    struct Result
    {
        DatabaseError error;
        FieldErrors fieldErrors;
        qint64 id = 0;
        bool ok() const { return !error.isError() && fieldErrors.isEmpty(); }
        QString message() const; // one sentence for the user
    };

    explicit RecordStore(Database &database);
    ~RecordStore();

    Result insert(const EntitySpec &entity, const QVariantMap &values);
    // Inserts with a given id (undo of a delete restores the record as it was).
    Result insertWithId(const EntitySpec &entity, qint64 id, const QVariantMap &values);
    // Changes only the given columns. With expectedVersion, a record changed by someone
    // else since it was loaded gives a Conflict error instead of being overwritten.
    Result update(const EntitySpec &entity, qint64 id, const QVariantMap &changes,
                  std::optional<int> expectedVersion = std::nullopt);
    Result remove(const EntitySpec &entity, qint64 id);

    std::optional<QVariantMap> load(const EntitySpec &entity, qint64 id) const;
    // Why a record cannot be deleted (what still refers to it), or empty when it can.
    QString deleteBlocker(const EntitySpec &entity, qint64 id) const;
    QString displayName(const EntitySpec &entity, qint64 id) const;

    // Schools a support contract covers (many to many).
    QList<qint64> contractSchools(qint64 contractId) const;
    Result setContractSchools(qint64 contractId, const QList<qint64> &schoolIds);

    DatabaseError beginBatch();
    DatabaseError commitBatch();
    void rollbackBatch();
    bool inBatch() const;

    Database &database() { return m_database; }

private:
    Result insertRow(const EntitySpec &entity, std::optional<qint64> id, const QVariantMap &values);
    Result updateRow(const EntitySpec &entity, qint64 id, const QVariantMap &changes,
                     std::optional<int> expectedVersion);
    Result removeRow(const EntitySpec &entity, qint64 id);
    template <typename Write>
    Result inTransaction(Write write);

    Database &m_database;
    std::unique_ptr<Transaction> m_batch;
};
