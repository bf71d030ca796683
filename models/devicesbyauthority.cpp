// SPDX-License-Identifier: EUPL-1.2
#include "devicesbyauthority.h"

#include "enumcatalog.h"
#include "sqlstatement.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {
QString whatFailed()
{
    return QCoreApplication::translate("Statistics", "Counting the devices per school authority");
}
} // namespace

DatabaseError DevicesByAuthority::load(const StatisticsService &service, const StatisticsFilter &filter,
                                       DevicesByAuthority &out)
{
    out = DevicesByAuthority();
    SqlStatement authorities(QStringLiteral("SELECT a.id, a.name FROM authority a WHERE 1 = 1"));
    filter.appendAuthority(authorities, QStringLiteral("a.id"));
    authorities.add(QStringLiteral(" ORDER BY a.name"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(authorities, query, whatFailed()))
        return error;
    QHash<qint64, int> rowOf;
    while (query.next()) {
        Row row;
        row.authorityId = query.value(0).toLongLong();
        row.authority = query.value(1).toString();
        rowOf.insert(row.authorityId, int(out.rows.size()));
        out.rows.append(row);
    }

    // Counted per school first, from the device table alone, then added up per authority:
    // one school lookup per school and category instead of one per device.
    SqlStatement counts(QStringLiteral(
        "SELECT s.authority_id, dc.category, SUM(dc.devices) FROM"
        " (SELECT d.school_id AS school_id, d.category AS category, COUNT(*) AS devices"
        " FROM device d WHERE d.status = 'in_use'"));
    filter.appendDeviceYear(counts, QStringLiteral("d"));
    counts.add(QStringLiteral(" GROUP BY d.school_id, d.category) dc JOIN school s ON s.id = dc.school_id WHERE 1 = 1"));
    filter.appendSchool(counts, QStringLiteral("s"));
    counts.add(QStringLiteral(" GROUP BY s.authority_id, dc.category"));
    if (const DatabaseError error = service.run(counts, query, whatFailed()))
        return error;
    struct Cell
    {
        qint64 authorityId;
        QString category;
        int count;
    };
    QList<Cell> cells;
    QStringList present;
    while (query.next()) {
        const Cell cell{query.value(0).toLongLong(), query.value(1).toString(),
                        int(StatisticsService::toInteger(query.value(2)))};
        cells.append(cell);
        if (!present.contains(cell.category))
            present << cell.category;
    }
    for (const QString &code : EnumCatalog::codes(EnumKind::DeviceCategory)) {
        if (present.removeAll(code) > 0)
            out.categories << code;
    }
    present.sort();
    out.categories += present; // codes the catalogue does not know
    for (const QString &code : std::as_const(out.categories))
        out.categoryLabels << EnumCatalog::label(EnumKind::DeviceCategory, code);

    out.categoryTotals = QList<int>(out.categories.size(), 0);
    for (Row &row : out.rows)
        row.counts = QList<int>(out.categories.size(), 0);
    for (const Cell &cell : std::as_const(cells)) {
        const int row = rowOf.value(cell.authorityId, -1);
        const qsizetype column = out.categories.indexOf(cell.category);
        if (row < 0 || column < 0)
            continue;
        out.rows[row].counts[column] += cell.count;
        out.rows[row].total += cell.count;
        out.categoryTotals[column] += cell.count;
        out.total += cell.count;
    }
    return DatabaseError::none();
}
