// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fielddelegate.h"

// Whole and decimal numbers and percentages within the field's range; an optional number
// can be left empty (the blank value just below the minimum).
class NumberDelegate : public FieldDelegate
{
    Q_OBJECT
public:
    using FieldDelegate::FieldDelegate;
    QWidget *createFieldEditor(QWidget *parent) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
