// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class ChartDocument;
class QPainter;
class StatisticsService;
struct StatisticsFilter;

// The charts of one committee report, built once from the chart registry and drawn as
// often as needed: as vectors onto the pages of a PDF or a printer, as images into an ODT,
// as SVG into the HTML page.
class ReportCharts
{
public:
    // Charts are laid out in pixels of 1/96 inch, like every chart export; the report
    // scales them to the page.
    static constexpr double LayoutDpi = 96.0;
    // Narrower charts are laid out this wide and drawn scaled down, so their axis labels
    // (24 months, long names) keep their room on an A4 page.
    static constexpr double MinLayoutWidth = 780.0;

    // The size a chart meant for `logicalSize` (pixels of 1/96 inch) is laid out at.
    static QSizeF layoutSize(const QSizeF &logicalSize);

    ReportCharts();
    ~ReportCharts();
    ReportCharts(const ReportCharts &) = delete;
    ReportCharts &operator=(const ReportCharts &) = delete;

    DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter, const QStringList &names);

    bool contains(const QString &name) const;
    // Draws the chart into `target`, given in the painter's units at `painterDpi`.
    void draw(const QString &name, QPainter &painter, const QRectF &target, double painterDpi) const;
    // The chart at `logicalSize` (pixels of 1/96 inch), rendered `scale` times as sharp.
    QImage image(const QString &name, const QSizeF &logicalSize, double scale) const;
    QByteArray svg(const QString &name, const QSizeF &logicalSize) const;

private:
    std::map<QString, std::unique_ptr<ChartDocument>> m_charts;
};
