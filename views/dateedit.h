// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLineEdit>

// A date typed as people write it (31.12.2025, 31.12.25, 1.3.2024) or picked from a
// calendar (the button at the right, or Alt+Down). Empty means no date; text that is no
// date is handed on as typed, so the validation can say so.
class DateEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QString isoDate READ isoDate WRITE setIsoDate USER true)
public:
    explicit DateEdit(QWidget *parent = nullptr);

    // yyyy-MM-dd for a date, "" when empty, otherwise the text as typed.
    QString isoDate() const;
    void setIsoDate(const QString &value);

    void showCalendar();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
