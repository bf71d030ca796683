// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "chartregistry.h"
#include "databaseerror.h"

#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// `funding-status`: per program the allocated, approved, paid out, spent and remaining
// budget of the filtered authorities, summed or one bar group per program and authority.
class FundingStatusChart
{
public:
    static const char *const Name;
    static const char *const Title;
    static std::unique_ptr<ChartDocument> build(const StatisticsService &service, const StatisticsFilter &filter,
                                                ChartRegistry::Grouping grouping, DatabaseError &error);
};
