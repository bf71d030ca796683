// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// `contract-costs`: the annual cost of the support contracts per vendor, stacked by
// authority.
class ContractCostsChart
{
public:
    static const char *const Name;
    static const char *const Title;
    static std::unique_ptr<ChartDocument> build(const StatisticsService &service, const StatisticsFilter &filter,
                                                DatabaseError &error);
};
