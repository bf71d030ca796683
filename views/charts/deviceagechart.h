// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// `device-age`: devices in use per acquisition year, those past their replacement cycle
// stacked on top in red.
class DeviceAgeChart
{
public:
    static const char *const Name;
    static const char *const Title;
    static std::unique_ptr<ChartDocument> build(const StatisticsService &service, const StatisticsFilter &filter,
                                                DatabaseError &error);
};
