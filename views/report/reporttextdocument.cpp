// SPDX-License-Identifier: EUPL-1.2
#include "reporttextdocument.h"

#include "reportchartobject.h"
#include "reportcharts.h"
#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace {
using Block = ReportDocument::Block;

const QStringList &fontFamilies()
{
    // The office's Windows desktops have Arial; Linux has a metric twin or DejaVu.
    static const QStringList families{QStringLiteral("Arial"), QStringLiteral("Liberation Sans"),
                                      QStringLiteral("Helvetica"), QStringLiteral("DejaVu Sans")};
    return families;
}

constexpr double BodyPoints = 10.0;
constexpr double TablePoints = 8.0;
constexpr double NotePoints = 8.5;
const QColor HeaderBackground(0xe6, 0xe6, 0xe6);
const QColor GroupBackground(0xf0, 0xf0, 0xf0);
const QColor TotalBackground(0xf7, 0xf7, 0xf7);
const QColor MarkedBackground(0xff, 0xe9, 0xa8);
const QColor MutedText(0x6e, 0x6e, 0x6e);
const QColor NoteText(0x40, 0x40, 0x40);
const QColor RuleColor(0x80, 0x80, 0x80);
constexpr double LayoutDpi = 96.0;
// Charts are rendered this many times as sharp as their size on paper when stored as images.
constexpr double ImageScale = 2.0;

class Writer
{
public:
    Writer(QTextDocument &document, const ReportCharts &charts, ReportTextDocument::ChartMode mode,
           const ReportTextDocument::Geometry &geometry)
        : m_document(document)
        , m_charts(charts)
        , m_mode(mode)
        , m_geometry(geometry)
        , m_cursor(&document)
    {
    }

    void write(const ReportDocument &report);

private:
    // Margins, paddings and borders are given in pixels of 1/96 inch: the layout scales
    // them to its paint device. Object sizes (charts) are in the device's own units.
    static double mm(double value) { return value * LayoutDpi / 25.4; }
    static double pt(double value) { return value * LayoutDpi / 72.0; }
    static QTextCharFormat font(double points, bool bold = false, const QColor &color = Qt::black);
    // The whole text width, and a column's share of it.
    QTextLength fullWidth() const;
    QTextLength share(double percent) const;

    void startBlock(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat);
    void textBlock(const QString &text, QTextBlockFormat blockFormat, const QTextCharFormat &charFormat,
                   bool keepWithNext = false);
    void titleBlock(const ReportDocument &report);
    void heading(const Block &block);
    void table(const ReportTable &table);
    QList<double> columnPercents(const ReportTable &table) const;
    void fillCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &charFormat,
                  Qt::Alignment alignment, const QColor &background, bool ruleAbove);
    void chart(const Block &block);

    QTextDocument &m_document;
    const ReportCharts &m_charts;
    ReportTextDocument::ChartMode m_mode;
    ReportTextDocument::Geometry m_geometry;
    QTextCursor m_cursor;
    bool m_fresh = true; // the cursor's block is empty and unused (document start, after a table)
};

QTextCharFormat Writer::font(double points, bool bold, const QColor &color)
{
    QTextCharFormat format;
    format.setFontFamilies(fontFamilies());
    // Qt's ODF writer reads only the single family and writes "Sans" without it, a font
    // that Word and LibreOffice on Windows do not have.
    format.setProperty(QTextFormat::FontFamily, fontFamilies().first());
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    return format;
}

QTextLength Writer::fullWidth() const
{
    return share(100);
}

QTextLength Writer::share(double percent) const
{
    if (m_geometry.tableWidthPoints > 0)
        return QTextLength(QTextLength::FixedLength, m_geometry.tableWidthPoints * percent / 100);
    return QTextLength(QTextLength::PercentageLength, percent);
}

