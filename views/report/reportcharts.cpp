// SPDX-License-Identifier: EUPL-1.2
#include "reportcharts.h"

#include "chartdocument.h"
#include "chartexporter.h"
#include "chartregistry.h"

#include <QPainter>

ReportCharts::ReportCharts() = default;
ReportCharts::~ReportCharts() = default;

DatabaseError ReportCharts::load(const StatisticsService &service, const StatisticsFilter &filter,
                                 const QStringList &names)
{
    m_charts.clear();
    for (const QString &name : names) {
        DatabaseError error;
        std::unique_ptr<ChartDocument> chart = ChartRegistry::build(name, service, filter, error);
        if (!chart)
            return error;
        m_charts.emplace(name, std::move(chart));
    }
    return DatabaseError::none();
}

bool ReportCharts::contains(const QString &name) const
{
    return m_charts.count(name) > 0;
}

void ReportCharts::draw(const QString &name, QPainter &painter, const QRectF &target, double painterDpi) const
{
    const auto found = m_charts.find(name);
    if (found == m_charts.end() || target.isEmpty())
        return;
    const QSizeF layout = layoutSize(target.size() * (LayoutDpi / painterDpi));
    const double scale = target.width() / layout.width();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    found->second->render(painter, QRectF(QPointF(0, 0), layout));
    painter.restore();
}

QSizeF ReportCharts::layoutSize(const QSizeF &logicalSize)
{
    if (logicalSize.width() <= 0 || logicalSize.width() >= MinLayoutWidth)
        return logicalSize;
    return logicalSize * (MinLayoutWidth / logicalSize.width());
}

QImage ReportCharts::image(const QString &name, const QSizeF &logicalSize, double scale) const
{
    const auto found = m_charts.find(name);
    if (found == m_charts.end())
        return {};
    ChartExporter::Options options;
    options.size = (logicalSize * scale).toSize();
    // The exporter lays the chart out at size / (dpi / 96): the layout size.
    options.dpi = qRound(LayoutDpi * options.size.width() / layoutSize(logicalSize).width());
    return ChartExporter::toImage(*found->second, options);
}

QByteArray ReportCharts::svg(const QString &name, const QSizeF &logicalSize) const
{
    const auto found = m_charts.find(name);
    if (found == m_charts.end())
        return {};
    return ChartExporter::toSvg(*found->second, layoutSize(logicalSize).toSize());
}
