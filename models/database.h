// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <memory>

#include <QSqlDatabase>
#include <QString>

// One open connection to the inventory: a SQLite file (the default) or a PostgreSQL
// database given as postgresql://user@host:port/dbname. Opening checks the file,
// refuses what it must not touch and brings the schema up to date.
class ChangeNotifier;
class PostgresChangeRelay;

class Database
{
public:
    enum class Engine { SQLite, PostgreSQL };

    struct Options
    {
        int busyTimeoutMs = 5000;
        bool createIfMissing = true;
        int targetSchemaVersion = -1; // -1: the newest this program knows
        // PostgreSQL only, for this login only; empty lets libpq read PGPASSWORD, the
        // password file or the service file. Never stored.
        QString password;
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    DatabaseError open(const QString &location);
    DatabaseError open(const QString &location, const Options &options);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    Engine engine() const { return m_engine; }
    QString location() const { return m_location; }
    QString userName() const { return m_userName; }
    int schemaVersion() const;
    // Announces committed changes to every screen that shows this database.
    ChangeNotifier *notifier() const { return m_notifier.get(); }

    static QString defaultLocation();
    static bool isPostgresUrl(const QString &location);

private:
    DatabaseError openSqlite(const QString &path, const Options &options);
    DatabaseError openPostgres(const QString &url, const Options &options);
    DatabaseError prepareSqliteConnection(const QString &path, const Options &options);
    DatabaseError checkAndMigrate(const Options &options);
    DatabaseError fail(const DatabaseError &error);

    QString m_connectionName;
    QString m_location;
    QString m_userName;
    Engine m_engine = Engine::SQLite;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<PostgresChangeRelay> m_changeRelay; // LISTEN/NOTIFY on PostgreSQL
};
