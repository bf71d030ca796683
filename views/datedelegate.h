// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fielddelegate.h"

// Dates as dd.MM.yyyy, typed or picked from a calendar.
class DateDelegate : public FieldDelegate
{
    Q_OBJECT
public:
    using FieldDelegate::FieldDelegate;
    QWidget *createFieldEditor(QWidget *parent) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
