// SPDX-License-Identifier: EUPL-1.2
#include "reportodtstyles.h"

#include "reportdocument.h"
#include "reportpagepainter.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace {
const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString StandardPage = QStringLiteral("Standard");
const QString PageLayout = QStringLiteral("SchulitA4");
const QString FirstPageLayout = QStringLiteral("SchulitA4First");

// Where ReportPagePainter::pageFor puts the running header and the footer, in mm from the
// sheet's top and bottom edge.
constexpr double HeaderTop = 12;
constexpr double HeaderHeight = 7;
constexpr double FooterBottom = 11;
constexpr double FooterHeight = 6;
constexpr double PaperWidth = 210; // A4 portrait
constexpr double PaperHeight = 297;
constexpr double BodyWidth = PaperWidth - ReportPagePainter::LeftMargin - ReportPagePainter::RightMargin;

QString mm(double value)
{
    return QString::number(value, 'g', 6) + QStringLiteral("mm");
}

QString cm(double millimetres)
{
    return QString::number(millimetres / 10, 'g', 6) + QStringLiteral("cm");
}

// Header and footer lines: characters (if only empty ones) between the elements keep the
// writer's indentation out, which would show as spaces.
void writeHeader(QXmlStreamWriter &writer, const ReportDocument &report)
{
    writer.writeStartElement(StyleNs, QStringLiteral("header"));
    writer.writeStartElement(TextNs, QStringLiteral("p"));
    writer.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("Header"));
    writer.writeCharacters(QString());
    writer.writeStartElement(TextNs, QStringLiteral("span"));
    writer.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("HeaderTitle"));
    writer.writeCharacters(report.runningTitle());
    writer.writeEndElement(); // span
    writer.writeCharacters(QString());
    writer.writeEmptyElement(TextNs, QStringLiteral("tab"));
    writer.writeCharacters(report.scope);
    writer.writeEndElement(); // p
    writer.writeEndElement(); // header
}

void writeFooter(QXmlStreamWriter &writer, const ReportDocument &report)
{
    writer.writeStartElement(StyleNs, QStringLiteral("footer"));
    writer.writeStartElement(TextNs, QStringLiteral("p"));
    writer.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("Footer"));
    writer.writeCharacters(report.dataLine());
    writer.writeEmptyElement(TextNs, QStringLiteral("tab"));
    writer.writeCharacters(report.title.office.trimmed());
    writer.writeEmptyElement(TextNs, QStringLiteral("tab"));
    // "Page %1 of %2" in the reader's language, the numbers as fields the office program fills in.
    const QString pattern = ReportDocument::tr("Page %1 of %2");
    const QRegularExpression placeholder(QStringLiteral("%([12])"));
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        writer.writeCharacters(pattern.mid(from, match.capturedStart() - from));
        if (match.captured(1) == QLatin1String("1")) {
            writer.writeEmptyElement(TextNs, QStringLiteral("page-number"));
            writer.writeAttribute(TextNs, QStringLiteral("select-page"), QStringLiteral("current"));
        } else {
            writer.writeEmptyElement(TextNs, QStringLiteral("page-count"));
        }
        from = match.capturedEnd();
    }
    writer.writeCharacters(pattern.mid(from));
    writer.writeEndElement(); // p
    writer.writeEndElement(); // footer
}

