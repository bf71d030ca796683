// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fielddelegate.h"

// Amounts typed as "1.234,56" (a euro sign may stand with them); stored as cents.
class MoneyDelegate : public FieldDelegate
{
    Q_OBJECT
public:
    using FieldDelegate::FieldDelegate;
    QWidget *createFieldEditor(QWidget *parent) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
