// SPDX-License-Identifier: EUPL-1.2
#include "statisticsfilter.h"

#include "sqlstatement.h"

#include <QVariantList>

namespace {
template <typename T>
QVariantList toVariants(const QList<T> &values)
{
    QVariantList result;
    result.reserve(values.size());
    for (const T &value : values)
        result << QVariant::fromValue(value);
    return result;
}
} // namespace

bool StatisticsFilter::operator==(const StatisticsFilter &other) const
{
    return authorityIds == other.authorityIds && schoolTypes == other.schoolTypes && year == other.year;
}

QDate StatisticsFilter::referenceDay(const QDate &today) const
{
    if (year <= 0)
        return today;
    const QDate end(year, 12, 31);
    return end < today ? end : today;
}

QString StatisticsFilter::yearEnd() const
{
    if (year <= 0)
        return {};
    return QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'));
}

void StatisticsFilter::appendAuthority(SqlStatement &statement, const QString &authorityColumn) const
{
    if (!authorityIds.isEmpty())
        statement.addList(QStringLiteral(" AND %1 IN (").arg(authorityColumn), toVariants(authorityIds));
}

void StatisticsFilter::appendSchool(SqlStatement &statement, const QString &schoolAlias) const
{
    appendAuthority(statement, schoolAlias + QStringLiteral(".authority_id"));
    if (!schoolTypes.isEmpty())
        statement.addList(QStringLiteral(" AND %1.school_type IN (").arg(schoolAlias), toVariants(schoolTypes));
}

void StatisticsFilter::appendDeviceYear(SqlStatement &statement, const QString &deviceAlias) const
{
    // ISO dates compare as text; a device without a date has no place in a given year.
    if (year > 0)
        statement.add(QStringLiteral(" AND %1.acquired_on <= ?").arg(deviceAlias), {yearEnd()});
}

void StatisticsFilter::appendContract(SqlStatement &statement, const QString &contractAlias) const
{
    appendAuthority(statement, contractAlias + QStringLiteral(".authority_id"));
    if (!schoolTypes.isEmpty()) {
        statement.addList(QStringLiteral(" AND EXISTS (SELECT 1 FROM contract_school cs"
                                         " JOIN school cs_s ON cs_s.id = cs.school_id"
                                         " WHERE cs.contract_id = %1.id AND cs_s.school_type IN (")
                              .arg(contractAlias),
                          toVariants(schoolTypes), QStringLiteral("))"));
    }
    if (year > 0)
        statement.add(QStringLiteral(" AND %1.start_date <= ?").arg(contractAlias), {yearEnd()});
}
