// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>

#include <optional>

class StatisticsService;
struct StatisticsFilter;

// Equipment per school authority for the committee report: schools, pupils, devices in
// use, pupil devices and pupils per device, devices past their replacement cycle. Every
// authority of the filter gets a row, those without schools or devices too.
class ReportAuthorityEquipment
{
public:
    struct Row
    {
        qint64 authorityId = 0;
        QString authority;
        int schools = 0;
        qint64 pupils = 0;
        int devicesInUse = 0;
        int pupilDevices = 0;
        int devicesWithCycle = 0; // acquisition date known and the category has a cycle
        int devicesPastCycle = 0;

        std::optional<double> pupilsPerDevice() const;
        double pastCyclePercent() const; // of devicesWithCycle, one decimal
    };

    QList<Row> rows; // by authority name
    Row total;       // every row added up; no authority

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter,
                              ReportAuthorityEquipment &out);
};
