// SPDX-License-Identifier: EUPL-1.2
#include "fundingstatuschart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "fundingstatus.h"
#include "statisticsfilter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <QSet>

#include <algorithm>

const char *const FundingStatusChart::Name = "funding-status";
const char *const FundingStatusChart::Title = QT_TRANSLATE_NOOP("Charts", "Funding programs: budget and use");

namespace {
// "DigitalPakt Schule – Stadt Dülmen"; the axis drops repeated labels, so a clash after
// shortening gets an invisible mark to stay apart.
QStringList categoryLabels(const QList<FundingStatus::Row> &rows, bool perAuthority)
{
    QStringList labels;
    QSet<QString> seen;
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        QString label = perAuthority
            ? QStringLiteral("%1 \u2013 %2").arg(ChartStyle::shortened(row->program, 26),
                                                 ChartStyle::shortened(row->authority, 28))
            : ChartStyle::shortened(row->program, 32);
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        labels << label;
    }
    return labels;
}
} // namespace

std::unique_ptr<ChartDocument> FundingStatusChart::build(const StatisticsService &service,
                                                         const StatisticsFilter &filter,
                                                         ChartRegistry::Grouping grouping, DatabaseError &error)
{
    const bool perAuthority = grouping == ChartRegistry::Grouping::PerAuthority;
    FundingStatus data;
    error = FundingStatus::load(service, filter,
                                perAuthority ? FundingStatus::Grouping::PerAuthority : FundingStatus::Grouping::Summed,
                                data);
    if (error)
        return nullptr;

    // Funding belongs to authorities: school types and the year do not narrow it.
    StatisticsFilter scope;
    scope.authorityIds = filter.authorityIds;
    QString scopeLine = ChartStyle::scopeLine(service, scope);
    if (perAuthority)
        scopeLine += QStringLiteral(" \u00b7 ") + QCoreApplication::translate("Charts", "per school authority");
    auto chart = std::unique_ptr<QChart>(ChartStyle::createChart(QCoreApplication::translate("Charts", Title),
                                                                 scopeLine));
    qint64 maxCents = 0;
    for (const FundingStatus::Row &row : std::as_const(data.rows))
        maxCents = std::max({maxCents, row.allocatedCents, row.approvedCents, row.paidOutCents, row.spentCents,
                             row.remainingCents()});
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(maxCents);

    struct Measure
    {
        const char *label;
        qint64 (*value)(const FundingStatus::Row &);
        QColor color;
    };
    const QList<Measure> measures{
        {QT_TRANSLATE_NOOP("Charts", "Allocated"), [](const FundingStatus::Row &r) { return r.allocatedCents; },
         ChartStyle::roleColor(ChartStyle::Role::Muted)},
        {QT_TRANSLATE_NOOP("Charts", "Approved"), [](const FundingStatus::Row &r) { return r.approvedCents; },
         ChartStyle::paletteColor(0)},
        {QT_TRANSLATE_NOOP("Charts", "Paid out"), [](const FundingStatus::Row &r) { return r.paidOutCents; },
         ChartStyle::paletteColor(4)},
        {QT_TRANSLATE_NOOP("Charts", "Spent"), [](const FundingStatus::Row &r) { return r.spentCents; },
         ChartStyle::roleColor(ChartStyle::Role::Good)},
        {QT_TRANSLATE_NOOP("Charts", "Remaining"), [](const FundingStatus::Row &r) { return r.remainingCents(); },
         ChartStyle::roleColor(ChartStyle::Role::Warning)},
    };
    // Horizontal bars: the first category is drawn at the bottom, so programs go in reversed
    // and the sets too, to read "allocated" first from the top.
    auto *series = new QHorizontalBarSeries;
    for (auto measure = measures.crbegin(); measure != measures.crend(); ++measure) {
        auto *set = new QBarSet(QCoreApplication::translate("Charts", measure->label));
        ChartStyle::styleBarSet(set, measure->color);
        for (auto row = data.rows.crbegin(); row != data.rows.crend(); ++row)
            set->append(double(measure->value(*row)) / scale.divisor);
        series->append(set);
    }
    chart->addSeries(series);
    const QString axisTitle = perAuthority
        ? QCoreApplication::translate("Charts", "Funding program and school authority")
        : QCoreApplication::translate("Charts", "Funding program");
    auto *programAxis = ChartStyle::categoryAxis(axisTitle, categoryLabels(data.rows, perAuthority));
    auto *moneyAxis = ChartStyle::valueAxis(QCoreApplication::translate("Charts", "Amount in %1").arg(scale.unit),
                                            double(maxCents) / scale.divisor, false, scale.decimals);
    chart->addAxis(moneyAxis, Qt::AlignBottom);
    chart->addAxis(programAxis, Qt::AlignLeft);
    series->attachAxis(moneyAxis);
    series->attachAxis(programAxis);
    // The legend lists the sets in the order added; show them top-down as the bars read.
    chart->legend()->setReverseMarkers(true);
    auto document = std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
    // A county's programs times its authorities make dozens of groups; below about 26 pixels
    // per group the axis cuts their labels down to an ellipsis.
    constexpr int PixelsPerGroup = 28;
    constexpr int TitleAxisAndLegend = 220;
    if (perAuthority)
        document->setPreferredHeight(TitleAxisAndLegend + PixelsPerGroup * int(data.rows.size()));
    return document;
}
