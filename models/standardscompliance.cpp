// SPDX-License-Identifier: EUPL-1.2
#include "standardscompliance.h"

#include "statisticsservice.h"

#include <QCoreApplication>
#include <QHash>

std::optional<double> StandardsCompliance::Tally::sharePercent() const
{
    if (applicable() == 0)
        return std::nullopt;
    return 100.0 * met / applicable();
}

StandardsCompliance::Status StandardsCompliance::Tally::status() const
{
    if (notMet > 0)
        return Status::NotMet;
    if (noData > 0)
        return Status::NoData;
    if (met > 0)
        return Status::Met;
    return Status::NotApplicable;
}

void StandardsCompliance::Tally::add(Status status)
{
    switch (status) {
    case Status::Met:
        ++met;
        break;
    case Status::NotMet:
        ++notMet;
        break;
    case Status::NoData:
        ++noData;
        break;
    case Status::NotApplicable:
        break;
    }
}

StandardsCompliance::Cell StandardsCompliance::evaluateCell(const MinimumStandard &standard,
                                                            const SchoolMeasures::School &school)
{
    Cell cell;
    if (!standard.appliesTo(school.type))
        return cell;
    cell.value = school.value(standard.measure);
    if (!cell.value)
        cell.status = Status::NoData;
    else
        cell.status = standard.isMet(*cell.value) ? Status::Met : Status::NotMet;
    return cell;
}

StandardsCompliance StandardsCompliance::evaluate(const QList<MinimumStandard> &standards,
                                                  const QList<SchoolMeasures::School> &schools)
{
    StandardsCompliance result;
    result.standards = standards;
    result.totals = QList<Tally>(standards.size());
    QHash<qint64, int> authorityRow;
    for (const SchoolMeasures::School &school : schools) {
        SchoolRow row{school, {}};
        int authority = authorityRow.value(school.authorityId, -1);
        if (authority < 0) {
            authority = int(result.authorities.size());
            authorityRow.insert(school.authorityId, authority);
            result.authorities.append({school.authorityId, school.authority, QList<Tally>(standards.size())});
        }
        for (int i = 0; i < standards.size(); ++i) {
            const Cell cell = evaluateCell(standards.at(i), school);
            row.cells.append(cell);
            result.authorities[authority].tallies[i].add(cell.status);
            result.totals[i].add(cell.status);
        }
        result.schools.append(row);
    }
    return result;
}

DatabaseError StandardsCompliance::load(const StatisticsService &service, const StatisticsFilter &filter,
                                        StandardsCompliance &out)
{
    out = StandardsCompliance();
    QList<MinimumStandard> standards;
    if (const DatabaseError error = MinimumStandard::loadAll(service.database(), standards))
        return error;
    QList<SchoolMeasures::School> schools;
    if (const DatabaseError error = SchoolMeasures::load(service, filter, schools))
        return error;
    out = evaluate(standards, schools);
    return DatabaseError::none();
}

QString StandardsCompliance::statusText(Status status)
{
    switch (status) {
    case Status::Met:
        return QCoreApplication::translate("StandardsCompliance", "met");
    case Status::NotMet:
        return QCoreApplication::translate("StandardsCompliance", "not met");
    case Status::NoData:
        return QCoreApplication::translate("StandardsCompliance", "no data");
    case Status::NotApplicable:
        return QCoreApplication::translate("StandardsCompliance", "not applicable");
    }
    return {};
}

QList<SchoolMeasures::School> StandardsCompliance::schoolsWith(int standard, Status status) const
{
    QList<SchoolMeasures::School> result;
    for (const SchoolRow &row : schools) {
        if (row.cells.value(standard).status == status)
            result.append(row.school);
    }
    return result;
}
