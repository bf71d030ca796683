// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

// One change of a record's history (a row of AuditLogModel) in two lines that fit a narrow
// pane: when, who and what was done; then the field with its old and new value, or what a
// new record held. The whole entry is the tooltip.
class HistoryEntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The two lines of the entry in `index`'s row.
    static QString headline(const QModelIndex &index);
    static QString change(const QModelIndex &index);
};
