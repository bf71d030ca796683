// SPDX-License-Identifier: EUPL-1.2
#include "schemacatalog.h"

#include "database.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QString what()
{
    return QCoreApplication::translate("SchemaCatalog", "Reading the list of tables");
}
} // namespace

namespace SchemaCatalog {

QStringList dataTables(Database &database, DatabaseError *error)
{
    QSqlQuery query(database.connection());
    const bool ok = database.engine() == Database::Engine::PostgreSQL
        ? query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                    "AND table_type = 'BASE TABLE'"))
        : query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!ok) {
        if (error)
            *error = SqlErrors::fromSqlError(query.lastError(), what());
        return {};
    }
    QStringList tables;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (table != QLatin1String("schema_version"))
            tables << table;
    }
    tables.sort();
    return tables;
}

QStringList referencedTables(Database &database, const QString &table, DatabaseError *error)
{
    QSqlQuery query(database.connection());
    if (database.engine() == Database::Engine::PostgreSQL) {
        query.prepare(QStringLiteral(
            "SELECT DISTINCT target.relname FROM pg_constraint c "
            "JOIN pg_class source ON source.oid = c.conrelid JOIN pg_class target ON target.oid = c.confrelid "
            "WHERE c.contype = 'f' AND source.relname = ? AND source.relnamespace = 'public'::regnamespace"));
    } else {
        query.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
    }
    query.addBindValue(table);
    if (!query.exec()) {
        if (error)
            *error = SqlErrors::fromSqlError(query.lastError(), what());
        return {};
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    tables.sort();
    return tables;
}

QStringList dependencyOrder(Database &database, DatabaseError *error)
{
    DatabaseError problem;
    const QStringList tables = dataTables(database, &problem);
    QMap<QString, QSet<QString>> waitingFor;
    for (const QString &table : tables) {
        QSet<QString> references;
        for (const QString &referenced : referencedTables(database, table, &problem)) {
            if (referenced != table && tables.contains(referenced))
                references.insert(referenced);
        }
        waitingFor.insert(table, references);
    }
    QStringList ordered;
    while (!waitingFor.isEmpty() && !problem) {
        QString next;
        for (auto it = waitingFor.cbegin(); it != waitingFor.cend(); ++it) {
            if (it.value().isEmpty()) {
                next = it.key(); // QMap iterates by name: the first ready table
                break;
            }
        }
        if (next.isEmpty()) {
            problem = DatabaseError::make(DatabaseError::Kind::Sql,
                QCoreApplication::translate("SchemaCatalog",
                    "The tables %1 refer to each other in a circle; they cannot be copied one after another.")
                    .arg(QStringList(waitingFor.keys()).join(QStringLiteral(", "))));
            break;
        }
        ordered << next;
        waitingFor.remove(next);
        for (auto it = waitingFor.begin(); it != waitingFor.end(); ++it)
            it.value().remove(next);
    }
    if (error)
        *error = problem;
    return problem ? QStringList() : ordered;
}

QStringList columns(Database &database, const QString &table)
{
    QStringList names;
    const QSqlRecord record = database.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

} // namespace SchemaCatalog
