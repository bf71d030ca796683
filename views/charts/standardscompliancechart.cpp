// SPDX-License-Identifier: EUPL-1.2
#include "standardscompliancechart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "standardscompliance.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

const char *const StandardsComplianceChart::Name = "standards-compliance";
const char *const StandardsComplianceChart::Title =
    QT_TRANSLATE_NOOP("Charts", "Schools meeting the minimum standards");

std::unique_ptr<ChartDocument> StandardsComplianceChart::build(const StatisticsService &service,
                                                               const StatisticsFilter &filter, DatabaseError &error)
{
    StandardsCompliance data;
    error = StandardsCompliance::load(service, filter, data);
    if (error)
        return nullptr;

    auto chart = std::unique_ptr<QChart>(ChartStyle::createChart(QCoreApplication::translate("Charts", Title),
                                                                 ChartStyle::scopeLine(service, filter)));
    // Horizontal bars leave room for the authorities' names; with more than one authority,
    // the whole filter comes first to compare against. The first group is drawn at the
    // bottom, so the groups go in reversed to read top-down.
    const bool withTotal = data.authorities.size() > 1;
    QStringList groups;
    for (auto authority = data.authorities.crbegin(); authority != data.authorities.crend(); ++authority)
        groups << ChartStyle::shortened(authority->name, 32);
    if (withTotal)
        groups << QCoreApplication::translate("Charts", "All together");

    // A standard that applies to none of a group's schools has no share: drawn as 0 and
    // told apart in the tables, which say "not applicable".
    auto share = [](const StandardsCompliance::Tally &tally) { return tally.sharePercent().value_or(0.0); };
    auto *series = new QHorizontalBarSeries;
    QStringList legend;
    // Sets in reverse too, so the first standard is the top bar of each group, as in the legend.
    for (int s = int(data.standards.size()) - 1; s >= 0; --s) {
        const QString name = ChartStyle::shortened(data.standards.at(s).name, 40);
        legend.prepend(name);
        auto *set = new QBarSet(ChartStyle::escaped(name));
        ChartStyle::styleBarSet(set, ChartStyle::paletteColor(s));
        for (auto authority = data.authorities.crbegin(); authority != data.authorities.crend(); ++authority)
            set->append(share(authority->tallies.at(s)));
        if (withTotal)
            set->append(share(data.totals.at(s)));
        series->append(set);
    }
    series->setBarWidth(0.85); // many thin bars per group: let them fill it
    chart->addSeries(series);
    auto *shareAxis = ChartStyle::percentAxis(QCoreApplication::translate("Charts", "Schools meeting the standard in %"));
    auto *groupAxis = ChartStyle::categoryAxis(QCoreApplication::translate("Charts", "School authority"), groups);
    chart->addAxis(shareAxis, Qt::AlignBottom);
    chart->addAxis(groupAxis, Qt::AlignLeft);
    series->attachAxis(shareAxis);
    series->attachAxis(groupAxis);
    ChartStyle::placeLegend(chart.get(), legend);
    // The legend lists the sets bottom-up; it should read like the bars, top-down.
    chart->legend()->setReverseMarkers(true);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
