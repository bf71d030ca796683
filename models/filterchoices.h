// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;
struct StatisticsFilter;

// What the filters of the dashboard, the charts and the command line can offer: the
// authorities, the school types that occur and the range of acquisition years.
class FilterChoices
{
public:
    struct Authority
    {
        qint64 id = 0;
        QString name;
    };

    QList<Authority> authorities; // by name
    QStringList schoolTypes;      // codes that occur, in catalogue order
    int firstYear = 0;            // 0 when no device has a date
    int lastYear = 0;

    // The id of the authority with this name (ignoring case), or 0.
    qint64 authorityId(const QString &name) const;

    // One line for a chart or a report: "Stadt Dülmen, Kreis Coesfeld · Primary school · 2023",
    // or "All school authorities".
    QString describe(const StatisticsFilter &filter) const;

    static DatabaseError load(const Database &database, FilterChoices &out);
};
