// SPDX-License-Identifier: EUPL-1.2
#include "databasecopier.h"

#include "database.h"
#include "schemacatalog.h"
#include "sqlerrors.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

// Table and column names in the statements below come from the databases' own catalogues
// (SchemaCatalog), never from the user; every value is a bound parameter.

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseCopier", text);
}

// Rows per INSERT: many rows per round trip make PostgreSQL fast, and the number of bound
// values stays below both engines' limits (SQLite 32766, PostgreSQL 65535).
int rowsPerStatement(int columnCount)
{
    return qBound(1, 20000 / qMax(1, columnCount), 500);
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList placeholders;
    for (int i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    const QString row = QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}
} // namespace

qint64 DatabaseCopier::Report::totalRows() const
{
    qint64 total = 0;
    for (const TableCount &count : tables)
        total += count.targetRows;
    return total;
}

DatabaseCopier::DatabaseCopier(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{
}

DatabaseError DatabaseCopier::openPair(Database &source, const QString &sourceLocation,
                                       Database &target, const QString &targetLocation)
{
    if (sourceLocation == targetLocation)
        return DatabaseError::make(DatabaseError::Kind::Validation,
            tr("Source and target are the same database."));
    Database::Options sourceOptions;
    sourceOptions.createIfMissing = false;
    sourceOptions.targetSchemaVersion = 0; // copy the source as it is, without updating it
    DatabaseError error = source.open(sourceLocation, sourceOptions);
    if (error)
        return error;
    const int version = source.schemaVersion();
    if (version <= 0)
        return DatabaseError::make(DatabaseError::Kind::NotADatabase,
            tr("\"%1\" holds no Schul-IT data to copy.").arg(source.location()));
    Database::Options targetOptions;
    targetOptions.targetSchemaVersion = version;
    error = target.open(targetLocation, targetOptions);
    if (error)
        return error;
    if (target.schemaVersion() != version)
        return DatabaseError::make(DatabaseError::Kind::NewerSchema,
            tr("The target has schema version %1, the source %2. Please open the source once with this "
               "program to update it, then copy again.").arg(target.schemaVersion()).arg(version));
    return {};
}

qint64 DatabaseCopier::rowCount(Database &database, const QString &table, DatabaseError *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next()) {
        *error = SqlErrors::fromSqlError(query.lastError(), tr("Counting the rows of %1").arg(table));
        return -1;
    }
    return query.value(0).toLongLong();
}

DatabaseError DatabaseCopier::checkTarget(const QStringList &tables)
{
    DatabaseError error;
    const QStringList targetTables = SchemaCatalog::dataTables(m_target, &error);
    if (error)
        return error;
    for (const QString &table : tables) {
        if (!targetTables.contains(table))
            return DatabaseError::make(DatabaseError::Kind::NotADatabase,
                tr("The target has no table %1; both databases need the same schema.").arg(table));
        const QStringList targetColumns = SchemaCatalog::columns(m_target, table);
        for (const QString &column : SchemaCatalog::columns(m_source, table)) {
            if (!targetColumns.contains(column))
                return DatabaseError::make(DatabaseError::Kind::NotADatabase,
                    tr("The target's table %1 has no column %2; both databases need the same schema.")
                        .arg(table, column));
        }
        const qint64 rows = rowCount(m_target, table, &error);
        if (error)
            return error;
        if (rows > 0)
            return DatabaseError::make(DatabaseError::Kind::Validation,
                tr("The target %1 is not empty (table %2). Copy only into an empty database; "
                   "nothing was changed.").arg(m_target.location(), table));
    }
    return {};
}

