// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTextFormat>

class QTextDocument;
class ReportCharts;
class ReportDocument;

// Lays a committee report into a QTextDocument: the title block, numbered headings, tables
// with a repeated header row, charts. The document's layout scales margins and paddings
// to its paint device; charts are sized in the device's units (dpi), so the same code
// serves a 1200 dpi PDF, a printer, the print preview and a 96 dpi ODT. Text is inserted
// as plain text, never parsed as markup.
class ReportTextDocument
{
public:
    // Vector: charts are object characters drawn by ReportChartObject with the page's
    // painter (PDF, printer). Image: charts are pictures kept in the document (ODT).
    enum class ChartMode { Vector, Image };
    enum Property {
        // On a heading or caption: keep it on the page of what follows (see ReportPagePainter).
        KeepWithNext = QTextFormat::UserProperty + 110,
    };

    struct Geometry
    {
        double dpi = 96;        // device units per inch
        double bodyWidth = 0;   // width of the text area in device units
        double bodyHeight = 0;  // height of a page's text area; 0 when not paginated
        // Tables as fixed widths in points rather than percentages: Qt's ODF writer writes
        // a table's width and fixed column widths as points and has no relative widths. 0: percentages.
        double tableWidthPoints = 0;
    };

    // Fills the empty `out`. In vector mode the chart handler becomes a child of `out`;
    // `charts` must outlive it.
    static void build(const ReportDocument &report, const ReportCharts &charts, ChartMode mode,
                      const Geometry &geometry, QTextDocument &out);
};
