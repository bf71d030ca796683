// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "keyfigures.h"

#include <optional>

class StatisticsService;
struct StatisticsFilter;

// Figures that more than one report section needs, computed once per report: on the
// 100,000-device county each costs a scan of the device table.
class ReportFigureCache
{
public:
    ReportFigureCache(const StatisticsService &service, const StatisticsFilter &filter);

    // Sets `out` to the key figures of the report's scope, computing them on first use.
    DatabaseError keyFigures(const KeyFigures *&out);

private:
    const StatisticsService &m_service;
    const StatisticsFilter &m_filter;
    std::optional<KeyFigures> m_keyFigures;
};
