// SPDX-License-Identifier: EUPL-1.2
#include "postgreschangerelay.h"

#include "changenotifier.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

PostgresChangeRelay::PostgresChangeRelay(const QString &connectionName, ChangeNotifier *notifier)
    : m_connectionName(connectionName)
    , m_notifier(notifier)
{
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this, &PostgresChangeRelay::receive);
    m_listening = driver->subscribeToNotification(channel());
    if (!m_listening)
        qWarning("Listening for changes of other users failed: %s", qPrintable(driver->lastError().text()));
    connect(m_notifier, &ChangeNotifier::tableChanged, this, &PostgresChangeRelay::announce);
}

PostgresChangeRelay::~PostgresChangeRelay()
{
    if (!m_listening)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen() && db.driver())
        db.driver()->unsubscribeFromNotification(channel());
}

QString PostgresChangeRelay::channel()
{
    return QStringLiteral("schulit_changes");
}

void PostgresChangeRelay::announce(const QString &table)
{
    // A change that came from another desktop is not sent back to everybody.
    if (m_relaying)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(channel());
    query.addBindValue(table);
    // Losing a notification only delays the other desktops until their next refresh (F5).
    if (!query.exec())
        qWarning("Announcing a change to other users failed: %s", qPrintable(query.lastError().text()));
}

void PostgresChangeRelay::receive(const QString &name, QSqlDriver::NotificationSource source,
                                  const QVariant &payload)
{
    if (name != channel() || source == QSqlDriver::SelfSource)
        return;
    const QString table = payload.toString();
    if (table.isEmpty())
        return;
    m_relaying = true;
    m_notifier->notifyChanged(table);
    m_relaying = false;
}
