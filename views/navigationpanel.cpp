// SPDX-License-Identifier: EUPL-1.2
#include "navigationpanel.h"

#include <QHeaderView>

#include <algorithm>

namespace {
enum Column { TitleColumn, CountColumn };
constexpr int PageRole = Qt::UserRole + 1;
} // namespace

NavigationPanel::NavigationPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    setMinimumWidth(190);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit pageSelected(current->data(TitleColumn, PageRole).toInt());
    });
}

QTreeWidgetItem *NavigationPanel::itemOf(int pageIndex) const
{
    for (QTreeWidgetItemIterator it(const_cast<NavigationPanel *>(this)); *it; ++it) {
        if ((*it)->data(TitleColumn, PageRole).toInt() == pageIndex)
            return *it;
    }
    return nullptr;
}

void NavigationPanel::addEntry(const QString &title, int pageIndex, int position, int parentPage)
{
    auto *item = new QTreeWidgetItem({title, QString()});
    item->setData(TitleColumn, PageRole, pageIndex);
    item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setForeground(CountColumn, palette().brush(QPalette::PlaceholderText));
    if (QTreeWidgetItem *parentItem = parentPage >= 0 ? itemOf(parentPage) : nullptr) {
        parentItem->addChild(item);
        parentItem->setExpanded(true);
    } else if (position >= 0 && position <= topLevelItemCount()) {
        insertTopLevelItem(position, item);
    } else {
        addTopLevelItem(item);
    }
    // Wide enough for every title next to a six-digit count, so no page name is cut.
    int depth = 0;
    for (const QTreeWidgetItem *up = item->parent(); up; up = up->parent())
        ++depth;
    const int needed = fontMetrics().horizontalAdvance(title) + (depth + 1) * indentation()
                       + fontMetrics().horizontalAdvance(QStringLiteral("100.000")) + 4 * frameWidth() + 24;
    setMinimumWidth(std::max(minimumWidth(), needed));
}

void NavigationPanel::setCount(int pageIndex, const QString &count)
{
    if (QTreeWidgetItem *item = itemOf(pageIndex))
        item->setText(CountColumn, count);
}

void NavigationPanel::selectPage(int pageIndex)
{
    if (QTreeWidgetItem *item = itemOf(pageIndex))
        setCurrentItem(item);
}

int NavigationPanel::currentPage() const
{
    return currentItem() ? currentItem()->data(TitleColumn, PageRole).toInt() : -1;
}

QString NavigationPanel::titleOf(int pageIndex) const
{
    const QTreeWidgetItem *item = itemOf(pageIndex);
    return item ? item->text(TitleColumn) : QString();
}

int NavigationPanel::pageOfTitle(const QString &title) const
{
    for (QTreeWidgetItemIterator it(const_cast<NavigationPanel *>(this)); *it; ++it) {
        if ((*it)->text(TitleColumn) == title)
            return (*it)->data(TitleColumn, PageRole).toInt();
    }
    return -1;
}
