// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "recordstore.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

struct EntitySpec;

// What to show when a save meets a record that someone else changed since it was loaded
// (RecordStore::update with expectedVersion gave a Conflict): per field the value the user
// loaded, the value they want, and the value saved meanwhile, and who saved it. The user
// chooses per field; save() then writes the chosen values against the new row version, so
// nothing is overwritten without being seen.
//
// Typical use in a table model:
//   auto result = store.update(entity, id, changes, loadedVersion);
//   if (result.error.kind == DatabaseError::Kind::Conflict) {
//       EditConflict conflict = EditConflict::describe(store, entity, id, loadedValues, changes);
//       ConflictDialog dialog(conflict, parent);   // views/conflictdialog.h
//       if (dialog.exec() == QDialog::Accepted)
//           result = dialog.conflict().save(store);
//   }
class EditConflict
{
public:
    enum class Choice { Mine, Theirs };

    struct Field
    {
        QString column;
        QString label;
        QVariant loaded; // when the user opened the record
        QVariant mine;   // what the user wants to save
        QVariant theirs; // what the database holds now
        bool conflicting = false; // someone else changed it too, to another value
        Choice choice = Choice::Mine;
    };

    // loaded: the record as the user opened it; myChanges: the columns they changed.
    static EditConflict describe(RecordStore &store, const EntitySpec &entity, qint64 id,
                                 const QVariantMap &loaded, const QVariantMap &myChanges);

    const EntitySpec &entity() const { return *m_entity; }
    qint64 id() const { return m_id; }
    QString recordName() const { return m_recordName; }
    bool recordDeleted() const { return m_deleted; }
    int currentVersion() const { return m_currentVersion; }
    // Who saved the other change, and when (from the audit log; empty if unknown).
    QString changedBy() const { return m_changedBy; }
    QString changedAt() const { return m_changedAt; } // ISO text, UTC

    QList<Field> fields() const { return m_fields; }
    // The user's changed fields that someone else changed too; the ones to ask about.
    QList<Field> conflictingFields() const;
    // Columns someone else changed that the user did not touch; they stay as saved.
    QStringList othersOnlyColumns() const { return m_othersOnly; }

    void choose(const QString &column, Choice choice);
    void chooseAll(Choice choice);

    // The columns to write: the user's values where they chose theirs-over-others.
    QVariantMap resolvedChanges() const;
    // Writes resolvedChanges() against currentVersion(); a record changed yet again gives
    // another Conflict, a deleted one NotFound.
    RecordStore::Result save(RecordStore &store) const;

    // A value as people read it: money, dates, enumerations and references in words.
    static QString displayText(RecordStore &store, const EntitySpec &entity, const QString &column,
                               const QVariant &value);

private:
    const EntitySpec *m_entity = nullptr;
    qint64 m_id = 0;
    QString m_recordName;
    bool m_deleted = false;
    int m_currentVersion = 0;
    QString m_changedBy;
    QString m_changedAt;
    QList<Field> m_fields;
    QStringList m_othersOnly;
};
