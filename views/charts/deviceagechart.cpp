// SPDX-License-Identifier: EUPL-1.2
#include "deviceagechart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "deviceage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

const char *const DeviceAgeChart::Name = "device-age";
const char *const DeviceAgeChart::Title = QT_TRANSLATE_NOOP("Charts", "Devices in use by year of acquisition");

std::unique_ptr<ChartDocument> DeviceAgeChart::build(const StatisticsService &service, const StatisticsFilter &filter,
                                                     DatabaseError &error)
{
    DeviceAge data;
    error = DeviceAge::load(service, filter, data);
    if (error)
        return nullptr;

    QString subtitle = ChartStyle::scopeLine(service, filter);
    if (data.unknownDate > 0)
        subtitle += QCoreApplication::translate("Charts", " \u00b7 %n device(s) without a date not shown", nullptr,
                                                data.unknownDate);
    auto chart = std::unique_ptr<QChart>(
        ChartStyle::createChart(QCoreApplication::translate("Charts", Title), subtitle));
    auto *within = new QBarSet(QCoreApplication::translate("Charts", "Within the replacement cycle"));
    auto *past = new QBarSet(QCoreApplication::translate("Charts", "Past the replacement cycle"));
    ChartStyle::styleBarSet(within, ChartStyle::roleColor(ChartStyle::Role::Neutral));
    ChartStyle::styleBarSet(past, ChartStyle::roleColor(ChartStyle::Role::Bad));
    QStringList years;
    int maxDevices = 0;
    for (const DeviceAge::Year &year : std::as_const(data.years)) {
        years << QString::number(year.year); // a year, not a number: no thousands separator
        within->append(year.devices - year.pastCycle);
        past->append(year.pastCycle);
        maxDevices = std::max(maxDevices, year.devices);
    }
    auto *series = new QStackedBarSeries;
    series->append(within);
    series->append(past);
    chart->addSeries(series);
    auto *yearAxis = ChartStyle::categoryAxis(QCoreApplication::translate("Charts", "Year of acquisition"), years);
    auto *valueAxis = ChartStyle::valueAxis(QCoreApplication::translate("Charts", "Devices in use"), maxDevices, true);
    if (years.size() > 12)
        yearAxis->setLabelsAngle(-90);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(yearAxis);
    series->attachAxis(valueAxis);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
