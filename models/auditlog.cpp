// SPDX-License-Identifier: EUPL-1.2
#include "auditlog.h"

#include "sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

AuditLog::AuditLog(QSqlDatabase db, QString userName)
    : m_db(std::move(db))
    , m_userName(std::move(userName))
    , m_timestamp(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

QString AuditLog::actionCode(Action action)
{
    switch (action) {
    case Action::Insert:
        return QStringLiteral("insert");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString AuditLog::valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    return value.toString();
}

QString AuditLog::snapshot(const QVariantMap &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isNull() && it.value().isValid())
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

DatabaseError AuditLog::recordInsert(const QString &table, qint64 id, const QVariantMap &values)
{
    return write(table, id, Action::Insert, {}, {}, snapshot(values));
}

DatabaseError AuditLog::recordDelete(const QString &table, qint64 id, const QVariantMap &values)
{
    return write(table, id, Action::Delete, {}, snapshot(values), {});
}

DatabaseError AuditLog::recordUpdate(const QString &table, qint64 id, const QVariantMap &before,
                                     const QVariantMap &after)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString oldText = valueText(before.value(it.key()));
        const QString newText = valueText(it.value());
        if (oldText == newText)
            continue;
        const DatabaseError error = write(table, id, Action::Update, it.key(), oldText, newText);
        if (error)
            return error;
    }
    return {};
}

DatabaseError AuditLog::write(const QString &table, qint64 id, Action action, const QString &field,
                              const QVariant &oldValue, const QVariant &newValue)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (changed_at, user_name, table_name, record_key, action, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(m_timestamp);
    query.addBindValue(m_userName);
    query.addBindValue(table);
    query.addBindValue(QString::number(id));
    query.addBindValue(actionCode(action));
    query.addBindValue(field.isEmpty() ? QVariant() : QVariant(field));
    query.addBindValue(oldValue.toString().isEmpty() ? QVariant() : oldValue);
    query.addBindValue(newValue.toString().isEmpty() ? QVariant() : newValue);
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(),
            QCoreApplication::translate("AuditLog", "Writing the audit log"));
    return {};
}
