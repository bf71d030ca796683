// SPDX-License-Identifier: EUPL-1.2
#include "sqlitebackup.h"

#include "sqlerrors.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>

namespace {
QAtomicInt connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteBackup", text);
}

// A QSQLITE connection of its own that is removed again when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &path)
        : m_name(QStringLiteral("schulit-backup-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = db.open();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QString sqliteVersion()
{
    ScopedConnection connection(QStringLiteral(":memory:"));
    QSqlQuery query(connection.db());
    if (connection.isOpen() && query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return {};
}

int schemaVersionOf(QSqlDatabase db, DatabaseError *error, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        *error = DatabaseError::make(DatabaseError::Kind::NotADatabase,
            QCoreApplication::translate("SqliteBackup", "%1: the file is not a Schul-IT database.").arg(what), query.lastError().text());
        return 0;
    }
    return query.value(0).toInt();
}
} // namespace

bool SqliteBackup::isSupported(QString *version)
{
    const QString text = sqliteVersion();
    if (version)
        *version = text;
    return QVersionNumber::fromString(text) >= QVersionNumber(3, 27);
}

SqliteBackup::Result SqliteBackup::create(const QString &sourcePath, const QString &targetPath, bool replace)
{
    const QString what = tr("Backing up \"%1\"").arg(sourcePath);
    Result result;
    QString version;
    if (!isSupported(&version)) {
        result.error = DatabaseError::make(DatabaseError::Kind::Sql,
            tr("%1: the SQLite library of this system (version %2) is too old for a backup while the "
               "database is in use; version 3.27 or later is needed.").arg(what, version));
        return result;
    }
    if (!QFileInfo(sourcePath).isFile()) {
        result.error = DatabaseError::make(DatabaseError::Kind::NotFound,
            tr("The database \"%1\" does not exist.").arg(sourcePath));
        return result;
    }
    if (QFileInfo(sourcePath).canonicalFilePath() == QFileInfo(targetPath).canonicalFilePath()) {
        result.error = DatabaseError::make(DatabaseError::Kind::Validation,
            tr("The backup cannot replace the database itself."));
        return result;
    }
    if (QFileInfo::exists(targetPath) && !replace) {
        result.error = DatabaseError::make(DatabaseError::Kind::Validation,
            tr("\"%1\" exists already. Choose another file, or allow replacing it.").arg(targetPath));
        return result;
    }
    const QString partial = targetPath + QStringLiteral(".partial");
    QFile::remove(partial);

    {
        ScopedConnection source(sourcePath);
        if (!source.isOpen()) {
            result.error = SqlErrors::fromSqlError(source.db().lastError(), what);
            return result;
        }
        result.schemaVersion = schemaVersionOf(source.db(), &result.error, what);
        if (result.error)
            return result;
        QSqlQuery query(source.db());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        if (!query.exec()) {
            result.error = SqlErrors::fromSqlError(query.lastError(), what);
            QFile::remove(partial);
            return result;
        }
    }
    {
        ScopedConnection copy(partial);
        QSqlQuery query(copy.db());
        const bool intact = copy.isOpen() && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
            && query.value(0).toString() == QLatin1String("ok");
        query.finish();
        DatabaseError versionError;
        const int copiedVersion = intact ? schemaVersionOf(copy.db(), &versionError, what) : 0;
        if (!intact || versionError || copiedVersion != result.schemaVersion) {
            result.error = DatabaseError::make(DatabaseError::Kind::Sql,
                tr("%1: the copy failed its check and was deleted.").arg(what), query.lastError().text());
        }
    }
    if (!result.error && QFile::exists(targetPath) && !QFile::remove(targetPath))
        result.error = DatabaseError::make(DatabaseError::Kind::ReadOnly,
            tr("\"%1\" cannot be replaced.").arg(targetPath));
    if (!result.error && !QFile::rename(partial, targetPath))
        result.error = DatabaseError::make(DatabaseError::Kind::CannotCreate,
            tr("The backup cannot be written to \"%1\".").arg(targetPath));
    if (result.error) {
        QFile::remove(partial);
        return result;
    }
    result.bytes = QFileInfo(targetPath).size();
    return result;
}
