// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "entityspec.h"
#include "fielderror.h"
#include "importproblem.h"
#include "importrow.h"

#include <QHash>

class ExistingRecords;
class ImportValueConverter;
class ReferenceResolver;

// Checks every row of a file before anything is written: converts each cell, applies the
// rules of RecordValidator to each value, the date orders of the entity, and keeps keys
// and unique values unique inside the file and against the database, all in memory.
// A row whose key matches an existing record becomes an update of the columns the file
// has (or stays unchanged); any other row a new record.
class ImportChecker
{
public:
    ImportChecker(const EntitySpec &entity, const ColumnMapping &mapping, ImportValueConverter &converter,
                  const ReferenceResolver &references, const ExistingRecords &existing);

    // True when the record can be imported; `row` then holds it. Otherwise the reasons
    // are appended to `problems`.
    bool check(const CsvRecord &record, ImportRow &row, QList<ImportProblem> &problems);

    // Whether two stored values are the same for a field of this kind.
    static bool sameValue(FieldKind kind, const QVariant &a, const QVariant &b);

private:
    QString columnName(int field) const;
    FieldErrors validate(int field, const QVariant &value);
    QString duplicateMessage(const QList<QVariant> &values, qint64 firstLine) const;
    QString schoolOfAnotherAuthority(const QList<QVariant> &values) const;

    const EntitySpec &m_entity;
    ColumnMapping m_mapping;
    ImportValueConverter &m_converter;
    const ReferenceResolver &m_references;
    const ExistingRecords &m_existing;
    int m_schoolField = -1;    // a record naming a school and an authority (a system) ...
    int m_authorityField = -1; // ... must name the school's own authority
    QList<int> m_keyFields;
    QList<int> m_uniqueFields; // unique fields other than a single-field key
    QHash<QString, qint64> m_keysSeen; // key -> first line
    QHash<int, QHash<QString, qint64>> m_uniqueSeen;
    QList<QHash<QString, FieldErrors>> m_knownValues; // validateValue's answer per repeated value
};
