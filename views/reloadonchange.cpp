// SPDX-License-Identifier: EUPL-1.2
#include "reloadonchange.h"

#include "changenotifier.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {
constexpr int DelayMs = 150;
} // namespace

ReloadOnChange::ReloadOnChange(QWidget *widget, ChangeNotifier *notifier, const QStringList &tables,
                               std::function<void()> reload)
    : QObject(widget)
    , m_widget(widget)
    , m_tables(tables)
    , m_reload(std::move(reload))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DelayMs);
    connect(m_timer, &QTimer::timeout, this, &ReloadOnChange::run);
    if (notifier) {
        connect(notifier, &ChangeNotifier::tableChanged, this, [this](const QString &table) {
            if (m_tables.contains(table))
                markStale();
        });
    }
    widget->installEventFilter(this);
}

void ReloadOnChange::markStale()
{
    m_stale = true;
    if (m_widget->isVisible())
        m_timer->start();
}

bool ReloadOnChange::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show && m_stale)
        m_timer->start();
    return QObject::eventFilter(watched, event);
}

void ReloadOnChange::run()
{
    m_timer->stop();
    m_stale = false;
    m_reload();
}
