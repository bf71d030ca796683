// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "contractschedule.h"
#include "databaseerror.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class StatisticsService;
struct StatisticsFilter;

// The state of the county (or of the filtered authorities) at a glance: the dashboard's
// tiles and the first section of the committee report.
class KeyFigures
{
public:
    struct Category
    {
        QString code;
        QString label;
        int inUse = 0;
        int withCycle = 0; // acquisition date known and the category has a replacement cycle
        int pastCycle = 0;
    };

    QDate referenceDay;
    int schools = 0;
    qint64 pupils = 0;
    int devicesInUse = 0;
    QList<Category> categories; // categories with devices in use, in catalogue order
    int pupilDevices = 0;
    std::optional<double> pupilsPerDevice; // none without pupil devices
    int devicesWithCycle = 0;
    int devicesPastCycle = 0;
    double pastCyclePercent = 0; // of devicesWithCycle, one decimal

    qint64 allocatedCents = 0;
    qint64 approvedCents = 0;
    qint64 paidOutCents = 0;
    qint64 spentCents = 0;
    // Shares of the allocated budget, one decimal.
    double approvedPercent = 0;
    double paidOutPercent = 0;
    double spentPercent = 0;

    int dueDays = 0;
    QList<ContractSchedule::Due> dueContracts;

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out);

private:
    static DatabaseError loadSchools(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out);
    static DatabaseError loadDevices(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out);
    static DatabaseError loadFunding(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out);
};
