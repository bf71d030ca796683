// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "database.h"
#include "databaseerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Applies the numbered SQL files under :/migrations, one transaction each, and keeps the
// schema version in the table schema_version. A file named NNN_name.sql serves every
// engine; NNN_name.sqlite.sql or NNN_name.postgresql.sql replaces it for one engine.
class MigrationRunner
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    MigrationRunner(QSqlDatabase db, Database::Engine engine);

    static QList<Migration> migrations(Database::Engine engine);
    static int latestVersion();

    // 0 for a database without our schema table.
    int currentVersion(DatabaseError *error = nullptr) const;
    DatabaseError migrateTo(int targetVersion);

    static QStringList splitStatements(const QString &script);
    static QString applyDialect(const QString &sql, Database::Engine engine);

private:
    DatabaseError apply(const Migration &migration);

    QSqlDatabase m_db;
    Database::Engine m_engine;
};
