// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTreeWidget>

// The list of pages at the left of the main window, with the number of records next to
// each table. An entry may sit under another (allocations and measures under programs).
class NavigationPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit NavigationPanel(QWidget *parent = nullptr);

    // position -1 appends; under `parentPage` (a page index) nests the entry.
    void addEntry(const QString &title, int pageIndex, int position = -1, int parentPage = -1);
    void setCount(int pageIndex, const QString &count);
    void selectPage(int pageIndex);
    int currentPage() const;
    QString titleOf(int pageIndex) const;
    int pageOfTitle(const QString &title) const;

signals:
    void pageSelected(int pageIndex);

private:
    QTreeWidgetItem *itemOf(int pageIndex) const;
};
