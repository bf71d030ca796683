// SPDX-License-Identifier: EUPL-1.2
#include "database.h"

#include "changenotifier.h"
#include "connectionsettings.h"
#include "currentuser.h"
#include "migrationrunner.h"
#include "postgreschangerelay.h"
#include "postgresconnection.h"
#include "sqlerrors.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
QAtomicInt connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("schulit-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_notifier(std::make_unique<ChangeNotifier>())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("schulit.sqlite"));
}

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return MigrationRunner(connection(), m_engine).currentVersion();
}

void Database::close()
{
    m_changeRelay.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

DatabaseError Database::fail(const DatabaseError &error)
{
    close();
    return error;
}

DatabaseError Database::open(const QString &location)
{
    return open(location, Options{});
}

DatabaseError Database::open(const QString &location, const Options &options)
{
    close();
    m_location = location;
    if (isPostgresUrl(location)) {
        m_engine = Engine::PostgreSQL;
        return openPostgres(location, options);
    }
    m_engine = Engine::SQLite;
    return openSqlite(location, options);
}

DatabaseError Database::openSqlite(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return DatabaseError::make(DatabaseError::Kind::NotADatabase,
                tr("\"%1\" is a folder, not a database file.").arg(path));
        if (info.size() > 0 && !hasSqliteHeader(path))
            return DatabaseError::make(DatabaseError::Kind::NotADatabase,
                tr("\"%1\" is not a Schul-IT database. The file was not changed.").arg(path));
        // The owner's write bit counts too, so a file marked read-only is respected even by
        // an administrator account that could write anyway.
        if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)
            || !QFileInfo(info.absolutePath()).isWritable())
            return DatabaseError::make(DatabaseError::Kind::ReadOnly,
                tr("\"%1\" is read-only. Please choose a file you may change, or ask your IT "
                   "staff for write access. The file was not changed.").arg(path));
    } else {
        if (!options.createIfMissing)
            return DatabaseError::make(DatabaseError::Kind::NotFound,
                tr("The database \"%1\" does not exist.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return DatabaseError::make(DatabaseError::Kind::CannotCreate,
                tr("The folder \"%1\" cannot be created.").arg(info.absolutePath()));
    }

    const DatabaseError error = prepareSqliteConnection(path, options);
    if (error)
        return fail(error);
    m_userName = CurrentUser::loginName();
    return checkAndMigrate(options);
}

DatabaseError Database::prepareSqliteConnection(const QString &path, const Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return DatabaseError::make(DatabaseError::Kind::CannotCreate,
            tr("The database \"%1\" cannot be opened.").arg(path), db.lastError().text());

    // Connection settings only; nothing here writes to the file.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return SqlErrors::fromSqlError(query.lastError(), tr("Opening the database"));
    // Reading the catalogue tells a locked or damaged file apart before anything is written.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        if (SqlErrors::isLocked(query.lastError()))
            return DatabaseError::make(DatabaseError::Kind::Locked,
                tr("\"%1\" is locked by another program. Please close it there, or try again "
                   "in a moment. The file was not changed.").arg(path), query.lastError().text());
        return DatabaseError::make(DatabaseError::Kind::NotADatabase,
            tr("\"%1\" is not a Schul-IT database. The file was not changed.").arg(path),
            query.lastError().text());
    }
    return {};
}

DatabaseError Database::openPostgres(const QString &url, const Options &options)
{
    DatabaseError error;
    QString urlPassword;
    const ConnectionSettings settings = ConnectionSettings::fromUrl(url, &error, &urlPassword);
    if (error)
        return fail(error);
    // Messages and window titles show the address, never a password written into it.
    m_location = settings.toUrl();
    {
        // The handle must be gone before fail() removes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        error = PostgresConnection::open(db, settings, options.password.isEmpty() ? urlPassword : options.password);
        if (!error)
            error = PostgresConnection::configureSession(db, options.busyTimeoutMs);
        if (!error)
            m_userName = PostgresConnection::currentUser(db, &error);
    }
    if (error)
        return fail(error);
    if ((error = checkAndMigrate(options)))
        return error;
    m_changeRelay = std::make_unique<PostgresChangeRelay>(m_connectionName, m_notifier.get());
    return {};
}

DatabaseError Database::checkAndMigrate(const Options &options)
{
    QSqlDatabase db = connection();
    MigrationRunner runner(db, m_engine);
    const int latest = MigrationRunner::latestVersion();
    const int target = options.targetSchemaVersion < 0 ? latest : options.targetSchemaVersion;

    const QStringList tables = db.tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version")))
        return fail(DatabaseError::make(DatabaseError::Kind::NotADatabase,
            tr("\"%1\" is a database of another program, not a Schul-IT database. "
               "It was not changed.").arg(m_location)));

    DatabaseError error;
    const int current = runner.currentVersion(&error);
    if (error)
        return fail(error);
    if (current > latest)
        return fail(DatabaseError::make(DatabaseError::Kind::NewerSchema,
            tr("\"%1\" was written by a newer version of Schul-IT Koordination (schema version "
               "%2; this program knows up to %3). Please install the newer version. "
               "The database was not changed.").arg(m_location).arg(current).arg(latest)));

    if (m_engine == Engine::SQLite) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return fail(SqlErrors::fromSqlError(query.lastError(), tr("Opening the database")));
    }
    if (current < target) {
        error = runner.migrateTo(target);
        if (error)
            return fail(error);
    }
    return {};
}
