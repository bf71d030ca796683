// SPDX-License-Identifier: EUPL-1.2
#include "statisticsservice.h"

#include "database.h"
#include "enumcatalog.h"
#include "sqlstatement.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariantList>

namespace {
QString knownDate(const QString &deviceAlias)
{
    return QStringLiteral("%1.acquired_on IS NOT NULL AND LENGTH(%1.acquired_on) = 10").arg(deviceAlias);
}
} // namespace

StatisticsService::StatisticsService(Database &database, const StatisticsSettings &settings, const QDate &today)
    : m_database(database)
    , m_settings(settings)
    , m_today(today)
{
}

DatabaseError StatisticsService::run(const SqlStatement &statement, QSqlQuery &query, const QString &whatFailed) const
{
    return statement.exec(m_database, query, whatFailed);
}

QStringList StatisticsService::pupilDeviceCategories()
{
    return {QStringLiteral("pc"), QStringLiteral("notebook"), QStringLiteral("tablet")};
}

void StatisticsService::appendDeviceSource(SqlStatement &statement, const StatisticsFilter &filter)
{
    // Joining every device to its school costs a lookup per row; only a filter on schools
    // needs it.
    if (filter.narrowsSchools())
        statement.add(QStringLiteral(" FROM device d JOIN school s ON s.id = d.school_id WHERE 1 = 1"));
    else
        statement.add(QStringLiteral(" FROM device d WHERE 1 = 1"));
    filter.appendSchool(statement, QStringLiteral("s"));
    filter.appendDeviceYear(statement, QStringLiteral("d"));
}

namespace {
QVariantList pupilCategories()
{
    QVariantList categories;
    for (const QString &category : StatisticsService::pupilDeviceCategories())
        categories << category;
    return categories;
}

QString pupilGroup(const QString &deviceAlias)
{
    return QStringLiteral("(%1.user_group IS NULL OR %1.user_group = '' OR %1.user_group = 'pupils')").arg(deviceAlias);
}
} // namespace

void StatisticsService::appendPupilDeviceCondition(SqlStatement &statement, const QString &deviceAlias)
{
    statement.add(QStringLiteral(" AND %1.status = 'in_use'").arg(deviceAlias));
    statement.addList(QStringLiteral(" AND %1.category IN (").arg(deviceAlias), pupilCategories());
    statement.add(QStringLiteral(" AND ") + pupilGroup(deviceAlias));
}

void StatisticsService::appendPupilDeviceCase(SqlStatement &statement, const QString &deviceAlias)
{
    statement.add(QStringLiteral("CASE WHEN %1.status = 'in_use'").arg(deviceAlias));
    statement.addList(QStringLiteral(" AND %1.category IN (").arg(deviceAlias), pupilCategories());
    statement.add(QStringLiteral(" AND %1 THEN 1 ELSE 0 END").arg(pupilGroup(deviceAlias)));
}

void StatisticsService::appendHasCycleCase(SqlStatement &statement, const QString &deviceAlias) const
{
    QVariantList cycled;
    const QMap<QString, int> cycles = m_settings.replacementCycles();
    for (auto it = cycles.cbegin(); it != cycles.cend(); ++it) {
        if (it.value() > 0)
            cycled << it.key();
    }
    if (cycled.isEmpty()) {
        statement.add(QStringLiteral("0"));
        return;
    }
    statement.add(QStringLiteral("CASE WHEN %1").arg(knownDate(deviceAlias)));
    statement.addList(QStringLiteral(" AND %1.category IN (").arg(deviceAlias), cycled);
    statement.add(QStringLiteral(" THEN 1 ELSE 0 END"));
}

void StatisticsService::appendPastCycleCase(SqlStatement &statement, const QString &deviceAlias,
                                            const QDate &referenceDay) const
{
    // Categories with the same cycle share one cut-off day: acquired before it means older
    // than the cycle on the reference day. ISO dates compare correctly as text.
    QMap<int, QVariantList> categoriesByYears;
    const QMap<QString, int> cycles = m_settings.replacementCycles();
    for (auto it = cycles.cbegin(); it != cycles.cend(); ++it) {
        if (it.value() > 0)
            categoriesByYears[it.value()] << it.key();
    }
    if (categoriesByYears.isEmpty()) {
        statement.add(QStringLiteral("0"));
        return;
    }
    statement.add(QStringLiteral("CASE WHEN NOT (%1) THEN 0").arg(knownDate(deviceAlias)));
    for (auto it = categoriesByYears.cbegin(); it != categoriesByYears.cend(); ++it) {
        const QString cutOff = referenceDay.addYears(-it.key()).toString(Qt::ISODate);
        statement.addList(QStringLiteral(" WHEN %1.category IN (").arg(deviceAlias), it.value());
        statement.add(QStringLiteral(" AND %1.acquired_on < ? THEN 1").arg(deviceAlias), {cutOff});
    }
    statement.add(QStringLiteral(" ELSE 0 END"));
}

bool StatisticsService::readsTable(const QString &table)
{
    static const QStringList tables{
        QStringLiteral("authority"),       QStringLiteral("school"),     QStringLiteral("device"),
        QStringLiteral("funding_program"), QStringLiteral("allocation"), QStringLiteral("support_contract"),
        QStringLiteral("contract_school"), QStringLiteral("system"),  QStringLiteral("minimum_standard"),
    };
    return tables.contains(table);
}

qint64 StatisticsService::toInteger(const QVariant &value)
{
    if (value.isNull())
        return 0;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (ok)
        return number;
    // PostgreSQL hands back SUM(bigint) as numeric, which may arrive as "123.000".
    return qRound64(value.toDouble());
}
