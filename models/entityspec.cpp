// SPDX-License-Identifier: EUPL-1.2
#include "entityspec.h"

#include <QCoreApplication>

QString FieldSpec::label() const
{
    return QCoreApplication::translate("Field", sourceLabel);
}

QString FieldSpec::emptyText() const
{
    return emptyMeaning ? QCoreApplication::translate("Field", emptyMeaning) : QString();
}

bool FieldSpec::isNumeric() const
{
    return kind == FieldKind::Integer || kind == FieldKind::Decimal || kind == FieldKind::Money
        || kind == FieldKind::Percent;
}

QString EntitySpec::singular() const
{
    return QCoreApplication::translate("Entity", sourceSingular);
}

QString EntitySpec::plural() const
{
    return QCoreApplication::translate("Entity", sourcePlural);
}

const FieldSpec *EntitySpec::field(const QString &column) const
{
    const int index = fieldIndex(column);
    return index < 0 ? nullptr : &fields.at(index);
}

int EntitySpec::fieldIndex(const QString &column) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).column == column)
            return i;
    }
    return -1;
}
