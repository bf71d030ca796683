// SPDX-License-Identifier: EUPL-1.2
#include "textdelegate.h"

#include "fieldtext.h"

#include <QLineEdit>

QWidget *TextDelegate::createFieldEditor(QWidget *parent) const
{
    return new QLineEdit(parent);
}

void TextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QLineEdit *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    edit->setText(field().kind == FieldKind::EnumList ? FieldText::display(field(), value) : value.toString());
    edit->setCursorPosition(0); // a long text shows its beginning in the form
}

void TextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, FieldText::parse(field(), static_cast<QLineEdit *>(editor)->text()), Qt::EditRole);
}
