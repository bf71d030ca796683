// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "csvformat.h"
#include "importproblem.h"

#include <QList>
#include <QStringList>

// What an import found and did. Nothing is written unless `written` is true.
struct ImportResult
{
    QString error; // why the file as a whole was not imported (a sentence); empty otherwise
    bool cancelled = false;
    bool dryRun = false;
    bool written = false;
    bool nrwSchoolList = false;
    CsvFormat format;
    ColumnMapping mapping;
    QStringList ignoredColumns;       // headers that fill no field
    QStringList missingRequiredFields; // labels of required fields without a column

    qint64 rowsRead = 0; // data rows considered (after the region filter)
    qint64 skippedOutsideRegion = 0;
    qint64 skippedNotSchools = 0; // NRW list: school offices (Schulform 0A)
    qint64 invalidRows = 0;
    qint64 added = 0; // with a dry run or when nothing was written: would be
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 authoritiesCreated = 0; // NRW list: unknown Träger numbers, marked for review

    QList<ImportProblem> problems; // the first ImportOptions::maximumProblems
    qint64 problemCount = 0;

    // Everything asked was imported (a dry run: would be).
    bool isComplete() const { return error.isEmpty() && !cancelled && invalidRows == 0; }
    // One or two sentences for the command line and the dialog.
    QString summary() const;
};
