// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fielddelegate.h"

class Database;
class ReferenceListModel;

// A referenced record (school, authority, program, contract) chosen by name, with a search
// that narrows the list as you type. The list of records is loaded once per delegate.
class ReferenceDelegate : public FieldDelegate
{
    Q_OBJECT
public:
    ReferenceDelegate(const FieldSpec &field, Database &database, QObject *parent = nullptr);

    QWidget *createFieldEditor(QWidget *parent) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ReferenceListModel *m_records;
};
