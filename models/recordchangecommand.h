// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "recordchange.h"
#include "recordstore.h"

#include <QUndoCommand>

#include <functional>

// An undoable group of record writes, run in one transaction through the RecordStore (so
// validation and the audit trail apply to undo and redo as to any edit).
//
// Ownership: the QUndoStack owns the command once pushed; the command refers to the
// RecordStore, which the RecordEditor owns and which outlives the stack's commands.
// RecordEditor runs a command once before pushing it, so the push's own redo() is skipped.
// A command that fails to undo or redo (someone deleted a record meanwhile) reports why,
// makes itself obsolete and leaves the stack.
class RecordChangeCommand : public QUndoCommand
{
public:
    using FailureReport = std::function<void(const QString &message)>;

    RecordChangeCommand(RecordStore &store, const QString &text, QList<RecordChange> changes,
                        FailureReport report);

    // Runs the changes forward; the first run fills in the ids of inserted records.
    RecordStore::Result run();
    QList<qint64> ids() const;
    // The table of the first change, e.g. to show it after an undo; null when empty.
    const EntitySpec *entity() const { return m_changes.isEmpty() ? nullptr : m_changes.first().entity; }

    void redo() override;
    void undo() override;

private:
    RecordStore::Result apply(bool forward);
    RecordStore::Result applyOne(RecordChange &change, bool forward);

    RecordStore &m_store;
    QList<RecordChange> m_changes;
    FailureReport m_report;
    bool m_skipNextRedo = false;
    bool m_ranOnce = false;
};
