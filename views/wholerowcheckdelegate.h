// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

// For lists of entries to tick: a click anywhere on an entry ticks or unticks it, not only
// on its small box.
class WholeRowCheckDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};
