// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class FieldDelegate;

// QDataWidgetMapper takes one delegate for all its widgets; this one hands every column to
// the delegate the table uses for it, so a value reads and saves the same in both places.
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setColumnDelegate(int column, FieldDelegate *delegate);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QHash<int, FieldDelegate *> m_delegates;
};
