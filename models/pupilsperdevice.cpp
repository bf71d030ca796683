// SPDX-License-Identifier: EUPL-1.2
#include "pupilsperdevice.h"

#include "sqlstatement.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QSqlQuery>

DatabaseError PupilsPerDevice::load(const StatisticsService &service, const StatisticsFilter &filter,
                                    PupilsPerDevice &out)
{
    out = PupilsPerDevice();
    out.target = service.settings().targetPupilsPerDevice();
    // Pupil devices counted per school from the device table alone, then joined to every
    // school (those without devices keep 0): one pass over the devices, no lookup per device.
    SqlStatement statement(QStringLiteral(
        "SELECT s.id, s.school_number, s.name, a.name, s.pupils, COALESCE(dc.devices, 0)"
        " FROM school s JOIN authority a ON a.id = s.authority_id"
        " LEFT JOIN (SELECT d.school_id AS school_id, COUNT(*) AS devices FROM device d WHERE 1 = 1"));
    StatisticsService::appendPupilDeviceCondition(statement, QStringLiteral("d"));
    filter.appendDeviceYear(statement, QStringLiteral("d"));
    statement.add(QStringLiteral(" GROUP BY d.school_id) dc ON dc.school_id = s.id WHERE 1 = 1"));
    filter.appendSchool(statement, QStringLiteral("s"));
    statement.add(QStringLiteral(
        " ORDER BY CASE WHEN COALESCE(s.pupils, 0) = 0 THEN 2 WHEN COALESCE(dc.devices, 0) = 0 THEN 1 ELSE 0 END,"
        " CAST(COALESCE(s.pupils, 0) AS DOUBLE PRECISION) / NULLIF(COALESCE(dc.devices, 0), 0) DESC, s.name"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query,
            QCoreApplication::translate("Statistics", "Computing pupils per device")))
        return error;
    while (query.next()) {
        School school;
        school.schoolId = query.value(0).toLongLong();
        school.schoolNumber = query.value(1).toString();
        school.name = query.value(2).toString();
        school.authority = query.value(3).toString();
        school.pupils = StatisticsService::toInteger(query.value(4));
        school.devices = int(StatisticsService::toInteger(query.value(5)));
        if (school.pupils > 0 && school.devices > 0)
            school.ratio = double(school.pupils) / school.devices;
        if (school.pupils > 0 && (!school.ratio || *school.ratio > out.target))
            ++out.schoolsAboveTarget;
        out.pupils += school.pupils;
        out.devices += school.devices;
        out.schools.append(school);
    }
    if (out.devices > 0)
        out.ratio = double(out.pupils) / out.devices;
    return DatabaseError::none();
}
