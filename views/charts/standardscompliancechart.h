// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// `standards-compliance`: for each school authority (and all together), the share of its
// schools that meet each minimum standard; one bar per standard.
class StandardsComplianceChart
{
public:
    static const char *const Name;
    static const char *const Title;
    static std::unique_ptr<ChartDocument> build(const StatisticsService &service, const StatisticsFilter &filter,
                                                DatabaseError &error);
};