void writeParagraphStyle(QXmlStreamWriter &writer, const QString &name, const QString &ruleSide,
                         const QList<QPair<double, QString>> &tabs)
{
    writer.writeStartElement(StyleNs, QStringLiteral("style"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), name);
    writer.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeAttribute(StyleNs, QStringLiteral("class"), QStringLiteral("extra"));
    writer.writeStartElement(StyleNs, QStringLiteral("paragraph-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("border-") + ruleSide, QStringLiteral("0.5pt solid #606060"));
    writer.writeAttribute(FoNs, QStringLiteral("padding-") + ruleSide, mm(1.5));
    writer.writeStartElement(StyleNs, QStringLiteral("tab-stops"));
    for (const auto &[position, type] : tabs) {
        writer.writeEmptyElement(StyleNs, QStringLiteral("tab-stop"));
        writer.writeAttribute(StyleNs, QStringLiteral("position"), mm(position));
        writer.writeAttribute(StyleNs, QStringLiteral("type"), type);
    }
    writer.writeEndElement(); // tab-stops
    writer.writeEndElement(); // paragraph-properties
    writer.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("font-family"), QStringLiteral("Arial"));
    writer.writeAttribute(StyleNs, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    writer.writeAttribute(FoNs, QStringLiteral("font-size"), QStringLiteral("8pt"));
    writer.writeEndElement(); // style
}

void writePageLayout(QXmlStreamWriter &writer, const QString &name, bool withHeader)
{
    writer.writeStartElement(StyleNs, QStringLiteral("page-layout"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), name);
    writer.writeEmptyElement(StyleNs, QStringLiteral("page-layout-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("page-width"), cm(PaperWidth));
    writer.writeAttribute(FoNs, QStringLiteral("page-height"), cm(PaperHeight));
    writer.writeAttribute(StyleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    // The body where the PDF has it; header and footer in the margins, as the PDF paints them.
    writer.writeAttribute(FoNs, QStringLiteral("margin-top"),
                          mm(withHeader ? HeaderTop : ReportPagePainter::TopMargin));
    writer.writeAttribute(FoNs, QStringLiteral("margin-bottom"), mm(FooterBottom));
    writer.writeAttribute(FoNs, QStringLiteral("margin-left"), mm(ReportPagePainter::LeftMargin));
    writer.writeAttribute(FoNs, QStringLiteral("margin-right"), mm(ReportPagePainter::RightMargin));
    // The gap to the body, so that it starts and ends where the PDF's does.
    const auto headerOrFooter = [&writer](const QString &element, double height, const QString &gapSide, double gap) {
        writer.writeStartElement(StyleNs, element);
        writer.writeEmptyElement(StyleNs, QStringLiteral("header-footer-properties"));
        writer.writeAttribute(FoNs, QStringLiteral("min-height"), mm(height));
        writer.writeAttribute(FoNs, QStringLiteral("margin-") + gapSide, mm(gap));
        writer.writeEndElement();
    };
    if (withHeader)
        headerOrFooter(QStringLiteral("header-style"), HeaderHeight, QStringLiteral("bottom"),
                       ReportPagePainter::TopMargin - HeaderTop - HeaderHeight);
    headerOrFooter(QStringLiteral("footer-style"), FooterHeight, QStringLiteral("top"),
                   ReportPagePainter::BottomMargin - FooterBottom - FooterHeight);
    writer.writeEndElement(); // page-layout
}
} // namespace

const QString ReportOdtStyles::FirstPageStyle = QStringLiteral("First_20_Page");
const QString ReportOdtStyles::RowStyle = QStringLiteral("SchulitRow");

QByteArray ReportOdtStyles::xml(const ReportDocument &report)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(1);
    writer.writeNamespace(OfficeNs, QStringLiteral("office"));
    writer.writeNamespace(StyleNs, QStringLiteral("style"));
    writer.writeNamespace(TextNs, QStringLiteral("text"));
    writer.writeNamespace(FoNs, QStringLiteral("fo"));
    writer.writeStartDocument();
    writer.writeStartElement(OfficeNs, QStringLiteral("document-styles"));
    writer.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    writer.writeStartElement(OfficeNs, QStringLiteral("styles"));
    // The report's font and table size for paragraphs without text of their own (an empty
    // table cell, the line after a table); otherwise the office program's default (12 pt
    // serif) makes such rows taller than the others.
    writer.writeStartElement(StyleNs, QStringLiteral("default-style"));
    writer.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("font-family"), QStringLiteral("Arial"));
    writer.writeAttribute(StyleNs, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    writer.writeAttribute(FoNs, QStringLiteral("font-size"), QStringLiteral("8pt"));
    writer.writeEndElement(); // default-style
    writeParagraphStyle(writer, QStringLiteral("Header"), QStringLiteral("bottom"),
                        {{BodyWidth, QStringLiteral("right")}});
    writeParagraphStyle(writer, QStringLiteral("Footer"), QStringLiteral("top"),
                        {{BodyWidth / 2, QStringLiteral("center")}, {BodyWidth, QStringLiteral("right")}});
    writer.writeStartElement(StyleNs, QStringLiteral("style"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("HeaderTitle"));
    writer.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("text"));
    writer.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
    writer.writeEndElement();
    writer.writeEndElement(); // styles

    writer.writeStartElement(OfficeNs, QStringLiteral("automatic-styles"));
    writePageLayout(writer, PageLayout, true);
    writePageLayout(writer, FirstPageLayout, false);
    writer.writeEndElement();

    writer.writeStartElement(OfficeNs, QStringLiteral("master-styles"));
    writer.writeStartElement(StyleNs, QStringLiteral("master-page"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), StandardPage);
    writer.writeAttribute(StyleNs, QStringLiteral("page-layout-name"), PageLayout);
    writeHeader(writer, report);
    writeFooter(writer, report);
    writer.writeEndElement(); // master-page

    // The first page shows the title block; like the printed report it has no running header.
    writer.writeStartElement(StyleNs, QStringLiteral("master-page"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), FirstPageStyle);
    writer.writeAttribute(StyleNs, QStringLiteral("display-name"), QStringLiteral("First Page"));
    writer.writeAttribute(StyleNs, QStringLiteral("page-layout-name"), FirstPageLayout);
    writer.writeAttribute(StyleNs, QStringLiteral("next-style-name"), StandardPage);
    writeFooter(writer, report);
    writer.writeEndElement(); // master-page
    writer.writeEndElement(); // master-styles

    writer.writeEndElement(); // document-styles
    writer.writeEndDocument();
    return xml;
}
