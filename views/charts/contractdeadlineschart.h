// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// `contract-deadlines`: per month of the next 24, the contracts' last days to cancel, the
// renewals that follow unless cancelled, and the final ends.
class ContractDeadlinesChart
{
public:
    static const char *const Name;
    static const char *const Title;
    static std::unique_ptr<ChartDocument> build(const StatisticsService &service, const StatisticsFilter &filter,
                                                DatabaseError &error);
};