DatabaseError DatabaseCopier::copy(Report *report, const Progress &progress)
{
    const QString what = tr("Copying the database");
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return DatabaseError::make(DatabaseError::Kind::NewerSchema,
            tr("Source and target have different schema versions (%1 and %2).")
                .arg(m_source.schemaVersion()).arg(m_target.schemaVersion()));
    DatabaseError error;
    const QStringList tables = SchemaCatalog::dependencyOrder(m_source, &error);
    if (error)
        return error;

    // One snapshot of the source, so rows written meanwhile by others cannot half appear.
    Transaction snapshot(m_source.connection());
    if (!snapshot.isActive())
        return SqlErrors::fromSqlError(m_source.connection().lastError(), what);
    if (m_source.engine() == Database::Engine::PostgreSQL) {
        QSqlQuery isolation(m_source.connection());
        if (!isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return SqlErrors::fromSqlError(isolation.lastError(), what);
    }

    Transaction transaction(m_target.connection());
    if (!transaction.isActive())
        return SqlErrors::fromSqlError(m_target.connection().lastError(), what);
    if ((error = checkTarget(tables)))
        return error;

    Report result;
    result.schemaVersion = m_source.schemaVersion();
    for (const QString &table : tables) {
        TableCount count;
        count.table = table;
        count.sourceRows = rowCount(m_source, table, &error);
        qint64 copied = 0;
        if (!error)
            error = copyTable(table, count.sourceRows, &copied, progress);
        if (!error)
            count.targetRows = rowCount(m_target, table, &error);
        if (error)
            return error;
        if (count.targetRows != count.sourceRows || copied != count.sourceRows)
            return DatabaseError::make(DatabaseError::Kind::Sql,
                tr("The table %1 has %2 rows in the source but %3 in the target; nothing was copied.")
                    .arg(table, QLocale().toString(count.sourceRows), QLocale().toString(count.targetRows)));
        result.tables << count;
    }
    if ((error = resetSequences(tables)))
        return error;
    if (!transaction.commit())
        return SqlErrors::fromSqlError(m_target.connection().lastError(), what);
    snapshot.rollback(); // nothing was written to the source
    if (report)
        *report = result;
    return {};
}

DatabaseError DatabaseCopier::copyTable(const QString &table, qint64 sourceRows, qint64 *copied,
                                        const Progress &progress)
{
    const QString what = tr("Copying the table %1").arg(table);
    const QStringList columns = SchemaCatalog::columns(m_source, table);
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    // Ordered by the first column (the id of most tables), so ids come in ascending order.
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns.join(QStringLiteral(", ")), table, columns.first())))
        return SqlErrors::fromSqlError(read.lastError(), what);

    const int chunk = rowsPerStatement(columns.size());
    QSqlQuery fullInsert(m_target.connection());
    if (!fullInsert.prepare(insertStatement(table, columns, chunk)))
        return SqlErrors::fromSqlError(fullInsert.lastError(), what);

    QVariantList pending;
    pending.reserve(chunk * columns.size());
    int pendingRows = 0;
    auto flush = [&](QSqlQuery &insert) -> DatabaseError {
        for (const QVariant &value : std::as_const(pending))
            insert.addBindValue(value);
        if (!insert.exec())
            return SqlErrors::fromSqlError(insert.lastError(), what);
        *copied += pendingRows;
        pending.clear();
        pendingRows = 0;
        if (progress && !progress(table, *copied, sourceRows))
            return DatabaseError::make(DatabaseError::Kind::Cancelled,
                tr("The copy was cancelled; the target was not changed."));
        return {};
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            pending << read.value(i);
        if (++pendingRows == chunk) {
            if (const DatabaseError error = flush(fullInsert))
                return error;
        }
    }
    if (read.lastError().isValid())
        return SqlErrors::fromSqlError(read.lastError(), what);
    if (pendingRows > 0) {
        QSqlQuery lastInsert(m_target.connection());
        if (!lastInsert.prepare(insertStatement(table, columns, pendingRows)))
            return SqlErrors::fromSqlError(lastInsert.lastError(), what);
        if (const DatabaseError error = flush(lastInsert))
            return error;
    }
    return {};
}

DatabaseError DatabaseCopier::resetSequences(const QStringList &tables)
{
    // SQLite's AUTOINCREMENT follows explicit ids by itself; PostgreSQL's sequences do not.
    if (m_target.engine() != Database::Engine::PostgreSQL)
        return {};
    for (const QString &table : tables) {
        if (!SchemaCatalog::columns(m_target, table).contains(QStringLiteral("id")))
            continue;
        QSqlQuery query(m_target.connection());
        query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                     "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)").arg(table));
        query.addBindValue(table);
        if (!query.exec())
            return SqlErrors::fromSqlError(query.lastError(), tr("Continuing the numbering of %1").arg(table));
    }
    return {};
}
