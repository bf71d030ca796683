// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

// Writes the audit trail inside the caller's transaction: one row per changed field for
// an update, one row with the whole record (JSON) for an insert or a delete.
class AuditLog
{
public:
    enum class Action { Insert, Update, Delete };

    AuditLog(QSqlDatabase db, QString userName);

    DatabaseError recordInsert(const QString &table, qint64 id, const QVariantMap &values);
    DatabaseError recordUpdate(const QString &table, qint64 id, const QVariantMap &before,
                               const QVariantMap &after);
    DatabaseError recordDelete(const QString &table, qint64 id, const QVariantMap &values);

    // The table name of the one entry that records a generated demo county (its figures
    // as the snapshot, the seed as the record key).
    static QString demoCountyTable() { return QStringLiteral("demo"); }

    static QString actionCode(Action action);
    static QString valueText(const QVariant &value);
    static QString snapshot(const QVariantMap &values);

private:
    DatabaseError write(const QString &table, qint64 id, Action action, const QString &field,
                        const QVariant &oldValue, const QVariant &newValue);

    QSqlDatabase m_db;
    QString m_userName;
    QString m_timestamp;
};
