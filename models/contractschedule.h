// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "contractterms.h"
#include "databaseerror.h"

#include <QDate>
#include <QList>
#include <QString>

class StatisticsService;
struct StatisticsFilter;

// The support contracts of a filter with their dates. Contracts are few (dozens, not
// thousands), and their deadlines need the month arithmetic of ContractTerms, which SQL
// cannot do portably; so they are loaded once and computed here.
class ContractSchedule
{
public:
    struct Contract
    {
        qint64 id = 0;
        QString number;
        QString vendor;
        qint64 authorityId = 0;
        QString authority;
        qint64 annualCostCents = 0;
        ContractTerms::Contract terms;
    };

    // A contract whose next last day to cancel falls between the reference day and
    // `days` days later.
    struct Due
    {
        Contract contract;
        QDate lastDayToCancel;
        QDate termEnd;
        int daysLeft = 0;
    };

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter,
                              QList<Contract> &out);
    // Sorted by last day to cancel, then contract number.
    static DatabaseError dueWithin(const StatisticsService &service, const StatisticsFilter &filter, int days,
                                   QList<Due> &out);
    // The last day a contract without automatic renewal runs; invalid for renewing ones.
    static QDate finalEnd(const Contract &contract);
};
