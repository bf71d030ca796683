// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QStringList>

class Database;

// What the open database itself says about its tables, on either engine: used where code
// must handle every table, including those a later migration adds (copy, roles).
namespace SchemaCatalog {

// The program's tables (without schema_version and the engine's own), sorted by name.
QStringList dataTables(Database &database, DatabaseError *error = nullptr);

// The tables a table's foreign keys point to.
QStringList referencedTables(Database &database, const QString &table, DatabaseError *error = nullptr);

// dataTables() ordered so that every table comes after the tables it refers to; ties
// broken by name, so the order is the same on SQLite and PostgreSQL.
QStringList dependencyOrder(Database &database, DatabaseError *error = nullptr);

QStringList columns(Database &database, const QString &table);

} // namespace SchemaCatalog
