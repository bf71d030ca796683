// SPDX-License-Identifier: EUPL-1.2
#include "chartstyle.h"

#include "filterchoices.h"
#include "statisticsservice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace ChartStyle {

namespace {
constexpr int TitlePixels = 17;
constexpr int SubtitlePixels = 12;
constexpr int LabelPixels = 12;
constexpr int AxisTitlePixels = 13;

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// 1, 2, 2.5, 5 times a power of ten: steps people read at a glance.
double niceStep(double roughStep, bool wholeNumbers)
{
    if (roughStep <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(roughStep)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= roughStep) {
            step = factor * magnitude;
            break;
        }
    }
    if (wholeNumbers)
        step = std::max(1.0, std::round(step));
    return step;
}
} // namespace

QChart *createChart(const QString &title, const QString &subtitle)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitleFont(pixelFont(TitlePixels, true));
    // Both lines centred over the chart; the subtitle smaller and lighter.
    QString html = QStringLiteral("<div align=\"center\">") + escaped(title);
    if (!subtitle.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:%1px; font-weight:normal; color:#555555\">%2</span>")
                    .arg(SubtitlePixels)
                    .arg(escaped(subtitle));
    chart->setTitle(html + QStringLiteral("</div>"));
    chart->setMargins(QMargins(6, 6, 6, 6));
    styleLegend(chart->legend());
    return chart;
}

QString date(const QDate &day)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(day, format);
}

QString scopeLine(const StatisticsService &service, const StatisticsFilter &filter)
{
    QString line = QCoreApplication::translate("ChartStyle", "As of %1").arg(date(service.referenceDay(filter)));
    FilterChoices choices;
    if (!FilterChoices::load(service.database(), choices))
        line += QStringLiteral(" \u00b7 ") + choices.describe(filter);
    return line;
}

QColor paletteColor(int index)
{
    // Okabe-Ito first (told apart by colour-blind readers), then distinct hues for long lists.
    static const QList<QColor> colors{
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
        QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x59, 0x59, 0x59),
        QColor(0x6A, 0x3D, 0x9A), QColor(0x8C, 0x56, 0x4B), QColor(0xBC, 0xBD, 0x22), QColor(0x17, 0xBE, 0xCF),
        QColor(0xB2, 0xDF, 0x8A), QColor(0x1F, 0x3A, 0x93), QColor(0xFB, 0x9A, 0x99)};
    return colors.at(index % colors.size());
}

QColor roleColor(Role role)
{
    switch (role) {
    case Role::Neutral:
        return QColor(0x00, 0x72, 0xB2);
    case Role::Good:
        return QColor(0x00, 0x9E, 0x73);
    case Role::Warning:
        return QColor(0xE6, 0x9F, 0x00);
    case Role::Bad:
        return QColor(0xC0, 0x39, 0x2B);
    case Role::Muted:
        return QColor(0x99, 0x99, 0x99);
    }
    return Qt::black;
}

void styleBarSet(QBarSet *set, const QColor &color)
{
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    set->setLabelFont(pixelFont(LabelPixels - 1));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList escaped(const QStringList &texts)
{
    QStringList result;
    result.reserve(texts.size());
    for (const QString &text : texts)
        result << escaped(text);
    return result;
}

QString shortened(const QString &text, int maxCharacters)
{
    if (text.size() <= maxCharacters || maxCharacters < 2)
        return text;
    return text.left(maxCharacters - 1).trimmed() + QChar(0x2026);
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(pixelFont(LabelPixels));
    axis->setTitleFont(pixelFont(AxisTitlePixels, true));
    axis->setLabelsColor(QColor(0x33, 0x33, 0x33));
    axis->setTitleBrush(QColor(0x22, 0x22, 0x22));
    axis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
}

void placeLegend(QChart *chart, const QStringList &labels)
{
    // The legend is one row under the chart; long or many names are cut there, so they
    // go into a column on the right instead.
    int characters = 0;
    for (const QString &label : labels)
        characters += int(label.size()) + 4;
    chart->legend()->setAlignment(characters > 90 ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setVisible(!labels.isEmpty());
}

void styleLegend(QLegend *legend)
{
    legend->setFont(pixelFont(LabelPixels));
    legend->setAlignment(Qt::AlignBottom);
    legend->setShowToolTips(true);
}

QBarCategoryAxis *categoryAxis(const QString &title, const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(escaped(labels));
    axis->setTitleText(escaped(title));
    axis->setGridLineVisible(false);
    styleAxis(axis);
    return axis;
}

QValueAxis *valueAxis(const QString &title, double max, bool wholeNumbers, int decimals)
{
    auto *axis = new QValueAxis;
    const double top = max > 0 ? max : 1;
    // Up to eight steps: close to the largest value without crowding the labels.
    const double step = niceStep(top / 8.0, wholeNumbers);
    int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    // A bar that reaches the axis' end would look cut off: one more step above it.
    if (steps * step - top < step * 0.05)
        ++steps;
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
    // Decimals only where the steps need them: 0, 10, 20 million rather than 0,0, 10,0, 20,0.
    const bool fraction = !wholeNumbers && std::floor(step) != step;
    const int needed = step < 1 ? int(std::ceil(-std::log10(step) - 1e-9)) : 1;
    const int shown = fraction ? std::max({1, decimals, needed}) : 0;
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(shown) + QStringLiteral("f"));
    axis->setTitleText(escaped(title));
    styleAxis(axis);
    return axis;
}

QValueAxis *percentAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(escaped(title));
    styleAxis(axis);
    return axis;
}

MoneyScale moneyScale(qint64 maxCents)
{
    const double euros = double(maxCents) / 100.0;
    if (euros >= 2e6)
        return {1e8, QCoreApplication::translate("ChartStyle", "million €"), 1};
    if (euros >= 2e4)
        return {1e5, QCoreApplication::translate("ChartStyle", "thousand €"), 0};
    return {100.0, QCoreApplication::translate("ChartStyle", "€"), 0};
}

} // namespace ChartStyle
