// SPDX-License-Identifier: EUPL-1.2
#include "recordeditor.h"

#include "entitycatalog.h"
#include "recordchangecommand.h"
#include "recordvalidator.h"

#include <QLocale>
#include <QUndoStack>

namespace {
QString countText(const EntitySpec &entity, int count)
{
    return count == 1 ? entity.singular() : QStringLiteral("%1 %2").arg(QLocale().toString(count), entity.plural());
}
} // namespace

RecordEditor::RecordEditor(Database &database, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(database)
    , m_undoStack(undoStack)
{
}

RecordEditor::~RecordEditor() = default;

RecordStore::Result RecordEditor::apply(const QString &text, const QList<RecordChange> &changes,
                                        QList<qint64> *ids)
{
    if (changes.isEmpty())
        return {};
    // Each given value is checked as typed, before the store turns it into its column's type
    // (where text that is no number would become 0).
    for (const RecordChange &change : changes) {
        if (change.type != RecordChange::Type::Insert && change.type != RecordChange::Type::Update)
            continue;
        RecordStore::Result refused;
        for (auto it = change.after.cbegin(); it != change.after.cend(); ++it) {
            if (const FieldSpec *field = change.entity->field(it.key()))
                refused.fieldErrors += RecordValidator::validateValue(*change.entity, *field, it.value());
        }
        if (!refused.fieldErrors.isEmpty()) {
            for (FieldError &error : refused.fieldErrors) {
                if (!change.label.isEmpty())
                    error.message = change.label + QStringLiteral(": ") + error.message;
            }
            return refused;
        }
    }
    auto command = std::make_unique<RecordChangeCommand>(
        m_store, text, changes, [this](const QString &message) { emit undoFailed(message); });
    const RecordStore::Result result = command->run();
    if (!result.ok())
        return result;
    if (ids)
        *ids = command->ids();
    if (m_undoStack)
        m_undoStack->push(command.release());
    return result;
}

RecordStore::Result RecordEditor::update(const EntitySpec &entity, qint64 id, const QVariantMap &changes,
                                         std::optional<int> expectedVersion)
{
    const std::optional<QVariantMap> stored = m_store.load(entity, id);
    if (!stored)
        return RecordStore::Result{DatabaseError::make(DatabaseError::Kind::NotFound,
                                       tr("The record was deleted in the meantime.")), {}, id};
    QVariantMap before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        before.insert(it.key(), stored->value(it.key()));
    QString text = tr("Change %1").arg(entity.singular());
    if (changes.size() == 1) {
        if (const FieldSpec *field = entity.field(changes.firstKey()))
            text = tr("Change %1").arg(field->label());
    }
    RecordChange change = RecordChange::update(entity, id, before, changes);
    change.expectedVersion = expectedVersion;
    return apply(text, {change});
}

RecordStore::Result RecordEditor::insert(const EntitySpec &entity, const QList<QVariantMap> &records,
                                         QList<qint64> *ids)
{
    QList<RecordChange> changes;
    for (int i = 0; i < records.size(); ++i)
        changes << RecordChange::insert(entity, records.at(i),
                                        records.size() > 1 ? tr("Row %1").arg(i + 1) : QString());
    return apply(tr("Add %1").arg(countText(entity, int(records.size()))), changes, ids);
}

RecordStore::Result RecordEditor::remove(const EntitySpec &entity, const QList<qint64> &ids)
{
    QList<RecordChange> changes;
    for (qint64 id : ids) {
        const std::optional<QVariantMap> stored = m_store.load(entity, id);
        if (!stored)
            continue;
        RecordChange change;
        change.type = RecordChange::Type::Delete;
        change.entity = &entity;
        change.id = id;
        change.before = *stored;
        change.before.remove(QStringLiteral("row_version"));
        if (entity.kind == EntityKind::SupportContract)
            change.schoolsBefore = m_store.contractSchools(id);
        changes << change;
    }
    return apply(tr("Delete %1").arg(countText(entity, int(changes.size()))), changes);
}

RecordStore::Result RecordEditor::setContractSchools(qint64 contractId, const QList<qint64> &schoolIds)
{
    RecordChange change;
    change.type = RecordChange::Type::ContractSchools;
    change.entity = &EntityCatalog::spec(EntityKind::SupportContract);
    change.id = contractId;
    change.schoolsBefore = m_store.contractSchools(contractId);
    change.schoolsAfter = schoolIds;
    return apply(tr("Change covered schools"), {change});
}
