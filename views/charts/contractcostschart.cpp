// SPDX-License-Identifier: EUPL-1.2
#include "contractcostschart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "contractcosts.h"
#include "money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

const char *const ContractCostsChart::Name = "contract-costs";
const char *const ContractCostsChart::Title = QT_TRANSLATE_NOOP("Charts", "Annual cost of support contracts");

std::unique_ptr<ChartDocument> ContractCostsChart::build(const StatisticsService &service,
                                                         const StatisticsFilter &filter, DatabaseError &error)
{
    ContractCosts data;
    error = ContractCosts::load(service, filter, data);
    if (error)
        return nullptr;

    QString subtitle = ChartStyle::scopeLine(service, filter);
    if (data.contracts > 0)
        subtitle += QCoreApplication::translate("Charts", " \u00b7 %n contract(s), %1 a year", nullptr, data.contracts)
                        .arg(Money::format(data.totalCents));
    auto chart = std::unique_ptr<QChart>(
        ChartStyle::createChart(QCoreApplication::translate("Charts", Title), subtitle));
    const qint64 maxCents = data.vendors.isEmpty() ? 0 : data.vendors.first().annualCents;
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(maxCents);

    // Vendors with the highest cost on top: horizontal bars draw the first category at
    // the bottom, so the list goes in reversed.
    QStringList vendors;
    for (auto vendor = data.vendors.crbegin(); vendor != data.vendors.crend(); ++vendor)
        vendors << ChartStyle::shortened(vendor->name, 40);
    auto *series = new QHorizontalStackedBarSeries;
    for (qsizetype a = 0; a < data.authorities.size(); ++a) {
        const ContractCosts::Total &authority = data.authorities.at(a);
        auto *set = new QBarSet(ChartStyle::escaped(authority.name));
        ChartStyle::styleBarSet(set, ChartStyle::paletteColor(int(a)));
        for (auto vendor = data.vendors.crbegin(); vendor != data.vendors.crend(); ++vendor)
            set->append(double(data.cents(vendor->name, authority.id)) / scale.divisor);
        series->append(set);
    }
    chart->addSeries(series);
    auto *vendorAxis = ChartStyle::categoryAxis(QCoreApplication::translate("Charts", "Vendor"), vendors);
    auto *moneyAxis = ChartStyle::valueAxis(QCoreApplication::translate("Charts", "Annual cost in %1").arg(scale.unit),
                                            double(maxCents) / scale.divisor, false, scale.decimals);
    chart->addAxis(moneyAxis, Qt::AlignBottom);
    chart->addAxis(vendorAxis, Qt::AlignLeft);
    series->attachAxis(moneyAxis);
    series->attachAxis(vendorAxis);
    QStringList authorityNames;
    for (const ContractCosts::Total &authority : std::as_const(data.authorities))
        authorityNames << authority.name;
    ChartStyle::placeLegend(chart.get(), authorityNames);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
