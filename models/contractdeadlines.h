// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QDate>
#include <QList>
#include <QString>

class StatisticsService;
struct StatisticsFilter;

// The dates of the support contracts over the coming months, starting in the month of the
// reference day (chart `contract-deadlines`): every last day to cancel, every term end at
// which a contract renews itself unless cancelled, and every final end of a contract
// without automatic renewal.
class ContractDeadlines
{
public:
    enum class Kind { LastDayToCancel, Renewal, FinalEnd };

    struct Event
    {
        QDate date;
        Kind kind = Kind::LastDayToCancel;
        qint64 contractId = 0;
        QString contractNumber;
        QString vendor;
        QString authority;
        QDate termEnd; // the end of the term the date belongs to
    };
    struct Month
    {
        QDate first; // first day of the month
        int lastDaysToCancel = 0;
        int renewals = 0;
        int finalEnds = 0;
    };

    QDate from;  // the reference day
    QDate until; // last day of the last month
    QList<Event> events; // by date, then kind, then contract number
    QList<Month> months; // one per month, including empty ones

    static constexpr int DefaultMonths = 24;
    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter, int monthCount,
                              ContractDeadlines &out);
};
