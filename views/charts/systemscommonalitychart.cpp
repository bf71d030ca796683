// SPDX-License-Identifier: EUPL-1.2
#include "systemscommonalitychart.h"

#include "chartdocument.h"
#include "chartstyle.h"
#include "enumcatalog.h"
#include "systemscommonality.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

const char *const SystemsCommonalityChart::Name = "systems-commonality";
const char *const SystemsCommonalityChart::Title =
    QT_TRANSLATE_NOOP("Charts", "Systems the school authorities have in common");

std::unique_ptr<ChartDocument> SystemsCommonalityChart::build(const StatisticsService &service,
                                                              const StatisticsFilter &filter, DatabaseError &error)
{
    QList<SystemsCommonality::Product> products;
    error = SystemsCommonality::products(service, filter, products);
    if (error)
        return nullptr;

    QString subtitle = ChartStyle::scopeLine(service, filter);
    const int total = int(products.size());
    // The list comes most widely used first, so cutting it keeps what is most shared.
    if (total > MaxProducts) {
        products = products.mid(0, MaxProducts);
        subtitle += QCoreApplication::translate("Charts", " \u00b7 the %1 most widely used of %2 products")
                        .arg(MaxProducts)
                        .arg(total);
    }
    // Grouped by category in the catalogue's order, most widely used first within each.
    const QStringList categories = EnumCatalog::codes(EnumKind::SystemCategory);
    std::stable_sort(products.begin(), products.end(),
                     [&](const SystemsCommonality::Product &a, const SystemsCommonality::Product &b) {
                         return categories.indexOf(a.category) < categories.indexOf(b.category);
                     });

    auto chart = std::unique_ptr<QChart>(ChartStyle::createChart(QCoreApplication::translate("Charts", Title), subtitle));
    // Horizontal bars draw the first row at the bottom: the rows go in reversed.
    // A category axis needs distinct labels: a name in two categories carries its category.
    QHash<QString, int> nameCount;
    for (const SystemsCommonality::Product &product : std::as_const(products))
        ++nameCount[ChartStyle::shortened(product.product, 36)];
    QStringList labels;
    QStringList used;
    int maxCount = 0;
    for (auto product = products.crbegin(); product != products.crend(); ++product) {
        QString label = ChartStyle::shortened(product->product, 36);
        if (nameCount.value(label) > 1)
            label += QStringLiteral(" (%1)").arg(EnumCatalog::label(EnumKind::SystemCategory, product->category));
        labels << label;
        maxCount = std::max(maxCount, product->authorityCount);
        if (!used.contains(product->category))
            used << product->category;
    }
    std::sort(used.begin(), used.end(),
              [&](const QString &a, const QString &b) { return categories.indexOf(a) < categories.indexOf(b); });

    auto *series = new QHorizontalStackedBarSeries;
    QStringList legend;
    for (const QString &category : std::as_const(used)) {
        const QString label = EnumCatalog::label(EnumKind::SystemCategory, category);
        legend << label;
        auto *set = new QBarSet(ChartStyle::escaped(label));
        ChartStyle::styleBarSet(set, ChartStyle::paletteColor(int(categories.indexOf(category))));
        for (auto product = products.crbegin(); product != products.crend(); ++product)
            set->append(product->category == category ? product->authorityCount : 0);
        series->append(set);
    }
    chart->addSeries(series);
    auto *countAxis = ChartStyle::valueAxis(QCoreApplication::translate("Charts", "School authorities using it"),
                                            maxCount, true);
    auto *productAxis = ChartStyle::categoryAxis(QCoreApplication::translate("Charts", "Product"), labels);
    chart->addAxis(countAxis, Qt::AlignBottom);
    chart->addAxis(productAxis, Qt::AlignLeft);
    series->attachAxis(countAxis);
    series->attachAxis(productAxis);
    ChartStyle::placeLegend(chart.get(), legend);
    return std::make_unique<ChartDocument>(QString::fromLatin1(Name), std::move(chart));
}
