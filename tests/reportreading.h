// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportdocument.h"
#include "reportoptions.h"

#include <QDate>
#include <QStringList>

class Database;

// Builds the committee report's document from a test database and reads it back: its
// tables, a table's rows and columns as texts.
namespace ReportReading {
// The report as of `day`; a failure is printed and gives an empty document.
ReportDocument build(Database &database, const ReportOptions &options, const QDate &day);
// Options that leave out every section but those named by their keys.
ReportOptions onlySections(const QStringList &keys);
QList<ReportTable> tables(const ReportDocument &document);
QStringList row(const ReportTable &table, int index);
QStringList column(const ReportTable &table, int index);
}
