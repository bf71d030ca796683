// SPDX-License-Identifier: EUPL-1.2
#include "textdelegate.h"

#include "fieldtext.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace {
constexpr int FormLines = 3;
}

QWidget *TextDelegate::createFieldEditor(QWidget *parent) const
{
    return new QLineEdit(parent);
}

QWidget *TextDelegate::createFormEditor(QWidget *parent) const
{
    if (!field().multiline)
        return createFieldEditor(parent);
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const QFontMetrics metrics = edit->fontMetrics();
    edit->setFixedHeight(metrics.lineSpacing() * FormLines + 2 * edit->frameWidth()
                         + int(edit->document()->documentMargin() * 2));
    return edit;
}

void TextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QPlainTextEdit *>(editor)) {
        if (box->toPlainText() != value.toString()) // keeps the cursor while the value stays
            box->setPlainText(value.toString());
        return;
    }
    auto *edit = static_cast<QLineEdit *>(editor);
    edit->setText(field().kind == FieldKind::EnumList ? FieldText::display(field(), value) : value.toString());
    edit->setCursorPosition(0); // a long text shows its beginning in the form
}

void TextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (const auto *box = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, FieldText::parse(field(), box->toPlainText()), Qt::EditRole);
        return;
    }
    model->setData(index, FieldText::parse(field(), static_cast<QLineEdit *>(editor)->text()), Qt::EditRole);
}
