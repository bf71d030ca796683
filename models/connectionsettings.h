// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QPair>
#include <QString>

class QSettings;

// Where a PostgreSQL database lives, as written in postgresql://user@host:port/dbname?sslmode=...
// The password is deliberately not part of it: libpq finds it in PGPASSWORD, ~/.pgpass
// (PGPASSFILE) or a service file (PGSERVICE / ?service=), or the program asks for it and
// hands it to the connection only, so it never reaches the settings or a log.
class ConnectionSettings
{
public:
    enum class SslMode { Default, Disable, Allow, Prefer, Require, VerifyCa, VerifyFull };

    QString host;     // empty: libpq's default (the local socket, or the service file's host)
    int port = 0;     // 0: libpq's default (5432, or the service file's port)
    QString database; // empty: libpq's default (the user name, or the service file's dbname)
    QString user;     // empty: the login name, or the service file's user
    QString service;  // a section of pg_service.conf
    SslMode sslMode = SslMode::Default;
    // Further libpq keywords from the URL's query (connect_timeout, sslrootcert, ...).
    QList<QPair<QString, QString>> extraOptions;

    // Parses a postgresql:// URL; a password inside the URL goes to *password, never into
    // the settings. Returns an error sentence for anything libpq would not understand.
    static ConnectionSettings fromUrl(const QString &url, DatabaseError *error = nullptr,
                                      QString *password = nullptr);
    QString toUrl() const; // never with a password
    // A short name for messages and window titles: "user@host:port/db" or "service office".
    QString displayName() const;

    static QString sslModeCode(SslMode mode);
    static SslMode sslModeFromCode(const QString &code, bool *ok = nullptr);
    static QList<SslMode> allSslModes();
    static QString sslModeLabel(SslMode mode); // translated, for the connection dialog

    // The libpq keywords besides host/port/dbname/user/password, as QPSQL's connect options
    // (key='value' pairs separated by ';').
    QString connectOptions() const;

    // The last connection of the dialog; QSettings never sees a password.
    void save(QSettings &settings) const;
    static ConnectionSettings load(const QSettings &settings);

    bool operator==(const ConnectionSettings &other) const;
    bool operator!=(const ConnectionSettings &other) const { return !(*this == other); }
};
