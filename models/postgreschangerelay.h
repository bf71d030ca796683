// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>

class ChangeNotifier;

// Carries committed changes between the desktops that share one PostgreSQL database: a
// change this program commits is sent as NOTIFY schulit_changes with the table's name, and
// a notification from another session is handed to the local ChangeNotifier, so open
// tables refresh themselves. Our own notifications come back marked as ours and are dropped.
class PostgresChangeRelay : public QObject
{
    Q_OBJECT
public:
    PostgresChangeRelay(const QString &connectionName, ChangeNotifier *notifier);
    ~PostgresChangeRelay() override;

    static QString channel();
    bool isListening() const { return m_listening; }

private:
    void announce(const QString &table);
    void receive(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_connectionName;
    ChangeNotifier *m_notifier = nullptr;
    bool m_listening = false;
    bool m_relaying = false;
};
