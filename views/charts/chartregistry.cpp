// SPDX-License-Identifier: EUPL-1.2
#include "chartregistry.h"

#include "chartdocument.h"
#include "contractcostschart.h"
#include "contractdeadlineschart.h"
#include "deviceagechart.h"
#include "devicesbyauthoritychart.h"
#include "fundingstatuschart.h"
#include "pupilsperdevicechart.h"
#include "standardscompliancechart.h"
#include "systemscommonalitychart.h"

#include <QCoreApplication>

namespace {
template <typename Chart>
ChartRegistry::Entry entry()
{
    return {QString::fromLatin1(Chart::Name), Chart::Title,
            [](const StatisticsService &service, const StatisticsFilter &filter, ChartRegistry::Grouping,
               DatabaseError &error) { return Chart::build(service, filter, error); }};
}

// A chart whose build() takes the grouping as well.
template <typename Chart>
ChartRegistry::Entry groupableEntry()
{
    return {QString::fromLatin1(Chart::Name), Chart::Title, &Chart::build, true};
}
} // namespace

QString ChartRegistry::Entry::title() const
{
    return QCoreApplication::translate("Charts", titleSource);
}

const QList<ChartRegistry::Entry> &ChartRegistry::all()
{
    // The order of the dashboard and of `schulit chart --list`.
    static const QList<Entry> entries{
        entry<DevicesByAuthorityChart>(),
        entry<DeviceAgeChart>(),
        entry<PupilsPerDeviceChart>(),
        groupableEntry<FundingStatusChart>(),
        entry<ContractCostsChart>(),
        entry<ContractDeadlinesChart>(),
        entry<SystemsCommonalityChart>(),
        entry<StandardsComplianceChart>(),
    };
    return entries;
}

const ChartRegistry::Entry *ChartRegistry::find(const QString &name)
{
    for (const Entry &candidate : all()) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList ChartRegistry::names()
{
    QStringList result;
    for (const Entry &candidate : all())
        result << candidate.name;
    return result;
}

QStringList ChartRegistry::groupableNames()
{
    QStringList result;
    for (const Entry &candidate : all()) {
        if (candidate.groupable)
            result << candidate.name;
    }
    return result;
}

std::unique_ptr<ChartDocument> ChartRegistry::build(const QString &name, const StatisticsService &service,
                                                    const StatisticsFilter &filter, DatabaseError &error)
{
    return build(name, service, filter, Grouping::Summed, error);
}

std::unique_ptr<ChartDocument> ChartRegistry::build(const QString &name, const StatisticsService &service,
                                                    const StatisticsFilter &filter, Grouping grouping,
                                                    DatabaseError &error)
{
    const Entry *found = find(name);
    if (!found) {
        error = DatabaseError::make(DatabaseError::Kind::NotFound,
            QCoreApplication::translate("Charts", "There is no chart named \"%1\".").arg(name));
        return nullptr;
    }
    error = DatabaseError::none();
    return found->build(service, filter, grouping, error);
}
