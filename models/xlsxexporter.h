// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exportrequest.h"
#include "exportresult.h"

class Database;

// Writes tables into an Excel workbook with libxlsxwriter, one sheet per request: typed
// cells (numbers, real Excel dates, amounts with a euro number format, booleans), a bold
// header row that stays frozen, an autofilter over the data and column widths that fit
// the longest value. Rows stream into the file (libxlsxwriter's constant-memory mode).
class XlsxExporter
{
public:
    static ExportResult write(Database &database, const QList<ExportRequest> &requests, const QString &path,
                              const ExportProgress &progress = {});

    // Excel forbids some characters and more than 31 of them in a sheet name.
    static QString sheetName(const QString &title, const QStringList &taken);
};
