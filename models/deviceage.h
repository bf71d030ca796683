// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QDate>
#include <QList>

class StatisticsService;
struct StatisticsFilter;

// Devices in use by acquisition year, and how many of them are past the replacement cycle
// of their category on the reference day (chart `device-age`, replacement planning).
class DeviceAge
{
public:
    struct Year
    {
        int year = 0;
        int devices = 0;
        int pastCycle = 0;
    };

    QDate referenceDay;
    QList<Year> years; // ascending, without gaps between the first and the last year
    int unknownDate = 0; // devices in use without an acquisition date
    int devices = 0;     // with a date
    int pastCycle = 0;

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter, DeviceAge &out);
};
