// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "databaseerror.h"
#include "entityspec.h"
#include "importproblem.h"
#include "importrow.h"

#include <QHash>
#include <QSqlDatabase>

class ReferenceResolver;

// The schools a support contract covers, read from a column of the file: the export
// writes them as school numbers joined by ", " (the table's "Covered schools"). They are
// no field of the contract but rows of contract_school, so the column has no field in the
// mapping; this finds it by its header, checks every number and compares the listed set
// with the links the contract has now.
class ImportCoveredSchools
{
public:
    // The covered-schools column of a file for this entity, or -1 (always for other
    // entities, and for a column the mapping gives a field).
    static int columnIn(const EntitySpec &entity, const ColumnMapping &mapping);
    // The school numbers of a cell: separated by comma, semicolon or line break.
    static QStringList numbers(const QString &cell);

    // `references` must have the schools loaded.
    ImportCoveredSchools(const EntitySpec &entity, const ColumnMapping &mapping, const ReferenceResolver &references);

    int column() const { return m_column; }
    // The links the contracts have before the import.
    DatabaseError load(QSqlDatabase db);

    // Reads the row's cell: an unknown school number is appended to `problems` (schools of
    // other authorities are allowed: a contract may pool support). Otherwise row.schools holds the listed set,
    // row.schoolsBefore the existing record's, and row.schoolsChange whether they differ.
    bool read(const CsvRecord &record, ImportRow &row, QList<ImportProblem> &problems) const;

private:
    const ReferenceResolver &m_references;
    int m_column = -1;
    QString m_header;
    QHash<qint64, QList<qint64>> m_links; // contract id -> school ids, sorted
};
