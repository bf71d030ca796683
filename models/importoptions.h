// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "csvsource.h"

#include <optional>

// What someone asked an import to do (the command line's switches, the dialog's choices).
struct ImportOptions
{
    bool dryRun = false;    // check and count, write nothing
    bool onlyValid = false; // write the valid rows even when others have problems
    QString regionPrefix;   // NRW school list: keep schools whose Gemeindeschluessel starts so
    std::optional<ColumnMapping> mapping; // from the mapping dialog; guessed from the header otherwise
    // The portable writer through Qt SQL instead of SQLite's own interface (PostgreSQL
    // always uses it; tests choose it to prove both give the same result).
    bool portableWriter = false;
    qint64 maximumFileSize = CsvSource::DefaultMaximumSize;
    int maximumProblems = 10000; // problems kept in the result; all are counted
};
