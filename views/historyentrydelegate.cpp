// SPDX-License-Identifier: EUPL-1.2
#include "historyentrydelegate.h"

#include "auditlogmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int Margin = 4;

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}
} // namespace

QString HistoryEntryDelegate::headline(const QModelIndex &index)
{
    return QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
        .arg(cell(index, AuditLogModel::ChangedAt), cell(index, AuditLogModel::User), cell(index, AuditLogModel::Action));
}

QString HistoryEntryDelegate::change(const QModelIndex &index)
{
    const QString field = cell(index, AuditLogModel::Field);
    const QString before = cell(index, AuditLogModel::OldValue);
    const QString after = cell(index, AuditLogModel::NewValue);
    if (field.isEmpty()) // a new or deleted record: what it held
        return after.isEmpty() ? before : after;
    const QString empty = tr("(empty)");
    return QStringLiteral("%1: %2 \u2192 %3").arg(field, before.isEmpty() ? empty : before, after.isEmpty() ? empty : after);
}

void HistoryEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const int lineHeight = option.fontMetrics.height();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect first(area.left(), area.top(), area.width(), lineHeight);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(headline(index), Qt::ElideRight, first.width()));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect second(area.left(), area.top() + lineHeight, area.width(), lineHeight);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(change(index), Qt::ElideRight, second.width()));
    painter->restore();
}

QSize HistoryEntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width(), 2 * option.fontMetrics.height() + Margin};
}

bool HistoryEntryDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), headline(index) + QLatin1Char('\n') + change(index), view);
    return true;
}
