// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// `systems-commonality`: per category of system, the products by the number of school
// authorities that run them: one bar per product, coloured by its category.
class SystemsCommonalityChart
{
public:
    static const char *const Name;
    static const char *const Title;
    // More products than this make bars too thin to read; the most widely used stay.
    static constexpr int MaxProducts = 20;
    static std::unique_ptr<ChartDocument> build(const StatisticsService &service, const StatisticsFilter &filter,
                                                DatabaseError &error);
};