void Writer::startBlock(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat)
{
    m_cursor.movePosition(QTextCursor::End);
    if (m_fresh) {
        m_cursor.setBlockFormat(blockFormat);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_fresh = false;
    } else {
        m_cursor.insertBlock(blockFormat, charFormat);
    }
}

void Writer::textBlock(const QString &text, QTextBlockFormat blockFormat, const QTextCharFormat &charFormat,
                       bool keepWithNext)
{
    if (keepWithNext)
        blockFormat.setProperty(ReportTextDocument::KeepWithNext, true);
    startBlock(blockFormat, charFormat);
    m_cursor.insertText(text, charFormat);
}

void Writer::write(const ReportDocument &report)
{
    QFont base;
    base.setFamilies(fontFamilies());
    base.setPointSizeF(BodyPoints);
    m_document.setDefaultFont(base);
    titleBlock(report);

    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(mm(2));
    paragraph.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    QTextBlockFormat note;
    note.setTopMargin(mm(0.5));
    note.setBottomMargin(mm(3));
    for (const Block &block : report.blocks()) {
        switch (block.kind) {
        case Block::Kind::Heading:
            heading(block);
            break;
        case Block::Kind::Paragraph:
            textBlock(block.text, paragraph, font(BodyPoints));
            break;
        case Block::Kind::Note:
            textBlock(block.text, note, font(NotePoints, false, NoteText));
            break;
        case Block::Kind::Table:
            table(block.table);
            break;
        case Block::Kind::Chart:
            chart(block);
            break;
        }
    }
}

void Writer::titleBlock(const ReportDocument &report)
{
    if (!report.title.office.trimmed().isEmpty()) {
        QTextBlockFormat office;
        office.setBottomMargin(mm(1));
        office.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                           QTextLength(QTextLength::PercentageLength, 100));
        textBlock(report.title.office.trimmed(), office, font(BodyPoints, true));
    }
    QTextBlockFormat title;
    title.setTopMargin(mm(6));
    title.setBottomMargin(mm(4));
    textBlock(report.heading, title, font(20, true), true); // with the title block below

    const auto rows = report.titleRows();
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(mm(0.6));
    format.setWidth(fullWidth());
    format.setColumnWidthConstraints({share(28), share(72)});
    format.setBottomMargin(mm(4));
    m_cursor.movePosition(QTextCursor::End);
    QTextTable *table = m_cursor.insertTable(int(rows.size()), 2, format);
    for (int r = 0; r < rows.size(); ++r) {
        fillCell(table, r, 0, rows.at(r).first, font(BodyPoints), Qt::AlignLeft, QColor(), false);
        fillCell(table, r, 1, rows.at(r).second, font(BodyPoints, true), Qt::AlignLeft, QColor(), false);
    }
    m_fresh = true;
}

void Writer::heading(const Block &block)
{
    QTextBlockFormat format;
    format.setHeadingLevel(block.level);
    const bool section = block.level == 1;
    format.setTopMargin(mm(section ? 7 : 4.5));
    format.setBottomMargin(mm(section ? 2 : 1.5));
    textBlock(block.number + QStringLiteral("\u2002") + block.text, format, font(section ? 14 : 11.5, true), true);
}

void Writer::fillCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &charFormat,
                      Qt::Alignment alignment, const QColor &background, bool ruleAbove)
{
    QTextTableCell cell = table->cellAt(row, column);
    // The cell's format is also the character format of its first block: the font goes in
    // here, so even an empty cell has the table's line height.
    QTextTableCellFormat cellFormat;
    cellFormat.merge(charFormat);
    if (table->format().border() > 0) {
        // With collapsed borders, each cell draws its own rules.
        cellFormat.setBorder(pt(0.5));
        cellFormat.setBorderBrush(RuleColor);
        cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    }
    if (background.isValid())
        cellFormat.setBackground(background);
    if (ruleAbove) {
        cellFormat.setTopBorder(pt(1));
        cellFormat.setTopBorderBrush(Qt::black);
    }
    cell.setFormat(cellFormat);
    QTextCursor cursor = cell.firstCursorPosition();
    QTextBlockFormat blockFormat;
    blockFormat.setAlignment(alignment);
    // Numbers and dates never break inside ("1.234,56 €" stays on one line).
    blockFormat.setNonBreakableLines(alignment == Qt::AlignRight);
    cursor.setBlockFormat(blockFormat);
    cursor.insertText(text, charFormat);
}

