// SPDX-License-Identifier: EUPL-1.2
#include "schoolmeasures.h"

#include "contractschedule.h"
#include "sqlstatement.h"
#include "statisticsfilter.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <limits>

namespace {
QString whatFailed()
{
    return QCoreApplication::translate("Statistics", "Computing the minimum standards");
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return StatisticsService::toInteger(value);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<double> ratio(const std::optional<qint64> &people, int devices)
{
    if (!people || *people <= 0)
        return std::nullopt;
    if (devices == 0)
        return std::numeric_limits<double>::infinity();
    return double(*people) / devices;
}

QHash<qint64, int> indexById(const QList<SchoolMeasures::School> &schools)
{
    QHash<qint64, int> index;
    for (int i = 0; i < schools.size(); ++i)
        index.insert(schools.at(i).id, i);
    return index;
}

// Runs `statement` (school id, then one count per member) and stores the counts in the
// `members` of each school, in order.
DatabaseError countPerSchool(const StatisticsService &service, const SqlStatement &statement,
                             QList<SchoolMeasures::School> &schools,
                             std::initializer_list<int SchoolMeasures::School::*> members)
{
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query, whatFailed()))
        return error;
    const QHash<qint64, int> index = indexById(schools);
    while (query.next()) {
        const int row = index.value(query.value(0).toLongLong(), -1);
        if (row < 0)
            continue;
        int column = 1;
        for (int SchoolMeasures::School::*member : members)
            schools[row].*member = int(StatisticsService::toInteger(query.value(column++)));
    }
    return DatabaseError::none();
}
} // namespace

std::optional<double> SchoolMeasures::School::value(MinimumStandard::Measure measure) const
{
    using Measure = MinimumStandard::Measure;
    switch (measure) {
    case Measure::BroadbandMbits:
        return broadbandMbits;
    case Measure::WlanCoveragePercent:
        return wlanCoveragePercent;
    case Measure::PupilsPerDevice:
        return ratio(pupils, pupilDevices);
    case Measure::TeachersPerDevice:
        return ratio(teachers, teacherDevices);
    case Measure::DevicesWithinCyclePercent:
        if (cycledDevices == 0)
            return std::nullopt;
        return 100.0 * (cycledDevices - pastCycleDevices) / cycledDevices;
    case Measure::SupportContracts:
        return contracts;
    case Measure::MdmSystems:
        return mdmSystems;
    }
    return std::nullopt;
}

DatabaseError SchoolMeasures::load(const StatisticsService &service, const StatisticsFilter &filter,
                                   QList<School> &out)
{
    out.clear();
    SqlStatement statement(QStringLiteral(
        "SELECT s.id, s.school_number, s.name, s.school_type, s.authority_id, a.name, s.pupils, s.teachers,"
        " s.broadband_mbits, s.wlan_coverage_percent"
        " FROM school s JOIN authority a ON a.id = s.authority_id WHERE 1 = 1"));
    filter.appendSchool(statement, QStringLiteral("s"));
    statement.add(QStringLiteral(" ORDER BY a.name, s.name, s.school_number"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query, whatFailed()))
        return error;
    while (query.next()) {
        School school;
        school.id = query.value(0).toLongLong();
        school.number = query.value(1).toString();
        school.name = query.value(2).toString();
        school.type = query.value(3).toString();
        school.authorityId = query.value(4).toLongLong();
        school.authority = query.value(5).toString();
        school.pupils = optionalInteger(query.value(6));
        school.teachers = optionalInteger(query.value(7));
        school.broadbandMbits = optionalDouble(query.value(8));
        school.wlanCoveragePercent = optionalDouble(query.value(9));
        out.append(school);
    }
    if (out.isEmpty())
        return DatabaseError::none();
    if (const DatabaseError error = loadDevices(service, filter, out))
        return error;
    if (const DatabaseError error = loadContracts(service, filter, out))
        return error;
    return loadMdm(service, filter, out);
}

