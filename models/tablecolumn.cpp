// SPDX-License-Identifier: EUPL-1.2
#include "tablecolumn.h"

#include <QCoreApplication>

namespace {
TableColumn derivedColumn(DerivedColumn derived, FieldKind kind, const char *label)
{
    TableColumn column;
    column.derived = derived;
    column.kind = kind;
    column.sourceLabel = label;
    return column;
}
} // namespace

const FieldSpec *TableColumn::field(const EntitySpec &entity) const
{
    return isField() ? &entity.fields.at(fieldIndex) : nullptr;
}

QString TableColumn::label(const EntitySpec &entity) const
{
    if (isField())
        return entity.fields.at(fieldIndex).label();
    return QCoreApplication::translate("Field", sourceLabel);
}

bool TableColumn::sortsInDatabase() const
{
    return derived != DerivedColumn::ContractNextCancel && derived != DerivedColumn::ContractTermEnd;
}

QList<TableColumn> TableColumn::forEntity(const EntitySpec &entity)
{
    QList<TableColumn> columns;
    for (int i = 0; i < entity.fields.size(); ++i) {
        TableColumn column;
        column.fieldIndex = i;
        column.kind = entity.fields.at(i).kind;
        columns << column;
    }
    switch (entity.kind) {
    case EntityKind::SupportContract: {
        // The dates that matter stand next to the contract's authority, not off screen.
        const int after = entity.fieldIndex(QStringLiteral("authority_id")) + 1;
        columns.insert(after, derivedColumn(DerivedColumn::ContractTermEnd, FieldKind::Date,
                                            QT_TRANSLATE_NOOP("Field", "Term ends")));
        columns.insert(after, derivedColumn(DerivedColumn::ContractNextCancel, FieldKind::Date,
                                            QT_TRANSLATE_NOOP("Field", "Last day to cancel")));
        columns << derivedColumn(DerivedColumn::ContractSchools, FieldKind::Text,
                                 QT_TRANSLATE_NOOP("Field", "Covered schools"));
        break;
    }
    case EntityKind::Allocation:
        columns << derivedColumn(DerivedColumn::AllocationRemaining, FieldKind::Money,
                                 QT_TRANSLATE_NOOP("Field", "Remaining"))
                << derivedColumn(DerivedColumn::AllocationShareSpent, FieldKind::Percent,
                                 QT_TRANSLATE_NOOP("Field", "Share spent"));
        break;
    default:
        break;
    }
    return columns;
}
