// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>

#include <functional>

class Database;

// Copies every table of one Schul-IT database into another, empty one, between SQLite and
// PostgreSQL in either direction: reads from one consistent snapshot of the source, writes
// in one transaction on the target, and compares the row count of every table before it
// commits, so the target holds all rows or none. Ids are kept; PostgreSQL's sequences are
// moved past the copied ids.
class DatabaseCopier
{
public:
    struct TableCount
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
    };

    struct Report
    {
        int schemaVersion = 0;
        QList<TableCount> tables; // in copy order
        qint64 totalRows() const;
    };

    // Return false to cancel (the target then stays empty).
    using Progress = std::function<bool(const QString &table, qint64 done, qint64 total)>;

    DatabaseCopier(Database &source, Database &target);

    // Both must be open with the same schema version, the target without any rows.
    DatabaseError copy(Report *report = nullptr, const Progress &progress = {});

    // Opens source and target as `schulit copy` does: the source is not migrated, the target
    // is created or brought to the source's schema version.
    static DatabaseError openPair(Database &source, const QString &sourceLocation,
                                  Database &target, const QString &targetLocation);

private:
    DatabaseError checkTarget(const QStringList &tables);
    DatabaseError copyTable(const QString &table, qint64 sourceRows, qint64 *copied, const Progress &progress);
    DatabaseError resetSequences(const QStringList &tables);
    qint64 rowCount(Database &database, const QString &table, DatabaseError *error);

    Database &m_source;
    Database &m_target;
};
