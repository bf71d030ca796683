// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "entityspec.h"
#include "fielderror.h"
#include "importproblem.h"
#include "importrow.h"

#include <QHash>
#include <QSqlDatabase>

class ExistingRecords;
class ImportCoveredSchools;
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

    // A field whose column the database keeps NOT NULL. An empty cell then takes the
    // column's default where the entity does not require a value and the default is a
    // number (an amount, a count); otherwise it is reported before anything is written,
    // instead of failing on the constraint.
    struct NotNullColumn
    {
        int field = -1;
        bool hasDefault = false; // a new record gets it from the database
        QVariant fallback;       // what an update writes; invalid when there is none
    };
    static QList<NotNullColumn> notNullColumns(const QSqlDatabase &db, const EntitySpec &entity);
    void setNotNullColumns(const QList<NotNullColumn> &columns) { m_notNull = columns; }
    // Support contracts: the file's covered-schools column, read into each row.
    void setCoveredSchools(const ImportCoveredSchools *schools) { m_coveredSchools = schools; }

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
    QList<QPair<int, int>> m_dateOrders; // field indexes: earlier, later
    QList<NotNullColumn> m_notNull;
    const ImportCoveredSchools *m_coveredSchools = nullptr;
    QList<int> m_keyFields;
    QList<int> m_uniqueFields; // unique fields other than a single-field key
    QHash<QString, qint64> m_keysSeen; // key -> first line
    QHash<int, QHash<QString, qint64>> m_uniqueSeen;
    QList<QHash<QString, FieldErrors>> m_knownValues; // validateValue's answer per repeated value
    QList<QHash<qint64, FieldErrors>> m_knownNumbers;
};
