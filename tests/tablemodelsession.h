// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"
#include "recordeditor.h"
#include "testsupport.h"

#include <QStringList>
#include <QUndoStack>

#include <memory>

class EntityTableModel;

// What the table model tests share: the small county of tests/data/tables_fixture.sql with
// an undo stack and a record editor, and table models on it, each watched by
// QAbstractItemModelTester and computing contract deadlines for the fixture's day.
class TableModelSession
{
public:
    TableModelSession();

    bool loaded() const { return m_loaded; }
    Database &db() { return m_temp.db(); }
    TestSupport::TempDatabase &temp() { return m_temp; }
    QUndoStack &stack() { return m_stack; }
    RecordEditor &editor() { return m_editor; }

    std::unique_ptr<EntityTableModel> model(EntityKind kind);

    // A column's values top to bottom, and the records' ids in the table's order.
    static QStringList column(EntityTableModel &model, const QString &field, int role = Qt::DisplayRole);
    static QList<qint64> ids(EntityTableModel &model);

private:
    TestSupport::TempDatabase m_temp;
    QUndoStack m_stack;
    RecordEditor m_editor;
    bool m_loaded = false;
};
