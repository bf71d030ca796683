// SPDX-License-Identifier: EUPL-1.2
#include "filterchoices.h"

#include "enumcatalog.h"
#include "sqlstatement.h"
#include "statisticsfilter.h"

#include <QCoreApplication>
#include <QSqlQuery>

qint64 FilterChoices::authorityId(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Authority &authority : authorities) {
        if (authority.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return authority.id;
    }
    return 0;
}

QString FilterChoices::describe(const StatisticsFilter &filter) const
{
    QStringList parts;
    if (filter.authorityIds.isEmpty()) {
        parts << QCoreApplication::translate("Statistics", "All school authorities");
    } else {
        QStringList names;
        for (const Authority &authority : authorities) {
            if (filter.authorityIds.contains(authority.id))
                names << authority.name;
        }
        parts << names.join(QStringLiteral(", "));
    }
    if (!filter.schoolTypes.isEmpty()) {
        QStringList types;
        for (const QString &code : filter.schoolTypes)
            types << EnumCatalog::label(EnumKind::SchoolType, code);
        parts << types.join(QStringLiteral(", "));
    }
    if (filter.year > 0)
        parts << QCoreApplication::translate("Statistics", "as of the end of %1").arg(filter.year);
    return parts.join(QStringLiteral(" \u00b7 "));
}

DatabaseError FilterChoices::load(const Database &database, FilterChoices &out)
{
    out = FilterChoices();
    const QString whatFailed = QCoreApplication::translate("Statistics", "Reading the filter choices");
    QSqlQuery query;
    if (const DatabaseError error = SqlStatement(QStringLiteral("SELECT id, name FROM authority ORDER BY name"))
                                        .exec(database, query, whatFailed))
        return error;
    while (query.next())
        out.authorities.append({query.value(0).toLongLong(), query.value(1).toString()});

    if (const DatabaseError error = SqlStatement(QStringLiteral("SELECT DISTINCT school_type FROM school"))
                                        .exec(database, query, whatFailed))
        return error;
    QStringList present;
    while (query.next())
        present << query.value(0).toString();
    for (const QString &code : EnumCatalog::codes(EnumKind::SchoolType)) {
        if (present.removeAll(code) > 0)
            out.schoolTypes << code;
    }
    present.sort();
    out.schoolTypes += present;

    // ISO dates: the smallest and largest text are the earliest and latest day.
    if (const DatabaseError error = SqlStatement(QStringLiteral(
            "SELECT MIN(acquired_on), MAX(acquired_on) FROM device WHERE acquired_on > ''"))
                                        .exec(database, query, whatFailed))
        return error;
    if (query.next()) {
        out.firstYear = query.value(0).toString().left(4).toInt();
        out.lastYear = query.value(1).toString().left(4).toInt();
    }
    return DatabaseError::none();
}
