// SPDX-License-Identifier: EUPL-1.2
#include "reportpagepainter.h"

#include "reportdocument.h"
#include "reporttextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace {
const QColor RuleColor(0x60, 0x60, 0x60);

QFont pageFont(double points, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("Helvetica"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// The page a block's first line stands on.
int pageOfFirstLine(QTextDocument &document, const QTextBlock &block, double pageHeight)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    double middle = rect.center().y();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineAt(0);
        middle = rect.top() + line.y() + line.height() / 2;
    }
    return int(std::floor(middle / pageHeight));
}

// What a heading introduces: the next block that is not itself kept with the next; for a
// table, its first row below the header (the header alone would be as bad).
QTextBlock introducedBlock(const QTextBlock &heading)
{
    QTextBlock block = heading.next();
    while (block.isValid() && block.blockFormat().boolProperty(ReportTextDocument::KeepWithNext))
        block = block.next();
    if (!block.isValid())
        return block;
    if (const QTextTable *table = QTextCursor(block).currentTable()) {
        const int row = table->rows() > 1 ? 1 : 0;
        return table->cellAt(row, 0).firstCursorPosition().block();
    }
    return block;
}
} // namespace

ReportPagePainter::Page ReportPagePainter::pageFor(const QPagedPaintDevice &device)
{
    Page page;
    page.dpi = device.logicalDpiY();
    const double mm = page.dpi / 25.4;
    page.paper = QRectF(0, 0, device.width(), device.height());
    page.body = page.paper.adjusted(LeftMargin * mm, TopMargin * mm, -RightMargin * mm, -BottomMargin * mm);
    page.header = QRectF(page.body.left(), 12 * mm, page.body.width(), 7 * mm);
    page.footer = QRectF(page.body.left(), page.paper.height() - 17 * mm, page.body.width(), 6 * mm);
    return page;
}

void ReportPagePainter::keepWithNext(QTextDocument &document, double pageHeight)
{
    // Each break pushes what follows down, so a later heading may need one it did not need
    // before; a few passes settle it.
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (!format.boolProperty(ReportTextDocument::KeepWithNext)
                || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QTextBlock next = introducedBlock(block);
            if (!next.isValid())
                continue;
            if (pageOfFirstLine(document, next, pageHeight) <= pageOfFirstLine(document, block, pageHeight))
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved = true;
            // The rest of this chain of headings now starts the page with it.
            while (block.next().isValid() && block.next().blockFormat().boolProperty(ReportTextDocument::KeepWithNext))
                block = block.next();
        }
        if (!moved)
            break;
    }
}

int ReportPagePainter::paint(QTextDocument &document, const ReportDocument &report, QPagedPaintDevice &device,
                             const Page &page)
{
    const int count = document.pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const double pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout::PaintContext context;
    // Black text whatever the desktop's colour scheme.
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !device.newPage())
            return 0;
        if (index > 0)
            paintHeader(painter, report, page);
        painter.save();
        painter.translate(page.body.left(), page.body.top() - index * pageHeight);
        const QRectF pageArea(0, index * pageHeight, page.body.width(), pageHeight);
        painter.setClipRect(pageArea);
        // The layout draws whatever touches the clip; a block that starts exactly at the next
        // page's top would be drawn here too (invisible, but found by search and pdftotext).
        context.clip = pageArea.adjusted(0, 0, 0, -1);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, report, page, index + 1, count);
    }
    painter.end();
    return count;
}

void ReportPagePainter::paintHeader(QPainter &painter, const ReportDocument &report, const Page &page)
{
    painter.save();
    const QRectF line = page.header;
    const QFont titleFont = pageFont(8, true);
    const QFont scopeFont = pageFont(8);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF scopeMetrics(scopeFont, painter.device());
    const QString title = report.runningTitle();
    // Both in full when they fit; otherwise the scope gives way first, down to 40 %.
    const double gap = page.dpi / 25.4 * 4;
    const double available = line.width() - gap;
    const double titleNeeds = titleMetrics.horizontalAdvance(title);
    const double scopeNeeds = scopeMetrics.horizontalAdvance(report.scope);
    double titleWidth = titleNeeds;
    double scopeWidth = scopeNeeds;
    if (titleNeeds + scopeNeeds > available) {
        scopeWidth = std::max(available - titleNeeds, std::min(scopeNeeds, available * 0.4));
        titleWidth = available - scopeWidth;
    }
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QRectF(line.left(), line.top(), titleWidth, line.height()), Qt::AlignLeft | Qt::AlignBottom,
                     titleMetrics.elidedText(title, Qt::ElideRight, titleWidth));
    painter.setFont(scopeFont);
    painter.drawText(QRectF(line.right() - scopeWidth, line.top(), scopeWidth, line.height()),
                     Qt::AlignRight | Qt::AlignBottom, scopeMetrics.elidedText(report.scope, Qt::ElideRight, scopeWidth));
    painter.setPen(QPen(RuleColor, page.dpi / 72.0 * 0.5));
    const double ruleY = line.bottom() + page.dpi / 25.4 * 1.5;
    painter.drawLine(QPointF(line.left(), ruleY), QPointF(line.right(), ruleY));
    painter.restore();
}

void ReportPagePainter::paintFooter(QPainter &painter, const ReportDocument &report, const Page &page, int number,
                                    int count)
{
    painter.save();
    const QRectF line = page.footer;
    painter.setPen(QPen(RuleColor, page.dpi / 72.0 * 0.5));
    painter.drawLine(QPointF(line.left(), line.top()), QPointF(line.right(), line.top()));
    const QFont font = pageFont(8);
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QString pageText = ReportDocument::pageLine(number, count);
    const QString dataText = report.dataLine();
    painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, dataText);
    painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, pageText);
    // The office in the middle, in what the two sides leave free.
    const double sides = std::max(metrics.horizontalAdvance(dataText), metrics.horizontalAdvance(pageText));
    const double officeWidth = line.width() - 2 * sides - page.dpi / 25.4 * 8;
    const QString office = report.title.office.trimmed();
    if (officeWidth > 0 && !office.isEmpty()) {
        painter.drawText(QRectF(line.center().x() - officeWidth / 2, line.top(), officeWidth, line.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, metrics.elidedText(office, Qt::ElideRight, officeWidth));
    }
    painter.restore();
}

