// SPDX-License-Identifier: EUPL-1.2
#include "reportauthorityequipment.h"

#include "money.h"
#include "sqlstatement.h"
#include "statisticsfilter.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {
QString whatFailed()
{
    return QCoreApplication::translate("Report", "Computing the equipment per school authority");
}
} // namespace

std::optional<double> ReportAuthorityEquipment::Row::pupilsPerDevice() const
{
    if (pupilDevices <= 0)
        return std::nullopt;
    return double(pupils) / pupilDevices;
}

double ReportAuthorityEquipment::Row::pastCyclePercent() const
{
    return Money::sharePercent(devicesPastCycle, devicesWithCycle);
}

DatabaseError ReportAuthorityEquipment::load(const StatisticsService &service, const StatisticsFilter &filter,
                                             ReportAuthorityEquipment &out)
{
    out = ReportAuthorityEquipment();
    // Schools join on the ON clause, so an authority without (matching) schools keeps its row.
    SqlStatement schools(QStringLiteral("SELECT a.id, a.name, COUNT(s.id), SUM(s.pupils) FROM authority a"
                                        " LEFT JOIN school s ON s.authority_id = a.id"));
    filter.appendSchool(schools, QStringLiteral("s"));
    schools.add(QStringLiteral(" WHERE 1 = 1"));
    filter.appendAuthority(schools, QStringLiteral("a.id"));
    schools.add(QStringLiteral(" GROUP BY a.id, a.name ORDER BY a.name"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(schools, query, whatFailed()))
        return error;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Row row;
        row.authorityId = query.value(0).toLongLong();
        row.authority = query.value(1).toString();
        row.schools = int(StatisticsService::toInteger(query.value(2)));
        row.pupils = StatisticsService::toInteger(query.value(3));
        index.insert(row.authorityId, out.rows.size());
        out.rows.append(row);
    }

    const QString d = QStringLiteral("d");
    const QDate referenceDay = service.referenceDay(filter);
    SqlStatement devices(QStringLiteral("SELECT s.authority_id, COUNT(*), SUM(CASE WHEN 1 = 1"));
    StatisticsService::appendPupilDeviceCondition(devices, d);
    devices.add(QStringLiteral(" THEN 1 ELSE 0 END), SUM("));
    service.appendHasCycleCase(devices, d);
    devices.add(QStringLiteral("), SUM("));
    service.appendPastCycleCase(devices, d, referenceDay);
    devices.add(QStringLiteral(") FROM device d JOIN school s ON s.id = d.school_id WHERE d.status = 'in_use'"));
    filter.appendSchool(devices, QStringLiteral("s"));
    filter.appendDeviceYear(devices, d);
    devices.add(QStringLiteral(" GROUP BY s.authority_id"));
    if (const DatabaseError error = service.run(devices, query, whatFailed()))
        return error;
    while (query.next()) {
        const qsizetype at = index.value(query.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        Row &row = out.rows[at];
        row.devicesInUse = int(StatisticsService::toInteger(query.value(1)));
        row.pupilDevices = int(StatisticsService::toInteger(query.value(2)));
        row.devicesWithCycle = int(StatisticsService::toInteger(query.value(3)));
        row.devicesPastCycle = int(StatisticsService::toInteger(query.value(4)));
    }

    for (const Row &row : std::as_const(out.rows)) {
        out.total.schools += row.schools;
        out.total.pupils += row.pupils;
        out.total.devicesInUse += row.devicesInUse;
        out.total.pupilDevices += row.pupilDevices;
        out.total.devicesWithCycle += row.devicesWithCycle;
        out.total.devicesPastCycle += row.devicesPastCycle;
    }
    return DatabaseError::none();
}
