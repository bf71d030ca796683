// SPDX-License-Identifier: EUPL-1.2
#include "bulkwriter.h"

#include "database.h"
#include "qtsqlbulkwriter.h"
#include "sqlitebulkwriter.h"

std::unique_ptr<BulkWriter> BulkWriter::create(Database &database, bool portable)
{
    if (database.engine() == Database::Engine::SQLite && !portable)
        return std::make_unique<SqliteBulkWriter>(database.location(), Database::Options{}.busyTimeoutMs);
    return std::make_unique<QtSqlBulkWriter>(database.connection(),
                                             database.engine() == Database::Engine::PostgreSQL);
}
