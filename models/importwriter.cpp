// SPDX-License-Identifier: EUPL-1.2
#include "importwriter.h"

#include "bulkwriter.h"

ImportWriter::ImportWriter(BulkWriter &writer, const QString &userName)
    : m_writer(writer)
    , m_audit(writer, userName)
{
}

DatabaseError ImportWriter::prepare()
{
    return m_audit.prepare();
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

DatabaseError ImportWriter::write(const EntitySpec &entity, const ImportRow &row)
{
    switch (row.action) {
    case ImportRow::Action::Insert: {
        qint64 id = 0;
        return insert(entity, row.values, &id);
    }
    case ImportRow::Action::Update:
        return update(entity, row.existing->id, row.values, row.changed, row.existing->values);
    case ImportRow::Action::Unchanged:
        break;
    }
    return {};
}