DatabaseError SchoolMeasures::loadDevices(const StatisticsService &service, const StatisticsFilter &filter,
                                          QList<School> &schools)
{
    QVariantList endDevices;
    for (const QString &category : StatisticsService::pupilDeviceCategories())
        endDevices << category;
    SqlStatement statement(QStringLiteral("SELECT d.school_id, COUNT(*), SUM(CASE WHEN 1 = 1"));
    StatisticsService::appendPupilDeviceCondition(statement, QStringLiteral("d"));
    statement.add(QStringLiteral(" THEN 1 ELSE 0 END),"));
    statement.addList(QStringLiteral(" SUM(CASE WHEN d.status = 'in_use' AND d.user_group = 'teachers'"
                                     " AND d.category IN ("),
                      endDevices, QStringLiteral(") THEN 1 ELSE 0 END),"));
    statement.add(QStringLiteral(" SUM(CASE WHEN d.status = 'in_use' THEN "));
    service.appendHasCycleCase(statement, QStringLiteral("d"));
    statement.add(QStringLiteral(" ELSE 0 END), SUM(CASE WHEN d.status = 'in_use' THEN "));
    service.appendPastCycleCase(statement, QStringLiteral("d"), service.referenceDay(filter));
    statement.add(QStringLiteral(" ELSE 0 END)"
                                 " FROM device d JOIN school s ON s.id = d.school_id WHERE 1 = 1"));
    filter.appendSchool(statement, QStringLiteral("s"));
    filter.appendDeviceYear(statement, QStringLiteral("d"));
    statement.add(QStringLiteral(" GROUP BY d.school_id"));
    return countPerSchool(service, statement, schools,
                          {&School::devices, &School::pupilDevices, &School::teacherDevices, &School::cycledDevices,
                           &School::pastCycleDevices});
}

DatabaseError SchoolMeasures::loadContracts(const StatisticsService &service, const StatisticsFilter &filter,
                                            QList<School> &schools)
{
    // A contract of any authority may cover a school (the county's service for a town's
    // school), so only the year narrows the contracts; the schools are narrowed already.
    StatisticsFilter yearOnly;
    yearOnly.year = filter.year;
    QList<ContractSchedule::Contract> contracts;
    if (const DatabaseError error = ContractSchedule::load(service, yearOnly, contracts))
        return error;
    const QDate day = service.referenceDay(filter);
    QVariantList running;
    for (const ContractSchedule::Contract &contract : std::as_const(contracts)) {
        const QDate end = ContractSchedule::finalEnd(contract);
        if (contract.terms.start.isValid() && contract.terms.start <= day && (!end.isValid() || end >= day))
            running << contract.id;
    }
    if (running.isEmpty())
        return DatabaseError::none();
    SqlStatement statement(QStringLiteral("SELECT cs.school_id, COUNT(*) FROM contract_school cs"
                                          " JOIN school s ON s.id = cs.school_id WHERE 1 = 1"));
    filter.appendSchool(statement, QStringLiteral("s"));
    statement.addList(QStringLiteral(" AND cs.contract_id IN ("), running);
    statement.add(QStringLiteral(" GROUP BY cs.school_id"));
    return countPerSchool(service, statement, schools, {&School::contracts});
}

DatabaseError SchoolMeasures::loadMdm(const StatisticsService &service, const StatisticsFilter &filter,
                                      QList<School> &schools)
{
    // An MDM of the whole authority (no school) serves all its schools; one of a school
    // serves that school only. A licence that ended before the reference day does not count.
    SqlStatement statement(QStringLiteral(
        "SELECT s.id, COUNT(*) FROM school s JOIN system y ON y.authority_id = s.authority_id"
        " AND (y.school_id IS NULL OR y.school_id = s.id)"
        " WHERE y.category = 'mdm' AND (y.licence_end IS NULL OR y.licence_end = '' OR y.licence_end >= ?)"),
        {service.referenceDay(filter).toString(Qt::ISODate)});
    filter.appendSchool(statement, QStringLiteral("s"));
    statement.add(QStringLiteral(" GROUP BY s.id"));
    return countPerSchool(service, statement, schools, {&School::mdmSystems});
}
