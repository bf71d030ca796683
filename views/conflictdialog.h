// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editconflict.h"

#include <QDialog>

class QTableWidget;
class RecordStore;

// Shown when a save meets a record someone else changed meanwhile: per field the user's
// value and the value saved by the other person, and the user picks which one stays.
// Nothing is overwritten without being seen; Cancel keeps the other person's values.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, ColumnCount };

    ConflictDialog(const EditConflict &conflict, RecordStore &store, QWidget *parent = nullptr);

    // The conflict with the user's choices, ready for EditConflict::save().
    EditConflict conflict() const { return m_conflict; }

private:
    void chooseAll(EditConflict::Choice choice);
    void updateChoice(const QString &column, EditConflict::Choice choice);

    EditConflict m_conflict;
    QTableWidget *m_table = nullptr;
};
