// SPDX-License-Identifier: EUPL-1.2
#include "formdelegate.h"

#include "fielddelegate.h"

void FormDelegate::setColumnDelegate(int column, FieldDelegate *delegate)
{
    m_delegates.insert(column, delegate);
    // A choice in a combo or check box commits at once; the mapper hears it through us.
    connect(delegate, &QAbstractItemDelegate::commitData, this, &QAbstractItemDelegate::commitData);
}

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (FieldDelegate *delegate = m_delegates.value(index.column()))
        delegate->setEditorData(editor, index);
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FormDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (FieldDelegate *delegate = m_delegates.value(index.column()))
        delegate->setModelData(editor, model, index);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}
