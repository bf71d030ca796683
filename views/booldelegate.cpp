// SPDX-License-Identifier: EUPL-1.2
#include "booldelegate.h"

#include <QCheckBox>

QWidget *BoolDelegate::createFieldEditor(QWidget *parent) const
{
    auto *check = new QCheckBox(parent);
    commitOnChange(check);
    return check;
}

void BoolDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *check = static_cast<QCheckBox *>(editor);
    const QSignalBlocker blocker(check);
    check->setChecked(index.data(Qt::EditRole).toInt() != 0);
}

void BoolDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QCheckBox *>(editor)->isChecked() ? 1 : 0, Qt::EditRole);
}
