// SPDX-License-Identifier: EUPL-1.2
#include "pupilsperdevicechart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "pupilsperdevice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {
// Beyond this many schools the names no longer fit under the bars; the bars alone still
// show how many schools miss the target.
constexpr int MaxNamedSchools = 30;
constexpr int MaxNameCharacters = 28;
} // namespace

const char *const PupilsPerDeviceChart::Name = "pupils-per-device";
const char *const PupilsPerDeviceChart::Title = QT_TRANSLATE_NOOP("Charts", "Pupils per device by school");

std::unique_ptr<ChartDocument> PupilsPerDeviceChart::build(const StatisticsService &service,
                                                           const StatisticsFilter &filter, DatabaseError &error)
{
    PupilsPerDevice data;
    error = PupilsPerDevice::load(service, filter, data);
    if (error)
        return nullptr;

    const QLocale locale;
    // Two sets stacked on one bar per school, one of them 0: a school above the target
    // stands out in its own colour, and the legend says what the colours mean.
    auto *meets = new QBarSet(QCoreApplication::translate("Charts", "Target met"));
    auto *misses = new QBarSet(QCoreApplication::translate("Charts", "More pupils per device than the target"));
    ChartStyle::styleBarSet(meets, ChartStyle::roleColor(ChartStyle::Role::Good));
    ChartStyle::styleBarSet(misses, ChartStyle::roleColor(ChartStyle::Role::Warning));
    QStringList names;
    double maxRatio = data.target;
    int withoutDevices = 0;
    for (const PupilsPerDevice::School &school : std::as_const(data.schools)) {
        if (!school.ratio) {
            if (school.pupils > 0)
                ++withoutDevices;
            continue;
        }
        names << ChartStyle::shortened(school.name, MaxNameCharacters);
        const bool above = *school.ratio > data.target;
        meets->append(above ? 0.0 : *school.ratio);
        misses->append(above ? *school.ratio : 0.0);
        maxRatio = std::max(maxRatio, *school.ratio);
    }
    const bool named = names.size() <= MaxNamedSchools;

    QString subtitle = ChartStyle::scopeLine(service, filter);
    if (data.ratio)
        subtitle += QCoreApplication::translate("Charts", " \u00b7 overall %1 pupils per device")
                        .arg(locale.toString(*data.ratio, 'f', 1));
    if (withoutDevices > 0)
        subtitle += QCoreApplication::translate("Charts", " \u00b7 %n school(s) without pupil devices not shown",
                                                nullptr, withoutDevices);
    auto chart = std::unique_ptr<QChart>(
        ChartStyle::createChart(QCoreApplication::translate("Charts", Title), subtitle));

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(names.size() > 10 ? 0.8 : 0.6);
    bars->append(meets);
    bars->append(misses);
    chart->addSeries(bars);

    // The target as a line across all bars; categories sit at 0, 1, ... on the bar axis.
    auto *target = new QLineSeries;
    target->setName(QCoreApplication::translate("Charts", "Target: %1 pupils per device")
                        .arg(locale.toString(data.target, 'g', 3)));
    QPen pen(ChartStyle::roleColor(ChartStyle::Role::Bad));
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    const qreal last = std::max<qreal>(0, names.size() - 1);
    target->append(-0.5, data.target);
    target->append(last + 0.5, data.target);
    chart->addSeries(target);

    const QString schoolTitle = named
        ? QCoreApplication::translate("Charts", "School")
        : QCoreApplication::translate("Charts", "%n school(s), ranked by pupils per device", nullptr,
                                      int(names.size()));
    QAbstractAxis *schoolAxis = nullptr;
    if (named) {
        auto *axis = ChartStyle::categoryAxis(schoolTitle, names);
        if (names.size() > 6)
            axis->setLabelsAngle(-60);
        schoolAxis = axis;
    } else {
        // Too many schools to name: ranks 1, 10, 20, ... under the bars (bar i sits at i).
        auto *axis = new QCategoryAxis;
        axis->setRange(-0.5, std::max<qsizetype>(1, names.size()) - 0.5);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int rankStep = names.size() > 200 ? 50 : names.size() > 80 ? 20 : 10;
        axis->append(QStringLiteral("1"), 0);
        for (int rank = rankStep; rank <= names.size(); rank += rankStep)
            axis->append(QString::number(rank), rank - 1);
        axis->setTitleText(ChartStyle::escaped(schoolTitle));
        axis->setGridLineVisible(false);
        ChartStyle::styleAxis(axis);
        schoolAxis = axis;
    }
    auto *valueAxis = ChartStyle::valueAxis(QCoreApplication::translate("Charts", "Pupils per device"),
                                            maxRatio * 1.05, false, 0);
    chart->addAxis(schoolAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(schoolAxis);
    bars->attachAxis(valueAxis);
    target->attachAxis(schoolAxis);
    target->attachAxis(valueAxis);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
