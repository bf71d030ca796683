// SPDX-License-Identifier: EUPL-1.2
#include "migrationrunner.h"

#include "sqlerrors.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
const QString kMigrationDir = QStringLiteral(":/migrations");

QString engineSuffix(Database::Engine engine)
{
    return engine == Database::Engine::PostgreSQL ? QStringLiteral("postgresql")
                                                  : QStringLiteral("sqlite");
}
} // namespace

MigrationRunner::MigrationRunner(QSqlDatabase db, Database::Engine engine)
    : m_db(std::move(db))
    , m_engine(engine)
{
}

QList<MigrationRunner::Migration> MigrationRunner::migrations(Database::Engine engine)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{3})_([a-z0-9_]+)(?:\\.(sqlite|postgresql))?\\.sql$"));
    QMap<int, Migration> byVersion;
    QMap<int, bool> engineSpecific;
    const QStringList files = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        const int version = match.captured(1).toInt();
        const QString forEngine = match.captured(3);
        if (!forEngine.isEmpty() && forEngine != engineSuffix(engine))
            continue;
        if (forEngine.isEmpty() && engineSpecific.value(version))
            continue;
        byVersion[version] = Migration{version, match.captured(2), kMigrationDir + QLatin1Char('/') + file};
        engineSpecific[version] = !forEngine.isEmpty();
    }
    return byVersion.values();
}

int MigrationRunner::latestVersion()
{
    const auto all = migrations(Database::Engine::SQLite);
    return all.isEmpty() ? 0 : all.last().version;
}

int MigrationRunner::currentVersion(DatabaseError *error) const
{
    if (!m_db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        if (error)
            *error = SqlErrors::fromSqlError(query.lastError(),
                QCoreApplication::translate("MigrationRunner", "Reading the schema version"));
        return -1;
    }
    return query.value(0).toInt();
}

QStringList MigrationRunner::splitStatements(const QString &script)
{
    QStringList lines;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    }
    QStringList statements;
    for (const QString &part : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

QString MigrationRunner::applyDialect(const QString &sql, Database::Engine engine)
{
    QString result = sql;
    result.replace(QLatin1String("%ID_PK%"),
        engine == Database::Engine::PostgreSQL ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                               : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return result;
}

DatabaseError MigrationRunner::migrateTo(int targetVersion)
{
    DatabaseError error;
    const int current = currentVersion(&error);
    if (error)
        return error;
    for (const Migration &migration : migrations(m_engine)) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        error = apply(migration);
        if (error)
            return error;
    }
    return {};
}

DatabaseError MigrationRunner::apply(const Migration &migration)
{
    const QString what = QCoreApplication::translate("MigrationRunner",
        "Updating the database to schema version %1").arg(migration.version);
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseError::make(DatabaseError::Kind::Sql,
            QCoreApplication::translate("MigrationRunner", "%1: the migration %2 is missing.")
                .arg(what, migration.resourcePath));

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SqlErrors::fromSqlError(m_db.lastError(), what);

    QSqlQuery query(m_db);
    if (!m_db.tables().contains(QStringLiteral("schema_version"))) {
        if (!query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
            || !query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")))
            return SqlErrors::fromSqlError(query.lastError(), what);
    }
    const QString script = applyDialect(QString::fromUtf8(file.readAll()), m_engine);
    for (const QString &statement : splitStatements(script)) {
        if (!query.exec(statement))
            return SqlErrors::fromSqlError(query.lastError(), what);
    }
    query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    query.addBindValue(migration.version);
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(), what);
    if (!transaction.commit())
        return SqlErrors::fromSqlError(m_db.lastError(), what);
    return {};
}
