// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "exportcell.h"
#include "exportderivedcolumns.h"
#include "exportrequest.h"
#include "referenceresolver.h"

#include <QSqlQuery>

class Database;

// The rows an export request selects, as typed cells: enumerations by their label,
// references by the key an import reads back (school number, name, contract number).
// Streams from the database, so a table of any size passes through row by row.
class ExportRows
{
public:
    ExportRows(Database &database, const ExportRequest &request);

    DatabaseError start();
    const EntitySpec &entity() const { return m_entity; }
    QList<const FieldSpec *> fields() const { return m_fields; }
    QStringList headers() const;
    qint64 count() const { return m_count; }
    QString title() const;

    bool next(QList<ExportCell> &cells);
    DatabaseError error() const { return m_error; }

    static QString orderBy(const EntitySpec &entity, const QList<ExportRequest::SortKey> &sort);

private:
    ExportCell cell(const FieldSpec &field, const QVariant &value) const;

    Database &m_database;
    ExportRequest m_request;
    const EntitySpec &m_entity;
    QList<const FieldSpec *> m_fields;
    ReferenceResolver m_references;
    ExportDerivedColumns m_derived;
    QSqlQuery m_query;
    qint64 m_count = 0;
    DatabaseError m_error;
};
