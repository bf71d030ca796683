// SPDX-License-Identifier: EUPL-1.2
#include "benchmark.h"

#include "chartdocument.h"
#include "chartexporter.h"
#include "chartregistry.h"
#include "contractcosts.h"
#include "contractdeadlines.h"
#include "database.h"
#include "deviceage.h"
#include "devicesbyauthority.h"
#include "fundingstatus.h"
#include "keyfigures.h"
#include "pupilsperdevice.h"
#include "standardscompliance.h"
#include "statisticsservice.h"
#include "systemscommonality.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {
constexpr int Runs = 5;

using Load = std::function<DatabaseError(const StatisticsService &)>;

// The median of a few runs in milliseconds, wall clock and processor time: the first run
// reads the file from disk, the others from the cache, as on a dashboard that redraws after
// an edit; on a busy machine the wall clock counts the waiting too.
bool medianMs(const Load &load, const StatisticsService &service, double *ms, double *cpuMs, QString *error)
{
    QList<double> times;
    QList<double> cpuTimes;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        if (const DatabaseError failure = load(service)) {
            *error = failure.message;
            return false;
        }
        times << timer.nsecsElapsed() / 1e6;
        cpuTimes << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    *ms = times.at(Runs / 2);
    *cpuMs = cpuTimes.at(Runs / 2);
    return true;
}

template <typename Data>
Load loader(DatabaseError (*load)(const StatisticsService &, const StatisticsFilter &, Data &))
{
    return [load](const StatisticsService &service) {
        Data data;
        return load(service, StatisticsFilter(), data);
    };
}

QString figureName(const QString &prefix, const QString &chart)
{
    return prefix + QString(chart).replace(QLatin1Char('-'), QLatin1Char('_'));
}
} // namespace

bool benchCharts(BenchContext &context, QString *error)
{
    Database database;
    if (const DatabaseError failure = database.open(context.demoPath)) {
        *error = failure.message;
        return false;
    }
    const StatisticsService service(database, StatisticsSettings(), context.referenceDate);

    // The statistics alone: what every chart (and the report) waits for.
    const QList<std::pair<QString, Load>> loads{
        {QStringLiteral("key_figures"), loader<KeyFigures>(&KeyFigures::load)},
        {QStringLiteral("devices-by-authority"), loader<DevicesByAuthority>(&DevicesByAuthority::load)},
        {QStringLiteral("device-age"), loader<DeviceAge>(&DeviceAge::load)},
        {QStringLiteral("pupils-per-device"), loader<PupilsPerDevice>(&PupilsPerDevice::load)},
        {QStringLiteral("funding-status"),
         [](const StatisticsService &statistics) {
             FundingStatus data;
             return FundingStatus::load(statistics, StatisticsFilter(), FundingStatus::Grouping::Summed, data);
         }},
        {QStringLiteral("contract-costs"), loader<ContractCosts>(&ContractCosts::load)},
        {QStringLiteral("contract-deadlines"),
         [](const StatisticsService &statistics) {
             ContractDeadlines data;
             return ContractDeadlines::load(statistics, StatisticsFilter(), ContractDeadlines::DefaultMonths, data);
         }},
        {QStringLiteral("systems-commonality"),
         loader<QList<SystemsCommonality::Product>>(&SystemsCommonality::products)},
        {QStringLiteral("standards-compliance"), loader<StandardsCompliance>(&StandardsCompliance::load)},
    };
    for (const auto &[name, load] : loads) {
        double ms = 0;
        double cpuMs = 0;
        if (!medianMs(load, service, &ms, &cpuMs, error))
            return false;
        context.add(figureName(QStringLiteral("chart_data_"), name), ms, QStringLiteral("ms"), 1);
        context.add(figureName(QStringLiteral("chart_data_"), name) + QStringLiteral("_cpu"), cpuMs,
                    QStringLiteral("ms"), 1);
    }

    // Every registered chart built (statistics and chart) and drawn into a 1200 x 800 PNG.
    for (const ChartRegistry::Entry &entry : ChartRegistry::all()) {
        QElapsedTimer timer;
        timer.start();
        DatabaseError failure;
        const std::unique_ptr<ChartDocument> chart = entry.build(service, StatisticsFilter(), ChartRegistry::Grouping::Summed, failure);
        if (!chart) {
            *error = failure.message;
            return false;
        }
        const double buildMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!ChartExporter::toImage(*chart, ChartExporter::Options()).save(&buffer, "PNG")) {
            *error = QStringLiteral("cannot encode %1 as PNG").arg(entry.name);
            return false;
        }
        const double pngMs = timer.nsecsElapsed() / 1e6;
        context.add(figureName(QStringLiteral("chart_build_"), entry.name), buildMs, QStringLiteral("ms"), 1);
        context.add(figureName(QStringLiteral("chart_png_"), entry.name), pngMs, QStringLiteral("ms"), 1);
    }
    return true;
}
