// SPDX-License-Identifier: EUPL-1.2
#include "pasteplan.h"

#include "fieldtext.h"
#include "recorddefaults.h"
#include "recordstore.h"
#include "referencelistmodel.h"

#include <QCoreApplication>

namespace {
QString rowLabel(int row)
{
    return QCoreApplication::translate("PastePlan", "Pasted row %1").arg(row);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = !a.isValid() || a.isNull() || a.toString().isEmpty();
    const bool bEmpty = !b.isValid() || b.isNull() || b.toString().isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
}
} // namespace

PastePlan::PastePlan(Database &database, const EntitySpec &entity)
    : m_database(database)
    , m_entity(entity)
{
}

PastePlan::~PastePlan() = default;

std::optional<qint64> PastePlan::resolve(EntityKind target, const QString &text)
{
    auto it = m_references.find(target);
    if (it == m_references.end())
        it = m_references.emplace(target, std::make_unique<ReferenceListModel>(m_database, target)).first;
    return it->second->idForText(text);
}

bool PastePlan::isHeaderRow(const QList<int> &fieldIndexes, const QStringList &row) const
{
    int titles = 0;
    for (int i = 0; i < row.size() && i < fieldIndexes.size(); ++i) {
        const int field = fieldIndexes.at(i);
        if (field < 0)
            continue;
        if (row.at(i).trimmed().compare(m_entity.fields.at(field).label(), Qt::CaseInsensitive) != 0)
            return false;
        ++titles;
    }
    return titles > 0;
}

QVariantMap PastePlan::updatedValues(qint64 id, const QVariantMap &values) const
{
    // Only what differs from the record, with the old values for undo in `before`.
    RecordStore store(m_database);
    const std::optional<QVariantMap> stored = store.load(m_entity, id);
    QVariantMap changed;
    if (!stored)
        return values;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!sameValue(stored->value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QList<RecordChange> PastePlan::build(const QList<int> &fieldIndexes, const QList<QStringList> &input,
                                     const QList<qint64> &existingIds, const QVariantMap &newRecordContext)
{
    QList<QStringList> rows = input;
    if (!rows.isEmpty() && isHeaderRow(fieldIndexes, rows.first()))
        rows.removeFirst();

    const FieldText::ReferenceResolver resolver = [this](EntityKind target, const QString &text) {
        return resolve(target, text);
    };
    RecordDefaults defaults(m_database, m_entity);
    RecordStore store(m_database);
    QList<RecordChange> changes;
    for (int r = 0; r < rows.size(); ++r) {
        QVariantMap values;
        const QStringList &cells = rows.at(r);
        for (int c = 0; c < cells.size() && c < fieldIndexes.size(); ++c) {
            const int field = fieldIndexes.at(c);
            if (field >= 0)
                values.insert(m_entity.fields.at(field).column, FieldText::parse(m_entity.fields.at(field), cells.at(c), resolver));
        }
        if (values.isEmpty())
            continue;
        if (r < existingIds.size()) {
            const QVariantMap changed = updatedValues(existingIds.at(r), values);
            if (changed.isEmpty())
                continue;
            QVariantMap before;
            const std::optional<QVariantMap> stored = store.load(m_entity, existingIds.at(r));
            for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                before.insert(it.key(), stored ? stored->value(it.key()) : QVariant());
            changes << RecordChange::update(m_entity, existingIds.at(r), before, changed, rowLabel(r + 1));
        } else {
            // Empty cells of a new row keep the defaults (the filtered school, a free number).
            QVariantMap context = newRecordContext;
            QVariantMap given;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (!it.value().isNull()) {
                    context.remove(it.key());
                    given.insert(it.key(), it.value());
                }
            }
            QVariantMap record = defaults.forNew(context);
            for (auto it = given.cbegin(); it != given.cend(); ++it)
                record.insert(it.key(), it.value());
            changes << RecordChange::insert(m_entity, record, rowLabel(r + 1));
        }
    }
    return changes;
}

QList<RecordChange> PastePlan::fill(const QList<std::pair<qint64, int>> &cells, const QString &text)
{
    const FieldText::ReferenceResolver resolver = [this](EntityKind target, const QString &value) {
        return resolve(target, value);
    };
    QList<qint64> order;
    QHash<qint64, QVariantMap> values;
    for (const auto &[id, field] : cells) {
        if (field < 0)
            continue;
        if (!values.contains(id))
            order << id;
        values[id].insert(m_entity.fields.at(field).column, FieldText::parse(m_entity.fields.at(field), text, resolver));
    }
    RecordStore store(m_database);
    QList<RecordChange> changes;
    for (qint64 id : std::as_const(order)) {
        const QVariantMap changed = updatedValues(id, values.value(id));
        if (changed.isEmpty())
            continue;
        const std::optional<QVariantMap> stored = store.load(m_entity, id);
        QVariantMap before;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            before.insert(it.key(), stored ? stored->value(it.key()) : QVariant());
        changes << RecordChange::update(m_entity, id, before, changed, store.displayName(m_entity, id));
    }
    return changes;
}
