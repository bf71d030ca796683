// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;
class ReportDocument;

// Paints a report's QTextDocument page by page onto a PDF writer or a printer: the body in
// A4 portrait with the margins of an administrative paper, the running header (title and
// scope, from page 2 on, where the title block is no longer in sight) and the footer (data
// date, office, "Page X of Y"). Painting the pages itself, rather than QTextDocument::print,
// gives the exact page count in every footer and keeps charts as vectors.
class ReportPagePainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPagePainter)

public:
    struct Page
    {
        double dpi = 96;
        QRectF paper;  // the whole sheet, in device units from its top left corner
        QRectF body;   // where the document goes
        QRectF header; // the running header's text line
        QRectF footer; // the footer's text line
    };

    // Margins in millimetres from the edge of the sheet.
    static constexpr double LeftMargin = 25;
    static constexpr double RightMargin = 15;
    static constexpr double TopMargin = 27;
    static constexpr double BottomMargin = 22;

    // The geometry for a device whose origin is the sheet's corner (PDF writer without
    // margins, printer in full-page mode).
    static Page pageFor(const QPagedPaintDevice &device);

    // Moves a heading or caption that would end a page away from what it introduces onto
    // the next page, with it. The document must be laid out in pages of `pageHeight`.
    static void keepWithNext(QTextDocument &document, double pageHeight);

    // Paints every page; returns the number of pages, or 0 when the device cannot be painted on.
    static int paint(QTextDocument &document, const ReportDocument &report, QPagedPaintDevice &device,
                     const Page &page);

private:
    static void paintHeader(QPainter &painter, const ReportDocument &report, const Page &page);
    static void paintFooter(QPainter &painter, const ReportDocument &report, const Page &page, int number,
                            int count);
};
