// SPDX-License-Identifier: EUPL-1.2
#include "importwriter.h"

#include "bulkwriter.h"

#include <algorithm>
#include <iterator>

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QLatin1Char(','));
}
} // namespace

ImportWriter::ImportWriter(BulkWriter &writer, const QString &userName)
    : m_writer(writer)
    , m_audit(writer, userName)
{
}

DatabaseError ImportWriter::prepare()
{
    return m_audit.prepare();
}

DatabaseError ImportWriter::prepareFor(const EntitySpec &entity, qint64 newRecords, qint64 auditRows)
{
    DatabaseError error = prepare();
    if (!error)
        error = m_writer.expectRows(entity.table, newRecords);
    if (!error)
        error = m_writer.expectRows(QStringLiteral("audit_log"), auditRows);
    return error;
}

DatabaseError ImportWriter::statementFor(const EntitySpec &entity, quint64 columns, bool isUpdate, int *statement)
{
    QHash<quint64, int> &cache = (isUpdate ? m_updates : m_inserts)[&entity];
    const auto it = cache.constFind(columns);
    if (it != cache.cend()) {
        *statement = it.value();
        return {};
    }
    QStringList names;
    for (int field = 0; field < entity.fields.size(); ++field) {
        if ((columns >> field) & 1U)
            names << entity.fields.at(field).column;
    }
    DatabaseError error;
    if (isUpdate) {
        QStringList assignments;
        for (const QString &name : std::as_const(names))
            assignments << name + QStringLiteral(" = ?");
        assignments << QStringLiteral("row_version = row_version + 1");
        error = m_writer.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                     .arg(entity.table, assignments.join(QStringLiteral(", "))),
                                 statement);
    } else {
        error = m_writer.prepareInsert(entity.table, names, statement);
    }
    if (!error)
        cache.insert(columns, *statement);
    return error;
}

DatabaseError ImportWriter::insert(const EntitySpec &entity, const QList<QVariant> &values, qint64 *id)
{
    quint64 columns = 0;
    m_bound.clear();
    for (int field = 0; field < values.size(); ++field) {
        if (!values.at(field).isNull() && values.at(field).isValid()) {
            columns |= quint64(1) << field;
            m_bound << values.at(field);
        }
    }
    int statement = -1;
    if (DatabaseError error = statementFor(entity, columns, false, &statement))
        return error;
    if (DatabaseError error = m_writer.run(statement, m_bound.constData(), m_bound.size(), id))
        return error;
    return m_audit.recordInsert(entity, *id, values);
}

DatabaseError ImportWriter::update(const EntitySpec &entity, qint64 id, const QList<QVariant> &values,
                                   quint64 changed, const QList<QVariant> &before)
{
    m_bound.clear();
    for (int field = 0; field < values.size(); ++field) {
        if ((changed >> field) & 1U)
            m_bound << values.at(field);
    }
    m_bound << id;
    int statement = -1;
    if (DatabaseError error = statementFor(entity, changed, true, &statement))
        return error;
    if (DatabaseError error = m_writer.run(statement, m_bound.constData(), m_bound.size()))
        return error;
    for (int field = 0; field < values.size(); ++field) {
        if ((changed >> field) & 1U) {
            if (DatabaseError error = m_audit.recordUpdate(entity, id, field, before.at(field), values.at(field)))
                return error;
        }
    }
    return {};
}

DatabaseError ImportWriter::setContractSchools(const EntitySpec &entity, qint64 contractId, const QList<qint64> &before,
                                               const QList<qint64> &after)
{
    if (before == after)
        return {};
    if (m_linkSchool < 0) {
        // Not prepareInsert: a link row has no id to return (PostgreSQL's RETURNING id).
        if (DatabaseError error = m_writer.prepare(
                QStringLiteral("INSERT INTO contract_school (contract_id, school_id) VALUES (?, ?)"), &m_linkSchool))
            return error;
        if (DatabaseError error = m_writer.prepare(
                QStringLiteral("DELETE FROM contract_school WHERE contract_id = ? AND school_id = ?"), &m_unlinkSchool))
            return error;
    }
    QList<qint64> removed;
    QList<qint64> added;
    std::set_difference(before.cbegin(), before.cend(), after.cbegin(), after.cend(), std::back_inserter(removed));
    std::set_difference(after.cbegin(), after.cend(), before.cbegin(), before.cend(), std::back_inserter(added));
    for (const auto &[statement, schools] : {std::pair{m_unlinkSchool, &removed}, std::pair{m_linkSchool, &added}}) {
        for (qint64 school : *schools) {
            const QVariant values[] = {contractId, school};
            if (DatabaseError error = m_writer.run(statement, values, 2))
                return error;
        }
    }
    return m_audit.recordUpdate(entity, contractId, QStringLiteral("covered_schools"), idList(before), idList(after));
}

DatabaseError ImportWriter::write(const EntitySpec &entity, const ImportRow &row)
{
    switch (row.action) {
    case ImportRow::Action::Insert: {
        qint64 id = 0;
        if (DatabaseError error = insert(entity, row.values, &id))
            return error;
        return row.schoolsChange ? setContractSchools(entity, id, row.schoolsBefore, row.schools) : DatabaseError();
    }
    case ImportRow::Action::Update:
        if (row.changed) {
            if (DatabaseError error = update(entity, row.existing->id, row.values, row.changed, row.existing->values))
                return error;
        }
        return row.schoolsChange ? setContractSchools(entity, row.existing->id, row.schoolsBefore, row.schools)
                                 : DatabaseError();
    case ImportRow::Action::Unchanged:
        break;
    }
    return {};
}
