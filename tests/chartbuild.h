// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "chartdocument.h"
#include "chartregistry.h"
#include "statisticsfilter.h"

#include <memory>

// A chart of the registry built for a test; a failure is printed and gives no chart.
inline std::unique_ptr<ChartDocument> buildChart(const QString &name, const StatisticsService &service,
                                                 const StatisticsFilter &filter = {})
{
    DatabaseError error;
    auto chart = ChartRegistry::build(name, service, filter, error);
    if (error)
        qWarning("%s", qPrintable(error.message));
    return chart;
}
