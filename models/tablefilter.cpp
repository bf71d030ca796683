// SPDX-License-Identifier: EUPL-1.2
#include "tablefilter.h"

#include <QCoreApplication>

QString TableFilter::label() const
{
    return QCoreApplication::translate("Field", sourceLabel);
}

QString TableFilter::condition() const
{
    if (viaSchool)
        return QStringLiteral("t.school_id IN (SELECT id FROM school WHERE authority_id = ?)");
    return QStringLiteral("t.%1 = ?").arg(key);
}

QList<TableFilter> TableFilter::forEntity(const EntitySpec &entity)
{
    QList<TableFilter> filters;
    const bool hasSchool = entity.field(QStringLiteral("school_id")) != nullptr;
    const bool hasAuthority = entity.field(QStringLiteral("authority_id")) != nullptr;
    if (hasSchool && !hasAuthority) {
        TableFilter filter;
        filter.key = QStringLiteral("authority_id");
        filter.sourceLabel = QT_TRANSLATE_NOOP("Field", "School authority");
        filter.reference = EntityKind::Authority;
        filter.viaSchool = true;
        filters << filter;
    }
    // Required references and enumerations: the groupings every record has.
    for (const FieldSpec &field : entity.fields) {
        if (field.required && field.kind == FieldKind::ForeignKey)
            filters << TableFilter{field.column, field.sourceLabel, std::nullopt, field.reference, false};
    }
    for (const FieldSpec &field : entity.fields) {
        if (field.required && field.kind == FieldKind::Enum)
            filters << TableFilter{field.column, field.sourceLabel, field.enumKind, std::nullopt, false};
    }
    return filters;
}
