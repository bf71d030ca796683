// SPDX-License-Identifier: EUPL-1.2
#include "checklistbutton.h"

#include "wholerowcheckdelegate.h"

#include <QListWidget>
#include <QMenu>
#include <QWidgetAction>

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int MaxVisibleRows = 16;
} // namespace

CheckListButton::CheckListButton(const QString &allText, QWidget *parent)
    : QToolButton(parent)
    , m_allText(allText)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    // A list inside the menu: checking an entry does not close the popup, as an action would.
    m_list = new QListWidget(menu);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setItemDelegate(new WholeRowCheckDelegate(m_list));
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_list);
    menu->addAction(action);
    menu->addSeparator();
    connect(menu->addAction(tr("Select &none (all)")), &QAction::triggered, this,
            [this] { setCheckedKeys({}); });
    setMenu(menu);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateText();
        emit checkedKeysChanged(checkedKeys());
    });
    updateText();
}

void CheckListButton::setEntries(const QList<QPair<QString, QString>> &keysAndLabels)
{
    const QStringList kept = checkedKeys();
    m_updating = true;
    m_list->clear();
    for (const auto &[key, label] : keysAndLabels) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(KeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(kept.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    const int rows = std::min<int>(int(keysAndLabels.size()), MaxVisibleRows);
    m_list->setFixedHeight(std::max(1, rows) * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 40);
    m_updating = false;
    updateText();
    if (checkedKeys() != kept)
        emit checkedKeysChanged(checkedKeys());
}

QStringList CheckListButton::checkedKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            keys << item->data(KeyRole).toString();
    }
    return keys;
}

void CheckListButton::setCheckedKeys(const QStringList &keys)
{
    const QStringList before = checkedKeys();
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateText();
    if (checkedKeys() != before)
        emit checkedKeysChanged(checkedKeys());
}

int CheckListButton::count() const
{
    return m_list->count();
}

void CheckListButton::updateText()
{
    QStringList labels;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            labels << item->text();
    }
    if (labels.isEmpty())
        setText(m_allText);
    else if (labels.size() == 1)
        setText(labels.first());
    else
        setText(tr("%1 of %2 selected").arg(labels.size()).arg(m_list->count()));
    setToolTip(labels.isEmpty() ? m_allText : labels.join(QLatin1Char('\n')));
}
