// SPDX-License-Identifier: EUPL-1.2
#include "datedelegate.h"

#include "dateedit.h"

QWidget *DateDelegate::createFieldEditor(QWidget *parent) const
{
    return new DateEdit(parent);
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<DateEdit *>(editor)->setIsoDate(index.data(Qt::EditRole).toString());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString value = static_cast<DateEdit *>(editor)->isoDate();
    model->setData(index, value.isEmpty() ? QVariant() : QVariant(value), Qt::EditRole);
}
