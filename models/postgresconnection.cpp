// SPDX-License-Identifier: EUPL-1.2
#include "postgresconnection.h"

#include "currentuser.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresConnection", text);
}

// libpq reports a failed login only as text, in the language of the client (libpq) or of
// the server; the English and German wordings cover the installations we support.
bool mentions(const QString &text, std::initializer_list<const char *> phrases)
{
    for (const char *phrase : phrases) {
        if (text.contains(QString::fromUtf8(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isMissingPassword(const QString &text)
{
    return mentions(text, {"no password supplied", "kein Passwort angegeben"});
}

bool isWrongPassword(const QString &text)
{
    return mentions(text, {"password authentication failed", "Passwort-Authentifizierung"});
}

QString effectiveUser(const ConnectionSettings &settings)
{
    if (!settings.user.isEmpty())
        return settings.user;
    const QString fromEnvironment = qEnvironmentVariable("PGUSER");
    return fromEnvironment.isEmpty() ? CurrentUser::loginName() : fromEnvironment;
}

DatabaseError explain(const QSqlError &sqlError, const ConnectionSettings &settings)
{
    const QString text = sqlError.text();
    const QString server = settings.displayName();
    const QString user = effectiveUser(settings);
    using Kind = DatabaseError::Kind;
    if (isMissingPassword(text))
        return DatabaseError::make(Kind::PermissionDenied,
            QCoreApplication::translate("PostgresConnection", "The server %1 needs a password for the user \"%2\". Please enter it, or keep it in "
               "the PostgreSQL password file %3.").arg(server, user, QDir::toNativeSeparators(PostgresConnection::passwordFilePath())),
            text);
    if (isWrongPassword(text))
        return DatabaseError::make(Kind::PermissionDenied,
            QCoreApplication::translate("PostgresConnection", "The server %1 did not accept the password of the user \"%2\". Please check the "
               "password.").arg(server, user), text);
    if (mentions(text, {"no pg_hba.conf entry", "kein pg_hba.conf-Eintrag"}))
        return DatabaseError::make(Kind::PermissionDenied,
            QCoreApplication::translate("PostgresConnection", "The server %1 does not let the user \"%2\" in from this computer. Please ask your "
               "IT staff to allow it (pg_hba.conf).").arg(server, user), text);
    if (mentions(text, {"server does not support SSL", "Server unterstützt kein SSL"}))
        return DatabaseError::make(Kind::CannotCreate,
            QCoreApplication::translate("PostgresConnection", "The server %1 offers no encrypted connection, but the chosen SSL mode requires "
               "one. Please ask your IT staff, or choose another SSL mode.").arg(server), text);
    if (mentions(text, {"role \"", "Rolle »"}) && mentions(text, {"does not exist", "existiert nicht"}))
        return DatabaseError::make(Kind::PermissionDenied,
            QCoreApplication::translate("PostgresConnection", "The server %1 does not know the user \"%2\".").arg(server, user), text);
    if (mentions(text, {"database \"", "Datenbank »"}) && mentions(text, {"does not exist", "existiert nicht"}))
        return DatabaseError::make(Kind::NotFound,
            QCoreApplication::translate("PostgresConnection", "The database \"%1\" does not exist on the server %2. Please ask your IT staff to "
               "create it (createdb).").arg(settings.database, server), text);
    if (mentions(text, {"service file", "Servicedatei", "definition of service", "Definition von Service"}))
        return DatabaseError::make(Kind::NotFound,
            QCoreApplication::translate("PostgresConnection", "The connection service \"%1\" is not described in the PostgreSQL service file.")
                .arg(settings.service), text);
    if (mentions(text, {"could not connect", "could not translate host name", "connection refused",
                        "timeout expired", "konnte nicht verbinden", "konnte Hostnamen",
                        "Verbindung verweigert", "Zeitüberschreitung", "Verbindung zum Server"}))
        return DatabaseError::make(Kind::CannotCreate,
            QCoreApplication::translate("PostgresConnection", "The database server %1 cannot be reached. Please check the server name and port, "
               "and whether the server is running.").arg(server), text);
    return DatabaseError::make(Kind::CannotCreate,
        QCoreApplication::translate("PostgresConnection", "The database server %1 refused the connection.").arg(server), text);
}
} // namespace

namespace PostgresConnection {

QString passwordFilePath()
{
    const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    return QDir(qEnvironmentVariable("APPDATA")).filePath(QStringLiteral("postgresql/pgpass.conf"));
#else
    return QDir::home().filePath(QStringLiteral(".pgpass"));
#endif
}

bool needsPassword(const DatabaseError &error)
{
    return error.kind == DatabaseError::Kind::PermissionDenied
        && (isMissingPassword(error.detail) || isWrongPassword(error.detail));
}

DatabaseError open(QSqlDatabase &db, const ConnectionSettings &settings, const QString &password)
{
    if (!settings.host.isEmpty())
        db.setHostName(settings.host);
    if (settings.port > 0)
        db.setPort(settings.port);
    if (!settings.database.isEmpty())
        db.setDatabaseName(settings.database);
    if (!settings.user.isEmpty())
        db.setUserName(settings.user);
    // Empty: libpq itself reads PGPASSWORD, the password file and the service file.
    db.setPassword(password);
    db.setConnectOptions(settings.connectOptions());
    const bool opened = db.open();
    db.setPassword(QString());
    if (!opened)
        return explain(db.lastError(), settings);
    return {};
}

DatabaseError configureSession(QSqlDatabase &db, int lockTimeoutMs)
{
    QSqlQuery query(db);
    // SET takes no bound parameters; set_config does, and is_local false keeps it for the session.
    query.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"));
    query.addBindValue(QString::number(lockTimeoutMs));
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(), tr("Opening the database"));
    return {};
}

QString currentUser(const QSqlDatabase &db, DatabaseError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next()) {
        if (error)
            *error = SqlErrors::fromSqlError(query.lastError(), tr("Opening the database"));
        return {};
    }
    return query.value(0).toString();
}

} // namespace PostgresConnection
