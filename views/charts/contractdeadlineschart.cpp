// SPDX-License-Identifier: EUPL-1.2
#include "contractdeadlineschart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "contractdeadlines.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

const char *const ContractDeadlinesChart::Name = "contract-deadlines";
const char *const ContractDeadlinesChart::Title =
    QT_TRANSLATE_NOOP("Charts", "Contract deadlines in the next 24 months");

std::unique_ptr<ChartDocument> ContractDeadlinesChart::build(const StatisticsService &service,
                                                             const StatisticsFilter &filter, DatabaseError &error)
{
    ContractDeadlines data;
    error = ContractDeadlines::load(service, filter, ContractDeadlines::DefaultMonths, data);
    if (error)
        return nullptr;

    auto chart = std::unique_ptr<QChart>(ChartStyle::createChart(QCoreApplication::translate("Charts", Title),
                                                                 ChartStyle::scopeLine(service, filter)));
    auto *cancel = new QBarSet(QCoreApplication::translate("Charts", "Last day to cancel"));
    auto *renewal = new QBarSet(QCoreApplication::translate("Charts", "Renews unless cancelled"));
    auto *finalEnd = new QBarSet(QCoreApplication::translate("Charts", "Ends (no renewal)"));
    ChartStyle::styleBarSet(cancel, ChartStyle::roleColor(ChartStyle::Role::Bad));
    ChartStyle::styleBarSet(renewal, ChartStyle::roleColor(ChartStyle::Role::Neutral));
    ChartStyle::styleBarSet(finalEnd, ChartStyle::roleColor(ChartStyle::Role::Muted));
    const QLocale locale;
    QStringList months;
    int maxPerMonth = 0;
    for (const ContractDeadlines::Month &month : std::as_const(data.months)) {
        months << locale.toString(month.first, QStringLiteral("MM/yy"));
        cancel->append(month.lastDaysToCancel);
        renewal->append(month.renewals);
        finalEnd->append(month.finalEnds);
        maxPerMonth = std::max(maxPerMonth, month.lastDaysToCancel + month.renewals + month.finalEnds);
    }
    auto *series = new QStackedBarSeries;
    series->append(cancel);
    series->append(renewal);
    series->append(finalEnd);
    chart->addSeries(series);
    auto *monthAxis = ChartStyle::categoryAxis(QCoreApplication::translate("Charts", "Month"), months);
    monthAxis->setLabelsAngle(-90);
    // Upright month names take little width; Qt would still cut them to "..." on a small chart.
    monthAxis->setTruncateLabels(false);
    auto *countAxis = ChartStyle::valueAxis(QCoreApplication::translate("Charts", "Contracts"), maxPerMonth, true);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(monthAxis);
    series->attachAxis(countAxis);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
