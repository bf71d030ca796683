// SPDX-License-Identifier: EUPL-1.2
#include "delegatefactory.h"

#include "booldelegate.h"
#include "datedelegate.h"
#include "enumdelegate.h"
#include "enumlistdelegate.h"
#include "moneydelegate.h"
#include "numberdelegate.h"
#include "referencedelegate.h"
#include "textdelegate.h"

namespace DelegateFactory {

FieldDelegate *create(const FieldSpec &field, Database &database, QObject *parent)
{
    switch (field.kind) {
    case FieldKind::Text:
        return new TextDelegate(field, parent);
    case FieldKind::EnumList:
        return new EnumListDelegate(field, parent);
    case FieldKind::Date:
        return new DateDelegate(field, parent);
    case FieldKind::Money:
        return new MoneyDelegate(field, parent);
    case FieldKind::Integer:
    case FieldKind::Decimal:
    case FieldKind::Percent:
        return new NumberDelegate(field, parent);
    case FieldKind::Enum:
        return new EnumDelegate(field, parent);
    case FieldKind::ForeignKey:
        return new ReferenceDelegate(field, database, parent);
    case FieldKind::Bool:
        return new BoolDelegate(field, parent);
    }
    return new TextDelegate(field, parent);
}

} // namespace DelegateFactory
