// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "currentrowdelegate.h"
#include "entityspec.h"

// The base of the delegates every table and form share, one per kind of value (date,
// money, enumeration, reference, number, yes/no, text). A delegate knows its field; the
// model gives it stored values (EditRole) and takes stored values back, or the text as
// typed when it is no value of the kind, for the validation to explain.
class FieldDelegate : public CurrentRowDelegate
{
    Q_OBJECT
public:
    FieldDelegate(const FieldSpec &field, QObject *parent = nullptr);

    const FieldSpec &field() const { return m_field; }
    // Editors are made the same way for a table cell and for the detail form.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    virtual QWidget *createFieldEditor(QWidget *parent) const = 0;
    // The editor of the detail form; the same as a cell's unless the form has more room for
    // it (several lines of notes).
    virtual QWidget *createFormEditor(QWidget *parent) const { return createFieldEditor(parent); }

protected:
    // Commits a choice at once (a combo box or check box) instead of on leaving the field.
    void commitOnChange(QWidget *editor) const;

private:
    FieldSpec m_field;
};
