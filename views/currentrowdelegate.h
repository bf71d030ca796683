// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

// Draws cells with the cells of the view's current row tinted (unless selected or coloured
// already), so the record being edited stays easy to find while the cell cursor marks one
// field. The delegate's parent is the view. The base of every table cell delegate.
class CurrentRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
