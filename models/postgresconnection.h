// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "connectionsettings.h"
#include "databaseerror.h"

#include <QSqlDatabase>
#include <QString>

// Opens a QPSQL connection the way libpq users expect: an empty password leaves libpq to
// read PGPASSWORD, the password file (~/.pgpass or PGPASSFILE) or the service file, and a
// refused login becomes one sentence that says what to do.
namespace PostgresConnection {

// db must come from QSqlDatabase::addDatabase("QPSQL", ...). The password is used for this
// login only and forgotten by the connection object afterwards.
DatabaseError open(QSqlDatabase &db, const ConnectionSettings &settings, const QString &password);

// True when the server asked for a password that was missing or wrong, so a dialog may
// ask for it and try again.
bool needsPassword(const DatabaseError &error);

// The password file libpq reads (PGPASSFILE, else ~/.pgpass or %APPDATA%\postgresql\pgpass.conf).
QString passwordFilePath();

// The session's settings every Schul-IT connection uses (lock timeout).
DatabaseError configureSession(QSqlDatabase &db, int lockTimeoutMs);

// current_user of the session: the name the audit log and the row-level policies see.
QString currentUser(const QSqlDatabase &db, DatabaseError *error = nullptr);

} // namespace PostgresConnection