void Writer::table(const ReportTable &table)
{
    if (!table.caption().isEmpty()) {
        QTextBlockFormat caption;
        caption.setTopMargin(mm(2));
        caption.setBottomMargin(mm(1));
        textBlock(table.caption(), caption, font(9, true), true);
    }
    const QList<ReportTable::Column> &columns = table.columns();
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setWidth(fullWidth());
    QList<QTextLength> widths;
    for (const double percent : columnPercents(table))
        widths << share(percent);
    format.setColumnWidthConstraints(widths);
    format.setCellSpacing(0);
    format.setCellPadding(mm(0.8));
    format.setBorder(pt(0.5));
    format.setBorderBrush(RuleColor);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setBottomMargin(mm(1.5));

    m_cursor.movePosition(QTextCursor::End);
    QTextTable *textTable = m_cursor.insertTable(table.rowCount() + 1, table.columnCount(), format);
    const QTextCharFormat plain = font(TablePoints);
    const QTextCharFormat bold = font(TablePoints, true);
    const QTextCharFormat muted = font(TablePoints, false, MutedText);
    const auto alignment = [&columns](int column) {
        return columns.at(column).align == ReportTable::Align::Right ? Qt::AlignRight : Qt::AlignLeft;
    };
    for (int c = 0; c < columns.size(); ++c)
        fillCell(textTable, 0, c, columns.at(c).title, bold, alignment(c), HeaderBackground, false);

    for (int r = 0; r < table.rowCount(); ++r) {
        const ReportTable::Row &row = table.rows().at(r);
        const int at = r + 1;
        if (row.kind == ReportTable::RowKind::Group) {
            textTable->mergeCells(at, 0, 1, table.columnCount());
            fillCell(textTable, at, 0, row.cells.value(0).text, bold, Qt::AlignLeft, GroupBackground, false);
            continue;
        }
        const bool total = row.kind == ReportTable::RowKind::Total;
        for (int c = 0; c < row.cells.size(); ++c) {
            const ReportTable::Cell &cell = row.cells.at(c);
            const bool marked = cell.flags & ReportTable::Marked;
            const QTextCharFormat &charFormat = (total || marked) ? bold
                                                : (cell.flags & ReportTable::Muted) ? muted
                                                                                    : plain;
            const QColor background = marked ? MarkedBackground : total ? TotalBackground : QColor();
            fillCell(textTable, at, c, cell.text, charFormat, alignment(c), background, total);
        }
    }
    m_fresh = true;
}

