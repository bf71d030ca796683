// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fielddelegate.h"

// A list of enumeration values (the school types a minimum standard applies to), chosen
// with check boxes by their German labels instead of typed; none checked means none
// chosen, which for school types means "all".
class EnumListDelegate : public FieldDelegate
{
    Q_OBJECT
public:
    using FieldDelegate::FieldDelegate;
    QWidget *createFieldEditor(QWidget *parent) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
