// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class ChangeNotifier;
class QTimer;
class QWidget;

// Keeps a screen in step with the database without polling: when one of the given tables
// changes, it reloads the widget once (a burst of changes gives one reload), right away
// if the widget is visible, else when it is shown next.
class ReloadOnChange : public QObject
{
    Q_OBJECT
public:
    ReloadOnChange(QWidget *widget, ChangeNotifier *notifier, const QStringList &tables,
                   std::function<void()> reload);

    // Asks for a reload, e.g. after the filter changed.
    void markStale();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_widget;
    QStringList m_tables;
    std::function<void()> m_reload;
    QTimer *m_timer;
    bool m_stale = true;
};
