// SPDX-License-Identifier: EUPL-1.2
#include "reportchartobject.h"

#include "reportcharts.h"

#include <QPainter>

ReportChartObject::ReportChartObject(const ReportCharts &charts, double dpi, QObject *parent)
    : QObject(parent)
    , m_charts(charts)
    , m_dpi(dpi)
{
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(ChartSize).toSizeF();
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    m_charts.draw(format.stringProperty(ChartName), *painter, rect, m_dpi);
}
