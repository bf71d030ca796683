// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>

// Rolls back unless commit() succeeded, so an early return or an error can never leave
// a half-written change behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
