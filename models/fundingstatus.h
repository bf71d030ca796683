// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QDate>
#include <QList>
#include <QString>

class StatisticsService;
struct StatisticsFilter;

// Per funding program: allocated, approved, paid out, spent and remaining budget, summed
// over the filtered authorities or one row per program and authority (chart
// `funding-status`, the report's funding table). Programs without an allocation for the
// filtered authorities are left out.
class FundingStatus
{
public:
    enum class Grouping { Summed, PerAuthority };

    struct Row
    {
        qint64 programId = 0;
        QString program;
        qint64 authorityId = 0; // 0 when summed
        QString authority;      // empty when summed
        qint64 allocatedCents = 0;
        qint64 approvedCents = 0;
        qint64 paidOutCents = 0;
        qint64 spentCents = 0;
        qint64 remainingCents() const { return allocatedCents - spentCents; } // not yet spent
        QDate spendingDeadline;
        QDate proofOfUseDeadline;
    };

    Grouping grouping = Grouping::Summed;
    QList<Row> rows; // by program name, then authority name
    Row total;       // every row added up; no program, no deadlines

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter, Grouping grouping,
                              FundingStatus &out);
};
