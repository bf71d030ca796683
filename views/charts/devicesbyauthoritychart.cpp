// SPDX-License-Identifier: EUPL-1.2
#include "devicesbyauthoritychart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "devicesbyauthority.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

const char *const DevicesByAuthorityChart::Name = "devices-by-authority";
const char *const DevicesByAuthorityChart::Title = QT_TRANSLATE_NOOP("Charts", "Devices in use per school authority");

std::unique_ptr<ChartDocument> DevicesByAuthorityChart::build(const StatisticsService &service,
                                                              const StatisticsFilter &filter, DatabaseError &error)
{
    DevicesByAuthority data;
    error = DevicesByAuthority::load(service, filter, data);
    if (error)
        return nullptr;

    auto chart = std::unique_ptr<QChart>(ChartStyle::createChart(QCoreApplication::translate("Charts", Title),
                                                                 ChartStyle::scopeLine(service, filter)));
    // Horizontal bars leave room for long authority names; the first row is drawn at the
    // bottom, so the rows go in reversed to read top-down in alphabetical order.
    QStringList authorities;
    for (auto row = data.rows.crbegin(); row != data.rows.crend(); ++row)
        authorities << row->authority;
    auto *series = new QHorizontalStackedBarSeries;
    for (qsizetype c = 0; c < data.categories.size(); ++c) {
        auto *set = new QBarSet(ChartStyle::escaped(data.categoryLabels.at(c)));
        ChartStyle::styleBarSet(set, ChartStyle::paletteColor(int(c)));
        for (auto row = data.rows.crbegin(); row != data.rows.crend(); ++row)
            set->append(row->counts.at(c));
        series->append(set);
    }
    chart->addSeries(series);
    int maxTotal = 0;
    for (const DevicesByAuthority::Row &row : std::as_const(data.rows))
        maxTotal = std::max(maxTotal, row.total);
    auto *valueAxis = ChartStyle::valueAxis(QCoreApplication::translate("Charts", "Devices in use"), maxTotal, true);
    auto *authorityAxis = ChartStyle::categoryAxis(QCoreApplication::translate("Charts", "School authority"),
                                                   authorities);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    chart->addAxis(authorityAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    series->attachAxis(authorityAxis);
    ChartStyle::placeLegend(chart.get(), data.categoryLabels);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
