// SPDX-License-Identifier: EUPL-1.2
#include "dateedit.h"

#include "fieldtext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QWidgetAction>

namespace {
// The theme's calendar icon, or a small drawn sheet of a calendar where there is no theme.
QIcon calendarIcon()
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("x-office-calendar"));
    if (!themed.isNull())
        return themed;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x50, 0x5a, 0x66);
    painter.setPen(QPen(ink, 2));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3);
    painter.fillRect(QRectF(5, 7, 22, 6), QColor(0xc0, 0x39, 0x2b));
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 4; ++column)
            painter.drawRect(QRectF(8 + column * 5, 16 + row * 5, 3, 3));
    }
    return QIcon(pixmap);
}
} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd.mm.yyyy"));
    QAction *calendar = addAction(calendarIcon(), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateEdit::showCalendar);
}

QString DateEdit::isoDate() const
{
    if (text().trimmed().isEmpty())
        return {};
    if (const auto day = FieldText::parseDate(text()))
        return day->toString(Qt::ISODate);
    return text().trimmed();
}

void DateEdit::setIsoDate(const QString &value)
{
    const QDate day = QDate::fromString(value, Qt::ISODate);
    setText(day.isValid() ? FieldText::date(day) : value);
}

void DateEdit::showCalendar()
{
    QMenu popup(this);
    auto *calendar = new QCalendarWidget(&popup);
    calendar->setGridVisible(true);
    if (const auto day = FieldText::parseDate(text()))
        calendar->setSelectedDate(*day);
    auto *action = new QWidgetAction(&popup);
    action->setDefaultWidget(calendar);
    popup.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &popup, [this, &popup](const QDate &day) {
        setText(FieldText::date(day));
        popup.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &popup, [this, &popup](const QDate &day) {
        setText(FieldText::date(day));
        popup.close();
    });
    calendar->setFocus();
    popup.exec(mapToGlobal(QPoint(0, height())));
    setFocus();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier) || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
