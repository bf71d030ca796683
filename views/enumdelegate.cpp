// SPDX-License-Identifier: EUPL-1.2
#include "enumdelegate.h"

#include "enumcatalog.h"

#include <QComboBox>

QWidget *EnumDelegate::createFieldEditor(QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    if (!field().required)
        combo->addItem(QString(), QVariant());
    for (const EnumEntry &entry : EnumCatalog::entries(*field().enumKind))
        combo->addItem(entry.label, entry.code);
    commitOnChange(combo);
    return combo;
}

void EnumDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString code = index.data(Qt::EditRole).toString();
    const int row = combo->findData(code);
    combo->setCurrentIndex(row >= 0 ? row : (field().required ? -1 : 0));
}

void EnumDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() < 0)
        return;
    model->setData(index, combo->currentData(), Qt::EditRole);
}
