// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "entityspec.h"
#include "importaudit.h"
#include "importrow.h"

#include <QHash>

class BulkWriter;

// Writes checked rows: a new record with the columns that have a value (so the table's
// defaults apply to the others), an update with the changed columns and a new row
// version, each with its audit rows. One statement per combination of columns, prepared
// once and reused.
class ImportWriter
{
public:
    ImportWriter(BulkWriter &writer, const QString &userName);

    DatabaseError prepare();
    // prepare(), and tells the writer how many new records and audit rows are coming, so it
    // can set the tables' indexes aside for a big load (BulkWriter::expectRows).
    DatabaseError prepareFor(const EntitySpec &entity, qint64 newRecords, qint64 auditRows);
    DatabaseError insert(const EntitySpec &entity, const QList<QVariant> &values, qint64 *id);
    DatabaseError update(const EntitySpec &entity, qint64 id, const QList<QVariant> &values, quint64 changed,
                         const QList<QVariant> &before);
    // Makes the schools a contract covers exactly `after` (sorted ids), `before` being
    // what it covers now, with an audit row like RecordStore::setContractSchools writes.
    DatabaseError setContractSchools(const EntitySpec &entity, qint64 contractId, const QList<qint64> &before,
                                     const QList<qint64> &after);
    // An insert or update of the row (and of the schools it covers); an unchanged row
    // writes nothing.
    DatabaseError write(const EntitySpec &entity, const ImportRow &row);

private:
    DatabaseError statementFor(const EntitySpec &entity, quint64 columns, bool isUpdate, int *statement);

    BulkWriter &m_writer;
    ImportAudit m_audit;
    QHash<const EntitySpec *, QHash<quint64, int>> m_inserts;
    QHash<const EntitySpec *, QHash<quint64, int>> m_updates;
    QList<QVariant> m_bound;
    int m_linkSchool = -1;
    int m_unlinkSchool = -1;
};
