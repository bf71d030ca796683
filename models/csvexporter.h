// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exportcell.h"
#include "exportrequest.h"
#include "exportresult.h"

class Database;

// Writes a table as CSV the way German Excel opens it with a double click: UTF-8 with BOM,
// semicolons, decimal comma, dates as dd.MM.yyyy, amounts as plain numbers with two
// decimals, CRLF line ends, quotes only where needed (RFC 4180). Headers and enumeration
// labels are in the language of the interface; the import reads all of it back.
class CsvExporter
{
public:
    static ExportResult write(Database &database, const ExportRequest &request, const QString &path,
                              const ExportProgress &progress = {});

    static QString cellText(const ExportCell &cell);
    static QString quoted(const QString &text);
};
