// SPDX-License-Identifier: EUPL-1.2
#include "importkey.h"

#include "recordvalidator.h"

namespace ImportKey {

QList<int> fields(const EntitySpec &entity)
{
    QList<int> result;
    if (!entity.naturalKeyColumns.isEmpty()) {
        for (const QString &column : entity.naturalKeyColumns)
            result << entity.fieldIndex(column);
    } else if (!entity.naturalKey.isEmpty()) {
        result << entity.fieldIndex(entity.naturalKey);
    } else {
        for (int i = 0; i < entity.fields.size(); ++i) {
            const FieldSpec &field = entity.fields.at(i);
            if (field.kind == FieldKind::ForeignKey || (field.required && field.kind == FieldKind::Text))
                result << i;
        }
    }
    result.removeAll(-1);
    return result;
}

QString valueText(const QVariant &value)
{
    if (RecordValidator::isEmpty(value))
        return {};
    return value.toString().trimmed();
}

QString make(const EntitySpec &entity, const QList<int> &fields, const QList<QVariant> &values)
{
    QString key;
    for (int field : fields) {
        const QString part = valueText(values.value(field));
        if (part.isEmpty() && entity.fields.at(field).required)
            return {};
        key += part;
        key += QChar(0x1F); // unit separator: never typed into a cell
    }
    return key;
}

} // namespace ImportKey
