// SPDX-License-Identifier: EUPL-1.2
#include "enumlistdelegate.h"

#include "checklistbutton.h"
#include "enumcatalog.h"

QWidget *EnumListDelegate::createFieldEditor(QWidget *parent) const
{
    auto *button = new CheckListButton(tr("None chosen (all)"), parent);
    QList<QPair<QString, QString>> entries;
    for (const EnumEntry &entry : EnumCatalog::entries(*field().enumKind))
        entries.append({entry.code, entry.label});
    button->setEntries(entries);
    // Each check is a change of its own, saved at once like a combo box choice.
    auto *self = const_cast<EnumListDelegate *>(this);
    connect(button, &CheckListButton::checkedKeysChanged, self, [self, button] { emit self->commitData(button); });
    return button;
}

void EnumListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *button = static_cast<CheckListButton *>(editor);
    const QStringList codes = EnumCatalog::splitList(index.data(Qt::EditRole).toString());
    if (button->checkedKeys() != codes) {
        const QSignalBlocker blocker(button);
        button->setCheckedKeys(codes);
    }
}

void EnumListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString stored = EnumCatalog::normalizedList(*field().enumKind,
                                                       static_cast<CheckListButton *>(editor)->checkedKeys().join(QLatin1Char(',')));
    if (stored == EnumCatalog::normalizedList(*field().enumKind, index.data(Qt::EditRole).toString()))
        return;
    model->setData(index, stored.isEmpty() ? QVariant() : QVariant(stored), Qt::EditRole);
}
