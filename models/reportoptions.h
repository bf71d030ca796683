// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reporttitle.h"
#include "statisticsfilter.h"

#include <QList>
#include <QStringList>

// Everything that decides what a committee report says: its title block, its scope and
// how far ahead it looks for contract deadlines.
struct ReportOptions
{
    static constexpr int DefaultContractMonths = 6;
    static constexpr int MaxContractMonths = 60;

    ReportTitle title;
    QList<qint64> authorityIds;   // empty: the whole county
    int contractMonths = DefaultContractMonths;
    QStringList omittedSections;  // keys of sections left out (new sections appear by default)

    StatisticsFilter filter() const
    {
        StatisticsFilter result;
        result.authorityIds = authorityIds;
        return result;
    }
};
