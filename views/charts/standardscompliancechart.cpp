// SPDX-License-Identifier: EUPL-1.2
#include "standardscompliancechart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "standardscompliance.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
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
    QStringList groups;
    for (const StandardsCompliance::AuthorityRow &authority : std::as_const(data.authorities))
        groups << ChartStyle::shortened(authority.name, 24);
    // With more than one authority, the whole filter as a last group to compare against.
    const bool withTotal = data.authorities.size() > 1;
    if (withTotal)
        groups << QCoreApplication::translate("Charts", "All together");

    // A standard that applies to none of a group's schools has no share: drawn as 0 and
    // told apart in the tables, which say "not applicable".
    auto share = [](const StandardsCompliance::Tally &tally) { return tally.sharePercent().value_or(0.0); };
    auto *series = new QBarSeries;
    QStringList legend;
    for (int s = 0; s < data.standards.size(); ++s) {
        const QString name = ChartStyle::shortened(data.standards.at(s).name, 40);
        legend << name;
        auto *set = new QBarSet(ChartStyle::escaped(name));
        ChartStyle::styleBarSet(set, ChartStyle::paletteColor(s));
        for (const StandardsCompliance::AuthorityRow &authority : std::as_const(data.authorities))
            set->append(share(authority.tallies.at(s)));
        if (withTotal)
            set->append(share(data.totals.at(s)));
        series->append(set);
    }
    chart->addSeries(series);
    auto *shareAxis = ChartStyle::valueAxis(
        QCoreApplication::translate("Charts", "Schools meeting the standard in %"), 100, true);
    auto *groupAxis = ChartStyle::categoryAxis(QCoreApplication::translate("Charts", "School authority"), groups);
    chart->addAxis(groupAxis, Qt::AlignBottom);
    chart->addAxis(shareAxis, Qt::AlignLeft);
    series->attachAxis(groupAxis);
    series->attachAxis(shareAxis);
    ChartStyle::placeLegend(chart.get(), legend);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
