// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

class ReportCharts;

// A chart's place in the report's QTextDocument: an object character of a fixed size,
// which the layout moves to the next page whole when it does not fit, and which draws
// the chart with the page's own painter, so a PDF gets vector graphics.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    enum Property {
        ChartName = QTextFormat::UserProperty + 100,
        ChartSize, // QSizeF in the document's units
    };

    // dpi: the resolution of the document's units (its layout's paint device).
    ReportChartObject(const ReportCharts &charts, double dpi, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    const ReportCharts &m_charts;
    double m_dpi;
};
