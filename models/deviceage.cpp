// SPDX-License-Identifier: EUPL-1.2
#include "deviceage.h"

#include "sqlstatement.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

DatabaseError DeviceAge::load(const StatisticsService &service, const StatisticsFilter &filter, DeviceAge &out)
{
    out = DeviceAge();
    out.referenceDay = service.referenceDay(filter);
    const QString year = QStringLiteral("CAST(substr(d.acquired_on, 1, 4) AS INTEGER)");
    SqlStatement statement(QStringLiteral("SELECT %1, COUNT(*), SUM(").arg(year));
    service.appendPastCycleCase(statement, QStringLiteral("d"), out.referenceDay);
    statement.add(QStringLiteral(")"));
    StatisticsService::appendDeviceSource(statement, filter);
    statement.add(QStringLiteral(" AND d.status = 'in_use' GROUP BY %1").arg(year));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query,
            QCoreApplication::translate("Statistics", "Counting the devices by age")))
        return error;
    QMap<int, Year> byYear;
    while (query.next()) {
        const int devices = int(StatisticsService::toInteger(query.value(1)));
        if (query.value(0).isNull() || query.value(0).toInt() <= 0) {
            out.unknownDate += devices;
            continue;
        }
        Year entry{query.value(0).toInt(), devices, int(StatisticsService::toInteger(query.value(2)))};
        byYear.insert(entry.year, entry);
        out.devices += entry.devices;
        out.pastCycle += entry.pastCycle;
    }
    if (byYear.isEmpty())
        return DatabaseError::none();
    for (int y = byYear.firstKey(); y <= byYear.lastKey(); ++y)
        out.years.append(byYear.value(y, Year{y, 0, 0}));
    return DatabaseError::none();
}
