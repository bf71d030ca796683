// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// `pupils-per-device`: pupils per pupil device for each school, highest first, with the
// office's target as a line.
class PupilsPerDeviceChart
{
public:
    static const char *const Name;
    static const char *const Title;
    static std::unique_ptr<ChartDocument> build(const StatisticsService &service, const StatisticsFilter &filter,
                                                DatabaseError &error);
};
