// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class SqlStatement;

// What the dashboard, the charts, the report and the command line narrow the figures to.
// Empty lists mean "all". How each part applies:
// - authorityIds: schools, devices, allocations and contracts of those authorities;
// - schoolTypes: schools and their devices; contracts covering at least one such school;
//   allocations belong to an authority, not a school, so funding ignores school types;
// - year: the state at the end of that year: devices acquired by 31.12., contracts begun
//   by then, and "today" for ages and deadlines becomes 31.12. of that year when that lies
//   in the past. Funding amounts carry no date and ignore the year.
struct StatisticsFilter
{
    QList<qint64> authorityIds;
    QStringList schoolTypes;
    int year = 0; // 0: no year

    // Whether device figures need their school (authority or school type given); without,
    // they are counted from the device table alone, which is faster.
    bool narrowsSchools() const { return !authorityIds.isEmpty() || !schoolTypes.isEmpty(); }
    bool isEmpty() const { return authorityIds.isEmpty() && schoolTypes.isEmpty() && year == 0; }
    bool operator==(const StatisticsFilter &other) const;
    bool operator!=(const StatisticsFilter &other) const { return !(*this == other); }

    // The day ages and deadlines are measured from.
    QDate referenceDay(const QDate &today) const;
    // "yyyy-12-31" of the year, empty without a year.
    QString yearEnd() const;

    // Conditions appended as " AND ..." to a statement that already has a WHERE (or ON).
    void appendAuthority(SqlStatement &statement, const QString &authorityColumn) const;
    void appendSchool(SqlStatement &statement, const QString &schoolAlias) const;
    void appendDeviceYear(SqlStatement &statement, const QString &deviceAlias) const;
    void appendContract(SqlStatement &statement, const QString &contractAlias) const;
};
