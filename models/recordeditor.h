// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "recordchange.h"
#include "recordstore.h"

#include <QObject>

class QUndoStack;

// The undoable way to change records, used by every table, form and paste: each call runs
// its writes through the RecordStore in one transaction and, if they succeed, puts one
// command on the shared undo stack (one stack for all tables, so Ctrl+Z takes back the last
// change wherever it was made). A failed call changes nothing and leaves the stack alone.
class RecordEditor : public QObject
{
    Q_OBJECT
public:
    RecordEditor(Database &database, QUndoStack *undoStack, QObject *parent = nullptr);
    ~RecordEditor() override;

    Database &database() { return m_database; }
    RecordStore &store() { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Only the given columns; the record's other values stay. With expectedVersion, a record
    // someone else changed since it was read is not overwritten (a Conflict error).
    RecordStore::Result update(const EntitySpec &entity, qint64 id, const QVariantMap &changes,
                               std::optional<int> expectedVersion = std::nullopt);
    RecordStore::Result insert(const EntitySpec &entity, const QList<QVariantMap> &records,
                               QList<qint64> *ids = nullptr);
    RecordStore::Result remove(const EntitySpec &entity, const QList<qint64> &ids);
    RecordStore::Result setContractSchools(qint64 contractId, const QList<qint64> &schoolIds);
    // Any mix of changes as one undo step (a paste that changes rows and adds rows).
    RecordStore::Result apply(const QString &text, const QList<RecordChange> &changes,
                              QList<qint64> *ids = nullptr);

signals:
    // An undo or redo could not be carried out; the message says why.
    void undoFailed(const QString &message);

private:
    Database &m_database;
    RecordStore m_store;
    QUndoStack *m_undoStack;
};
