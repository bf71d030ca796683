// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fielddelegate.h"

// Yes or no: a check box in the form; a table cell is ticked in place (click or Space).
class BoolDelegate : public FieldDelegate
{
    Q_OBJECT
public:
    using FieldDelegate::FieldDelegate;
    QWidget *createFieldEditor(QWidget *parent) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
