// SPDX-License-Identifier: EUPL-1.2
#include "referencecombo.h"

#include "referencelistmodel.h"

#include <QCompleter>
#include <QLineEdit>

ReferenceCombo::ReferenceCombo(Database &database, EntityKind target, bool optional, QWidget *parent)
    : QComboBox(parent)
    , m_records(new ReferenceListModel(database, target, this))
{
    if (optional)
        m_records->setNoneText(QStringLiteral(" "));
    setUp();
}

ReferenceCombo::ReferenceCombo(ReferenceListModel *records, QWidget *parent)
    : QComboBox(parent)
    , m_records(records)
{
    setUp();
}

void ReferenceCombo::setUp()
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_records);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    auto *completer = new QCompleter(m_records, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type to search"));
}

std::optional<qint64> ReferenceCombo::selectedId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const int row = findText(currentText(), Qt::MatchFixedString);
    if (row >= 0) {
        const QVariant id = itemData(row, ReferenceListModel::RecordIdRole);
        if (!id.isNull())
            return id.toLongLong();
    }
    return m_records->idForText(text);
}

void ReferenceCombo::setSelectedId(const QVariant &id)
{
    if (id.isNull() || !id.isValid()) {
        setCurrentIndex(-1);
        setEditText(QString());
        return;
    }
    bool isNumber = false;
    const qint64 value = id.toLongLong(&isNumber);
    const int row = isNumber ? m_records->rowOfId(value) : -1;
    if (row >= 0) {
        setCurrentIndex(row);
        lineEdit()->setCursorPosition(0); // the start of a long name, not its end
    } else {
        setCurrentIndex(-1);
        setEditText(id.toString()); // refused input, shown as typed
    }
}
