// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A line above a table that says why an input or a deletion was refused, until the next
// successful change or until it is closed.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};
