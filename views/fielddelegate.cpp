// SPDX-License-Identifier: EUPL-1.2
#include "fielddelegate.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>

FieldDelegate::FieldDelegate(const FieldSpec &field, QObject *parent)
    : CurrentRowDelegate(parent)
    , m_field(field)
{
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    QWidget *editor = createFieldEditor(parent);
    editor->setToolTip(m_field.label());
    return editor;
}

void FieldDelegate::commitOnChange(QWidget *editor) const
{
    auto *self = const_cast<FieldDelegate *>(this);
    if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        connect(check, &QCheckBox::toggled, self, [self, check] { emit self->commitData(check); });
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
    }
}
