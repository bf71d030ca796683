// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

// The title block of a committee report, as the office enters it before a meeting.
struct ReportTitle
{
    QString committee;  // "Ausschuss für Bildung und Schule"
    QDate meetingDate;  // invalid: not yet known
    QString agendaItem; // "TOP 5"
    QString office;     // the office that writes the paper
    QDate dataDate;     // the day the figures are computed for
};
