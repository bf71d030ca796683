// SPDX-License-Identifier: EUPL-1.2
#include "currentrowdelegate.h"

#include <QAbstractItemView>

namespace {
constexpr int TintAlpha = 36;
}

void CurrentRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto *view = qobject_cast<const QAbstractItemView *>(parent());
    if (!view || !view->currentIndex().isValid() || view->currentIndex().row() != index.row()
        || (option->state & QStyle::State_Selected) || option->backgroundBrush.style() != Qt::NoBrush)
        return;
    QColor tint = option->palette.color(QPalette::Highlight);
    tint.setAlpha(TintAlpha);
    option->backgroundBrush = tint;
}
