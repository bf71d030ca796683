// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QColor>
#include <QDate>
#include <QString>
#include <QStringList>

class QAbstractAxis;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLegend;
class QValueAxis;
class StatisticsService;
struct StatisticsFilter;

// The look every chart shares: fonts in pixels (so text keeps its size in PNG, SVG and
// PDF alike), German number formats, a palette that stays apart when printed in grey,
// and value axes with round steps.
namespace ChartStyle {

enum class Role { Neutral, Good, Warning, Bad, Muted };

// A new chart with title and an optional second line (scope, date), no animation.
QChart *createChart(const QString &title, const QString &subtitle = {});

// 31.12.2025 in German, with a four-digit year in any locale.
QString date(const QDate &day);
// "As of 15.06.2025 · Kreis Coesfeld, Stadt Dülmen": what and when a chart shows.
QString scopeLine(const StatisticsService &service, const StatisticsFilter &filter);

QColor paletteColor(int index);
QColor roleColor(Role role);
void styleBarSet(QBarSet *set, const QColor &color);

// Category labels from the database are plain text; the chart library reads them as HTML.
QString escaped(const QString &text);
QStringList escaped(const QStringList &texts);
// Long names are cut with an ellipsis so the axis keeps room for the bars.
QString shortened(const QString &text, int maxCharacters);

QBarCategoryAxis *categoryAxis(const QString &title, const QStringList &labels);
// An axis from 0 to a round maximum at or above `max`; integer steps when `wholeNumbers`.
QValueAxis *valueAxis(const QString &title, double max, bool wholeNumbers, int decimals = 0);
// A share from 0 to 100 % in steps of 20: a full bar is the whole, with no room above it.
QValueAxis *percentAxis(const QString &title);
void styleAxis(QAbstractAxis *axis);
void styleLegend(QLegend *legend);
// Under the chart when the entries fit in one row, else in a column on the right.
void placeLegend(QChart *chart, const QStringList &labels);

// Money on an axis: euros, thousands of euros or millions, whichever keeps labels short.
struct MoneyScale
{
    double divisor = 100.0; // cents per unit
    QString unit;           // "€", "thousand €", "million €" (translated)
    int decimals = 0;
};
MoneyScale moneyScale(qint64 maxCents);

} // namespace ChartStyle
