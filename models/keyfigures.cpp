// SPDX-License-Identifier: EUPL-1.2
#include "keyfigures.h"

#include "enumcatalog.h"
#include "money.h"
#include "sqlstatement.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {
QString whatFailed()
{
    return QCoreApplication::translate("Statistics", "Computing the key figures");
}
} // namespace

DatabaseError KeyFigures::load(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out)
{
    out = KeyFigures();
    out.referenceDay = service.referenceDay(filter);
    out.dueDays = service.settings().deadlineWarningDays();
    if (const DatabaseError error = loadSchools(service, filter, out))
        return error;
    if (const DatabaseError error = loadDevices(service, filter, out))
        return error;
    if (const DatabaseError error = loadFunding(service, filter, out))
        return error;
    return ContractSchedule::dueWithin(service, filter, out.dueDays, out.dueContracts);
}

DatabaseError KeyFigures::loadSchools(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out)
{
    SqlStatement statement(QStringLiteral("SELECT COUNT(*), SUM(s.pupils) FROM school s WHERE 1 = 1"));
    filter.appendSchool(statement, QStringLiteral("s"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query, whatFailed()))
        return error;
    if (query.next()) {
        out.schools = int(StatisticsService::toInteger(query.value(0)));
        out.pupils = StatisticsService::toInteger(query.value(1));
    }
    return DatabaseError::none();
}

DatabaseError KeyFigures::loadDevices(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out)
{
    const QString d = QStringLiteral("d");
    // One pass over the devices in use: per category the count, those with a known age and
    // a cycle, those past it, and the pupil devices.
    SqlStatement byCategory(QStringLiteral("SELECT d.category, COUNT(*), SUM("));
    service.appendHasCycleCase(byCategory, d);
    byCategory.add(QStringLiteral("), SUM("));
    service.appendPastCycleCase(byCategory, d, out.referenceDay);
    byCategory.add(QStringLiteral("), SUM("));
    StatisticsService::appendPupilDeviceCase(byCategory, d);
    byCategory.add(QStringLiteral(")"));
    StatisticsService::appendDeviceSource(byCategory, filter);
    byCategory.add(QStringLiteral(" AND d.status = 'in_use' GROUP BY d.category"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(byCategory, query, whatFailed()))
        return error;
    QHash<QString, Category> found;
    while (query.next()) {
        Category category;
        category.code = query.value(0).toString();
        category.label = EnumCatalog::label(EnumKind::DeviceCategory, category.code);
        category.inUse = int(StatisticsService::toInteger(query.value(1)));
        category.withCycle = int(StatisticsService::toInteger(query.value(2)));
        category.pastCycle = int(StatisticsService::toInteger(query.value(3)));
        out.pupilDevices += int(StatisticsService::toInteger(query.value(4)));
        found.insert(category.code, category);
    }
    // Catalogue order first, then codes the catalogue does not know (old data).
    QStringList order = EnumCatalog::codes(EnumKind::DeviceCategory);
    QStringList unknown;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!order.contains(it.key()))
            unknown << it.key();
    }
    unknown.sort();
    order += unknown;
    for (const QString &code : std::as_const(order)) {
        if (!found.contains(code))
            continue;
        const Category &category = found.value(code);
        out.categories.append(category);
        out.devicesInUse += category.inUse;
        out.devicesWithCycle += category.withCycle;
        out.devicesPastCycle += category.pastCycle;
    }
    out.pastCyclePercent = Money::sharePercent(out.devicesPastCycle, out.devicesWithCycle);

    if (out.pupilDevices > 0)
        out.pupilsPerDevice = double(out.pupils) / out.pupilDevices;
    return DatabaseError::none();
}

DatabaseError KeyFigures::loadFunding(const StatisticsService &service, const StatisticsFilter &filter, KeyFigures &out)
{
    SqlStatement statement(QStringLiteral(
        "SELECT SUM(al.allocated_cents), SUM(al.approved_cents), SUM(al.paid_out_cents), SUM(al.spent_cents)"
        " FROM allocation al WHERE 1 = 1"));
    filter.appendAuthority(statement, QStringLiteral("al.authority_id"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query, whatFailed()))
        return error;
    if (query.next()) {
        out.allocatedCents = StatisticsService::toInteger(query.value(0));
        out.approvedCents = StatisticsService::toInteger(query.value(1));
        out.paidOutCents = StatisticsService::toInteger(query.value(2));
        out.spentCents = StatisticsService::toInteger(query.value(3));
    }
    out.approvedPercent = Money::sharePercent(out.approvedCents, out.allocatedCents);
    out.paidOutPercent = Money::sharePercent(out.paidOutCents, out.allocatedCents);
    out.spentPercent = Money::sharePercent(out.spentCents, out.allocatedCents);
    return DatabaseError::none();
}
