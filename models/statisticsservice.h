// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "statisticsfilter.h"
#include "statisticssettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

class Database;
class QSqlQuery;
class SqlStatement;

// What every figure of the dashboard, the charts and the committee report is computed
// with: the database, the office's settings and the day counted as today (fixed in tests).
// The figures themselves are small classes (KeyFigures, DeviceAge, ...) with a static
// load(service, filter, out) each; the SQL pieces they share live here.
class StatisticsService
{
public:
    explicit StatisticsService(Database &database, const StatisticsSettings &settings = StatisticsSettings(),
                               const QDate &today = QDate::currentDate());

    Database &database() const { return m_database; }
    const StatisticsSettings &settings() const { return m_settings; }
    void setSettings(const StatisticsSettings &settings) { m_settings = settings; }
    QDate today() const { return m_today; }
    void setToday(const QDate &today) { m_today = today; }
    QDate referenceDay(const StatisticsFilter &filter) const { return filter.referenceDay(m_today); }

    DatabaseError run(const SqlStatement &statement, QSqlQuery &query, const QString &whatFailed) const;

    // Device categories counted as pupils' end devices, and the condition on a device row:
    // such a category, in use, and not given to teachers or the administration.
    static QStringList pupilDeviceCategories();
    // " FROM device d" and, when the filter narrows schools, " JOIN school s"; then
    // " WHERE 1 = 1" with the filter's school and year conditions. Callers append more.
    static void appendDeviceSource(SqlStatement &statement, const StatisticsFilter &filter);
    static void appendPupilDeviceCondition(SqlStatement &statement, const QString &deviceAlias);
    // The same as a CASE expression (1 or 0), to count pupil devices alongside others.
    static void appendPupilDeviceCase(SqlStatement &statement, const QString &deviceAlias);
    // CASE expressions (1 or 0) on a device row: its age is known and its category has a
    // replacement cycle; and it is older than that cycle on the reference day.
    void appendHasCycleCase(SqlStatement &statement, const QString &deviceAlias) const;
    void appendPastCycleCase(SqlStatement &statement, const QString &deviceAlias, const QDate &referenceDay) const;

    // Whether a change to this table can change any figure (for screens that follow edits).
    static bool readsTable(const QString &table);

    // Reads an integer aggregate that may come back as NULL, a number or (PostgreSQL's
    // SUM over BIGINT) a numeric string.
    static qint64 toInteger(const QVariant &value);

private:
    Database &m_database;
    StatisticsSettings m_settings;
    QDate m_today;
};
