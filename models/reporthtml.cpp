// SPDX-License-Identifier: EUPL-1.2
#include "reporthtml.h"

#include "reportdocument.h"

#include <QLocale>

namespace {
const char *const StyleSheet =
    "@page { size: A4 portrait; margin: 20mm 15mm 20mm 25mm; }\n"
    "body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #000;"
    " max-width: 170mm; margin: 0 auto; }\n"
    ".office { font-weight: bold; border-bottom: 0.5pt solid #000; padding-bottom: 1mm; }\n"
    "h1 { font-size: 16pt; margin: 6mm 0 3mm; }\n"
    "h2 { font-size: 13pt; margin: 7mm 0 2mm; page-break-after: avoid; }\n"
    "h3 { font-size: 11pt; margin: 5mm 0 2mm; page-break-after: avoid; }\n"
    "table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; font-size: 8.5pt; }\n"
    "table.titleblock { font-size: 10pt; width: auto; }\n"
    "table.titleblock td { border: none; padding: 0.5mm 6mm 0.5mm 0; vertical-align: top; }\n"
    "caption { caption-side: top; text-align: left; font-weight: bold; padding: 1mm 0; }\n"
    "thead { display: table-header-group; }\n"
    "tr { page-break-inside: avoid; }\n"
    "th, td { border: 0.5pt solid #808080; padding: 0.8mm 1.5mm; vertical-align: top; }\n"
    "th { background: #e6e6e6; text-align: left; }\n"
    ".num { text-align: right; white-space: nowrap; }\n"
    "tr.group td { background: #f2f2f2; font-weight: bold; }\n"
    "tr.total td { font-weight: bold; border-top: 1pt solid #000; }\n"
    ".marked { font-weight: bold; background: #ffe9a8; }\n"
    ".muted { color: #6e6e6e; }\n"
    "p.note { font-size: 8.5pt; color: #404040; }\n"
    "figure { page-break-inside: avoid; margin: 3mm 0; }\n"
    "figure img { width: 100%; }\n";

QString cellClasses(const ReportTable::Column &column, int flags)
{
    QStringList classes;
    if (column.align == ReportTable::Align::Right)
        classes << QStringLiteral("num");
    if (flags & ReportTable::Marked)
        classes << QStringLiteral("marked");
    if (flags & ReportTable::Muted)
        classes << QStringLiteral("muted");
    return classes.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(classes.join(QLatin1Char(' ')));
}
} // namespace

QString ReportHtml::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ReportHtml::render(const ReportDocument &document, const ChartSource &chartSource)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(escape(QLocale().bcp47Name()));
    html += QStringLiteral("<title>%1</title>\n").arg(escape(document.runningTitle()));
    html += QStringLiteral("<style>\n%1</style>\n</head>\n<body>\n").arg(QString::fromLatin1(StyleSheet));
    if (!document.title.office.trimmed().isEmpty())
        html += QStringLiteral("<div class=\"office\">%1</div>\n").arg(escape(document.title.office.trimmed()));
    html += QStringLiteral("<h1>%1</h1>\n<table class=\"titleblock\">\n").arg(escape(document.heading));
    const auto rows = document.titleRows();
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td>%1</td><td><strong>%2</strong></td></tr>\n").arg(escape(row.first),
                                                                                         escape(row.second));
    html += QStringLiteral("</table>\n");

    for (const ReportDocument::Block &block : document.blocks()) {
        switch (block.kind) {
        case ReportDocument::Block::Kind::Heading:
            html += QStringLiteral("<h%1>%2 %3</h%1>\n")
                        .arg(block.level + 1)
                        .arg(escape(block.number), escape(block.text));
            break;
        case ReportDocument::Block::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(escape(block.text));
            break;
        case ReportDocument::Block::Kind::Note:
            html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escape(block.text));
            break;
        case ReportDocument::Block::Kind::Table:
            html += table(block.table);
            break;
        case ReportDocument::Block::Kind::Chart: {
            const QString source = chartSource ? chartSource(block.chartName) : QString();
            if (!source.isEmpty())
                html += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"></figure>\n")
                            .arg(escape(source), escape(block.text));
            break;
        }
        }
    }
    html += QStringLiteral("<p class=\"note\">%1</p>\n</body>\n</html>\n").arg(escape(document.dataLine()));
    return html;
}

QString ReportHtml::table(const ReportTable &table)
{
    const QList<ReportTable::Column> &columns = table.columns();
    const QList<double> widths = table.widthPercents();
    QString html = QStringLiteral("<table>\n");
    if (!table.caption().isEmpty())
        html += QStringLiteral("<caption>%1</caption>\n").arg(escape(table.caption()));
    html += QStringLiteral("<colgroup>");
    for (const double width : widths)
        html += QStringLiteral("<col style=\"width: %1%\">").arg(QString::number(width, 'f', 1));
    html += QStringLiteral("</colgroup>\n<thead><tr>");
    for (const ReportTable::Column &column : columns)
        html += QStringLiteral("<th%1>%2</th>").arg(cellClasses(column, ReportTable::Plain), escape(column.title));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ReportTable::Row &row : table.rows()) {
        switch (row.kind) {
        case ReportTable::RowKind::Group:
            html += QStringLiteral("<tr class=\"group\"><td colspan=\"%1\">%2</td></tr>\n")
                        .arg(columns.size())
                        .arg(escape(row.cells.value(0).text));
            continue;
        case ReportTable::RowKind::Total:
            html += QStringLiteral("<tr class=\"total\">");
            break;
        case ReportTable::RowKind::Data:
            html += QStringLiteral("<tr>");
            break;
        }
        for (qsizetype c = 0; c < row.cells.size() && c < columns.size(); ++c) {
            const ReportTable::Cell &cell = row.cells.at(c);
            html += QStringLiteral("<td%1>%2</td>").arg(cellClasses(columns.at(c), cell.flags), escape(cell.text));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    return html;
}
