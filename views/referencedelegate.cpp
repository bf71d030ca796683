// SPDX-License-Identifier: EUPL-1.2
#include "referencedelegate.h"

#include "referencecombo.h"
#include "referencelistmodel.h"

#include <QLineEdit>

ReferenceDelegate::ReferenceDelegate(const FieldSpec &field, Database &database, QObject *parent)
    : FieldDelegate(field, parent)
    , m_records(new ReferenceListModel(database, *field.reference, this))
{
    if (!field.required)
        m_records->setNoneText(QStringLiteral(" "));
}

QWidget *ReferenceDelegate::createFieldEditor(QWidget *parent) const
{
    auto *combo = new ReferenceCombo(m_records, parent);
    commitOnChange(combo);
    return combo;
}

void ReferenceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<ReferenceCombo *>(editor)->setSelectedId(index.data(Qt::EditRole));
}

void ReferenceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<ReferenceCombo *>(editor);
    const std::optional<qint64> id = combo->selectedId();
    const QString text = combo->currentText().trimmed();
    if (id)
        model->setData(index, *id, Qt::EditRole);
    else
        model->setData(index, text.isEmpty() ? QVariant() : QVariant(text), Qt::EditRole);
}
