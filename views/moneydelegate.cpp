// SPDX-License-Identifier: EUPL-1.2
#include "moneydelegate.h"

#include "money.h"

#include <QLineEdit>
#include <QLocale>

QWidget *MoneyDelegate::createFieldEditor(QWidget *parent) const
{
    auto *edit = new QLineEdit(parent);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setPlaceholderText(Money::format(0));
    return edit;
}

void MoneyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QLineEdit *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    bool isNumber = false;
    const qint64 cents = value.toLongLong(&isNumber);
    if (value.isNull() || !value.isValid())
        edit->clear();
    else if (isNumber && value.metaType().id() != QMetaType::QString)
        edit->setText(Money::format(cents)); // "1.234,56 €"; the sign is read back too
    else
        edit->setText(value.toString()); // refused input, as typed
}

void MoneyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
    if (text.isEmpty()) {
        model->setData(index, QVariant(), Qt::EditRole);
        return;
    }
    const std::optional<qint64> cents = Money::parse(text);
    model->setData(index, cents ? QVariant(*cents) : QVariant(text), Qt::EditRole);
}
