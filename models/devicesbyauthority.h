// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>
#include <QStringList>

class StatisticsService;
struct StatisticsFilter;

// Devices in use per authority and category (chart `devices-by-authority`, the report's
// equipment table). Every authority of the filter gets a row, those without devices too.
class DevicesByAuthority
{
public:
    struct Row
    {
        qint64 authorityId = 0;
        QString authority;
        QList<int> counts; // one per entry of categories
        int total = 0;
    };

    QStringList categories;      // codes with at least one device, in catalogue order
    QStringList categoryLabels;  // German labels of those codes
    QList<Row> rows;             // authorities by name
    QList<int> categoryTotals;   // one per entry of categories
    int total = 0;

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter,
                              DevicesByAuthority &out);
};
