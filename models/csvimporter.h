// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"
#include "importoptions.h"
#include "importresult.h"

#include <functional>

class Database;

// Imports a CSV file into one table. Every row is read and checked before anything is
// committed; unless it is a dry run or rows have problems and only-valid was not asked for,
// all rows are written in one transaction with their audit trail (on SQLite already while
// the file is read, on a second thread; a problem stops that and rolls it back). Rows whose key the
// table already has update their record. Progress may cancel; a cancel or any failure
// rolls the transaction back, so the database stays exactly as it was. The official NRW
// school list is recognised by its header and imported into the schools directly.
class CsvImporter
{
public:
    enum class Phase { Reading, Writing };
    // done/total: bytes while reading, rows while writing. Return false to cancel.
    using Progress = std::function<bool(Phase phase, qint64 done, qint64 total)>;

    CsvImporter(Database &database, const EntitySpec &entity);

    ImportResult run(const QString &path, const ImportOptions &options, const Progress &progress = {});

    // Why the file cannot be for this table (no column for the key), with a hint at the
    // table it seems to be for.
    static QString wrongTableMessage(const EntitySpec &entity, const QString &fileName, const QStringList &header,
                                     const ColumnMapping &mapping);

private:
    Database &m_database;
    const EntitySpec &m_entity;
};
