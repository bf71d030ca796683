// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fielddelegate.h"

// Text, and lists of enumeration values written as their labels ("Grundschule, Gymnasium").
class TextDelegate : public FieldDelegate
{
    Q_OBJECT
public:
    using FieldDelegate::FieldDelegate;
    QWidget *createFieldEditor(QWidget *parent) const override;
    // Several lines for a multiline field (Tab still moves on).
    QWidget *createFormEditor(QWidget *parent) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
