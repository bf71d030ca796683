// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "recordstore.h"

#include <QModelIndexList>
#include <QStringList>
#include <QVariantMap>

class EntityTableModel;

// Row operations on an entity table: add, duplicate, delete, paste, fill. Each call is one
// undo step through the table's RecordEditor; a failure saves nothing and says why. The
// table follows the change by itself once it is committed.
class TableEdits
{
public:
    explicit TableEdits(EntityTableModel &model);

    // A record with defaults for every required field; `context` gives known values
    // (the table's filters, the current row's school).
    RecordStore::Result addRecord(const QVariantMap &context, qint64 *newId = nullptr);
    RecordStore::Result duplicateRows(const QList<int> &rows, QList<qint64> *newIds = nullptr);
    RecordStore::Result removeRows(const QList<int> &rows);
    // Why the records of these rows cannot be deleted; empty when all may go.
    QString deleteBlocker(const QList<int> &rows) const;
    // Cells from a spreadsheet into `columns` (in view order) from `start` on; rows past the
    // end become new records with `newRecordContext` as their defaults.
    RecordStore::Result paste(const QModelIndex &start, const QList<int> &columns, const QList<QStringList> &cells,
                              const QVariantMap &newRecordContext = {}, QList<qint64> *newIds = nullptr);
    // One text into every given cell ("Defective" for 20 selected devices).
    RecordStore::Result fill(const QModelIndexList &cells, const QString &text);

private:
    QList<qint64> idsOfRows(const QList<int> &rows) const;

    EntityTableModel &m_model;
};
