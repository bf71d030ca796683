// SPDX-License-Identifier: EUPL-1.2
#include "tableedits.h"

#include "entitytablemodel.h"
#include "pasteplan.h"
#include "recorddefaults.h"
#include "recordeditor.h"

#include <QCoreApplication>

TableEdits::TableEdits(EntityTableModel &model)
    : m_model(model)
{
}

QList<qint64> TableEdits::idsOfRows(const QList<int> &rows) const
{
    QList<qint64> ids;
    for (int row : rows) {
        const qint64 id = m_model.recordId(row);
        if (id != 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

RecordStore::Result TableEdits::addRecord(const QVariantMap &context, qint64 *newId)
{
    RecordDefaults defaults(m_model.editor().database(), m_model.entity());
    QList<qint64> ids;
    const RecordStore::Result result = m_model.editor().insert(m_model.entity(), {defaults.forNew(context)}, &ids);
    if (newId)
        *newId = ids.value(0);
    return result;
}

RecordStore::Result TableEdits::duplicateRows(const QList<int> &rows, QList<qint64> *newIds)
{
    RecordDefaults defaults(m_model.editor().database(), m_model.entity());
    QList<RecordChange> changes;
    const QList<qint64> ids = idsOfRows(rows);
    for (qint64 id : ids) {
        // With several copies, a refusal names the record it came from.
        QString label;
        if (ids.size() > 1)
            label = m_model.entity().displayExpression.isEmpty()
                ? QCoreApplication::translate("TableEdits", "Row %1").arg(m_model.rowOfId(id) + 1)
                : m_model.editor().store().displayName(m_model.entity(), id);
        const std::optional<QVariantMap> original = m_model.editor().store().load(m_model.entity(), id);
        if (!original)
            continue;
        RecordChange change = RecordChange::insert(m_model.entity(), defaults.forDuplicate(*original), label);
        if (m_model.entity().kind == EntityKind::SupportContract)
            change.schoolsAfter = m_model.editor().store().contractSchools(id);
        changes << change;
    }
    return m_model.editor().apply(QCoreApplication::translate("TableEdits", "Duplicate %n record(s)", nullptr, int(changes.size())), changes, newIds);
}

RecordStore::Result TableEdits::removeRows(const QList<int> &rows)
{
    return m_model.editor().remove(m_model.entity(), idsOfRows(rows));
}

QString TableEdits::deleteBlocker(const QList<int> &rows) const
{
    for (qint64 id : idsOfRows(rows)) {
        const QString blocker = m_model.editor().store().deleteBlocker(m_model.entity(), id);
        if (!blocker.isEmpty())
            return blocker;
    }
    return {};
}

RecordStore::Result TableEdits::paste(const QModelIndex &start, const QList<int> &columns,
                                            const QList<QStringList> &cells, const QVariantMap &newRecordContext,
                                            QList<qint64> *newIds)
{
    QList<int> fields;
    for (int column : columns)
        fields << (column >= 0 && column < m_model.columnCount() ? m_model.tableColumn(column).fieldIndex : -1);
    QList<qint64> existing;
    const int firstRow = start.isValid() ? start.row() : m_model.rowCount();
    for (int row = firstRow; row < m_model.rowCount() && row < firstRow + cells.size(); ++row)
        existing << m_model.recordId(row);
    PastePlan plan(m_model.editor().database(), m_model.entity());
    const QList<RecordChange> changes = plan.build(fields, cells, existing, newRecordContext);
    QList<qint64> ids;
    const RecordStore::Result result = m_model.editor().apply(QCoreApplication::translate("TableEdits", "Paste %n row(s)", nullptr, int(changes.size())), changes, &ids);
    if (newIds) {
        newIds->clear();
        for (int i = 0; i < changes.size(); ++i) {
            if (changes.at(i).type == RecordChange::Type::Insert)
                *newIds << ids.value(i);
        }
    }
    return result;
}

RecordStore::Result TableEdits::fill(const QModelIndexList &cells, const QString &text)
{
    QList<std::pair<qint64, int>> targets;
    for (const QModelIndex &cell : cells) {
        if (cell.isValid() && m_model.tableColumn(cell.column()).isField())
            targets.push_back({m_model.recordId(cell.row()), m_model.tableColumn(cell.column()).fieldIndex});
    }
    PastePlan plan(m_model.editor().database(), m_model.entity());
    return m_model.editor().apply(QCoreApplication::translate("TableEdits", "Paste into %n cell(s)", nullptr, int(targets.size())), plan.fill(targets, text));
}
