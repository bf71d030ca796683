// SPDX-License-Identifier: EUPL-1.2
#include "recordchangecommand.h"

#include "entitycatalog.h"

RecordChangeCommand::RecordChangeCommand(RecordStore &store, const QString &text,
                                         QList<RecordChange> changes, FailureReport report)
    : m_store(store)
    , m_changes(std::move(changes))
    , m_report(std::move(report))
{
    setText(text);
}

RecordStore::Result RecordChangeCommand::run()
{
    const RecordStore::Result result = apply(true);
    m_ranOnce = true;
    m_skipNextRedo = result.ok();
    return result;
}

QList<qint64> RecordChangeCommand::ids() const
{
    QList<qint64> ids;
    for (const RecordChange &change : m_changes)
        ids << change.id;
    return ids;
}

void RecordChangeCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    const RecordStore::Result result = apply(true);
    if (!result.ok()) {
        setObsolete(true);
        if (m_report)
            m_report(result.message());
    }
}

void RecordChangeCommand::undo()
{
    const RecordStore::Result result = apply(false);
    if (!result.ok()) {
        setObsolete(true);
        if (m_report)
            m_report(result.message());
    }
}

RecordStore::Result RecordChangeCommand::apply(bool forward)
{
    const bool batch = m_changes.size() > 1 || m_changes.value(0).type == RecordChange::Type::Delete;
    if (batch) {
        const DatabaseError error = m_store.beginBatch();
        if (error)
            return RecordStore::Result{error, {}, 0};
    }
    RecordStore::Result last;
    const int count = int(m_changes.size());
    for (int i = 0; i < count; ++i) {
        RecordChange &change = m_changes[forward ? i : count - 1 - i];
        last = applyOne(change, forward);
        if (!last.ok()) {
            if (batch)
                m_store.rollbackBatch();
            if (!change.label.isEmpty()) {
                if (last.error)
                    last.error.message = change.label + QStringLiteral(": ") + last.error.message;
                for (FieldError &fieldError : last.fieldErrors)
                    fieldError.message = change.label + QStringLiteral(": ") + fieldError.message;
            }
            return last;
        }
    }
    if (batch) {
        const DatabaseError error = m_store.commitBatch();
        if (error)
            return RecordStore::Result{error, {}, 0};
    }
    return last;
}

RecordStore::Result RecordChangeCommand::applyOne(RecordChange &change, bool forward)
{
    const EntitySpec &entity = *change.entity;
    switch (change.type) {
    case RecordChange::Type::Insert:
        if (!forward)
            return m_store.remove(entity, change.id);
        {
            RecordStore::Result result;
            if (change.id == 0) {
                result = m_store.insert(entity, change.after);
                change.id = result.id;
            } else {
                result = m_store.insertWithId(entity, change.id, change.after);
            }
            // A copied contract covers the schools of its original.
            if (result.ok() && !change.schoolsAfter.isEmpty())
                result = m_store.setContractSchools(change.id, change.schoolsAfter);
            return result;
        }
    case RecordChange::Type::Update:
        if (forward && !m_ranOnce)
            return m_store.update(entity, change.id, change.after, change.expectedVersion);
        return m_store.update(entity, change.id, forward ? change.after : change.before);
    case RecordChange::Type::Delete: {
        if (forward)
            return m_store.remove(entity, change.id);
        RecordStore::Result result = m_store.insertWithId(entity, change.id, change.before);
        if (result.ok() && !change.schoolsBefore.isEmpty())
            result = m_store.setContractSchools(change.id, change.schoolsBefore);
        return result;
    }
    case RecordChange::Type::ContractSchools:
        return m_store.setContractSchools(change.id, forward ? change.schoolsAfter : change.schoolsBefore);
    }
    return {};
}