// The columns' shares of the table width: as the section weighs them, but no column
// narrower than its longest word (a number counts as one word, bold in totals and the
// header) with the cell's padding; what that costs comes from the columns with room to
// spare. Qt's own layout widens such a column by itself; an office program keeps the widths
// it is given and would break "14.311.100,00" or "Schulträger" inside.
QList<double> Writer::columnPercents(const ReportTable &table) const
{
    QList<double> percents = table.widthPercents();
    const double tablePoints = m_geometry.tableWidthPoints > 0 ? m_geometry.tableWidthPoints
                                                               : m_geometry.bodyWidth * 72 / m_geometry.dpi;
    if (tablePoints <= 0)
        return percents;
    // Metrics in points: a paint device of 72 dots per inch.
    QImage points(1, 1, QImage::Format_RGB32);
    points.setDotsPerMeterX(qRound(72 / 0.0254));
    points.setDotsPerMeterY(qRound(72 / 0.0254));
    const QFontMetricsF plain(font(TablePoints).font(), &points);
    const QFontMetricsF bold(font(TablePoints, true).font(), &points);
    constexpr double Slack = 1.08; // another program's rounding and font hinting
    const double padding = 2 * (0.8 * 72 / 25.4) + 1;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto widestWord = [](const QFontMetricsF &metrics, const QString &text, bool whole) {
        double widest = 0;
        for (const QString &word : whole ? QStringList{text} : text.split(space, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        return widest;
    };
    const QList<ReportTable::Column> &columns = table.columns();
    QList<double> widths(columns.size());
    QList<double> minimums(columns.size());
    double deficit = 0;
    double surplus = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const bool numbers = columns.at(c).align == ReportTable::Align::Right;
        double widest = widestWord(bold, columns.at(c).title, false);
        for (const ReportTable::Row &row : table.rows()) {
            if (row.kind == ReportTable::RowKind::Group || c >= row.cells.size())
                continue;
            const bool isBold = row.kind == ReportTable::RowKind::Total || (row.cells.at(c).flags & ReportTable::Marked);
            widest = std::max(widest, widestWord(isBold ? bold : plain, row.cells.at(c).text, numbers));
        }
        widths[c] = tablePoints * percents.at(c) / 100;
        minimums[c] = widest * Slack + padding;
        deficit += std::max(0.0, minimums.at(c) - widths.at(c));
        surplus += std::max(0.0, widths.at(c) - minimums.at(c));
    }
    if (deficit <= 0 || surplus < deficit)
        return percents; // nothing to do, or too many columns for the page: Qt's layout decides
    for (int c = 0; c < columns.size(); ++c) {
        if (widths.at(c) < minimums.at(c))
            widths[c] = minimums.at(c);
        else
            widths[c] -= deficit * (widths.at(c) - minimums.at(c)) / surplus;
        percents[c] = 100 * widths.at(c) / tablePoints;
    }
    return percents;
}

void Writer::chart(const Block &block)
{
    if (!m_charts.contains(block.chartName))
        return;
    double width = m_geometry.bodyWidth;
    double height = width * block.chartAspect;
    if (m_geometry.bodyHeight > 0 && height > m_geometry.bodyHeight * 0.85) {
        height = m_geometry.bodyHeight * 0.85;
        width = std::min(width, height / block.chartAspect);
    }
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(mm(2));
    format.setBottomMargin(mm(4));
    const QTextCharFormat small = font(1);
    startBlock(format, small);
    if (m_mode == ReportTextDocument::ChartMode::Vector) {
        QTextCharFormat object = small;
        object.setObjectType(ReportChartObject::Type);
        object.setProperty(ReportChartObject::ChartName, block.chartName);
        object.setProperty(ReportChartObject::ChartSize, QSizeF(width, height));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        return;
    }
    const double toLogical = ReportCharts::LayoutDpi / m_geometry.dpi;
    const QUrl url(QStringLiteral("schulit-chart:") + block.chartName);
    m_document.addResource(QTextDocument::ImageResource, url,
                           m_charts.image(block.chartName, QSizeF(width, height) * toLogical, ImageScale));
    QTextImageFormat image;
    image.setName(url.toString());
    image.setWidth(width);
    image.setHeight(height);
    m_cursor.insertImage(image);
}
} // namespace

void ReportTextDocument::build(const ReportDocument &report, const ReportCharts &charts, ChartMode mode,
                               const Geometry &geometry, QTextDocument &out)
{
    if (mode == ChartMode::Vector)
        out.documentLayout()->registerHandler(ReportChartObject::Type,
                                              new ReportChartObject(charts, geometry.dpi, &out));
    // One edit block: the layout runs once at the end, not after every cell (which grows
    // with the square of a table's length).
    QTextCursor block(&out);
    block.beginEditBlock();
    Writer(out, charts, mode, geometry).write(report);
    block.endEditBlock();
}
