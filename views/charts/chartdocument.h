// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;
class QGraphicsScene;
class QPainter;

// One built chart, ready to be drawn at any size onto any QPainter: a widget, a PNG, an
// SVG, a PDF page, the committee report. The only type outside views/charts/ that stands
// for a chart, so the chart library behind it can be replaced inside this folder.
class ChartDocument
{
public:
    ChartDocument(const QString &name, std::unique_ptr<QChart> chart);
    ~ChartDocument();
    ChartDocument(const ChartDocument &) = delete;
    ChartDocument &operator=(const ChartDocument &) = delete;

    QString name() const { return m_name; }
    QString title() const;        // plain text
    QStringList axisTitles() const;
    // Whether any series has a value to draw: an empty database gives bare axes.
    bool hasData() const;

    // Lays the chart out for the target's size (in the painter's logical units, text in
    // pixels of those units) and draws it there. Vector output stays vector.
    void render(QPainter &painter, const QRectF &target) const;

    // The height (in pixels of 1/96 inch) at which every category label of a long chart
    // still shows instead of an ellipsis; 0 when any usual height does.
    int preferredHeight() const { return m_preferredHeight; }
    void setPreferredHeight(int pixels) { m_preferredHeight = pixels; }

    // For the chart widget, which shows the chart itself; the document gives it up.
    std::unique_ptr<QChart> takeChart();

private:
    QString m_name;
    std::unique_ptr<QGraphicsScene> m_scene;
    std::unique_ptr<QChart> m_chart;
    int m_preferredHeight = 0;
};
