// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "auditlog.h"
#include "databaseerror.h"
#include "entityspec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariant>

class BulkWriter;

// The audit trail of an import, written through the import's own statements in its
// transaction: the rows AuditLog writes (same columns, action codes and value texts), one
// per new record with the record as compact JSON, one per changed field of an update.
// The JSON equals AuditLog::snapshot's but is built directly as UTF-8, without a QJsonObject
// or a QString per row.
class ImportAudit
{
public:
    ImportAudit(BulkWriter &writer, QString userName);

    DatabaseError prepare();
    DatabaseError recordInsert(const EntitySpec &entity, qint64 id, const QList<QVariant> &values);
    DatabaseError recordUpdate(const EntitySpec &entity, qint64 id, int field, const QVariant &before,
                               const QVariant &after);
    // A change that is no field of the entity (a contract's covered schools), as text.
    DatabaseError recordUpdate(const EntitySpec &entity, qint64 id, const QString &name, const QString &before,
                               const QString &after);

    // The JSON object of a record's non-empty values, keys in AuditLog::snapshot's order.
    static QString snapshot(const EntitySpec &entity, const QList<QVariant> &values);

private:
    // An entity's fields in key order, each with its key already written as `"column":`.
    struct Layout
    {
        QList<int> fields;
        QList<QByteArray> keys;
    };
    static Layout layoutOf(const EntitySpec &entity);
    static void appendSnapshot(QByteArray &out, const Layout &layout, const QList<QVariant> &values);

    DatabaseError write(const QString &table, qint64 id, const QVariant &field, const QVariant &oldValue,
                        const QVariant &newValue);

    BulkWriter &m_writer;
    QString m_userName;
    QString m_timestamp;
    int m_statement = -1;
    QVariant m_values[8];
    QHash<const EntitySpec *, Layout> m_layouts;
};
