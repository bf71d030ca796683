// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exportrequest.h"

#include <QList>

class Database;
class QWidget;

// Saving tables as Excel workbook or CSV file: asks for the file (the type follows the
// chosen filter or the suffix), writes it with a progress bar and Cancel, and tells what
// went wrong in a sentence.
class ExportDialog
{
public:
    // One table, e.g. what a table page shows (its filter, sort and visible columns).
    static bool exportTable(QWidget *parent, Database &database, const ExportRequest &request);
    // Several tables into one workbook, one sheet each.
    static bool exportWorkbook(QWidget *parent, Database &database, const QList<ExportRequest> &requests,
                               const QString &suggestedName);
    // Writes without asking; the format follows the suffix (.csv, otherwise .xlsx).
    static bool writeFile(QWidget *parent, Database &database, const QList<ExportRequest> &requests,
                          const QString &path);
};
