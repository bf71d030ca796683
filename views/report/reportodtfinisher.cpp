// SPDX-License-Identifier: EUPL-1.2
#include "reportodtfinisher.h"

#include "odfpackage.h"
#include "reportdocument.h"
#include "reportodtstyles.h"
#include "reporttextdocument.h"

#include <QHash>
#include <QPair>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {
const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString ContentPath = QStringLiteral("content.xml");
const QString StylesPath = QStringLiteral("styles.xml");
const QString ManifestPath = QStringLiteral("META-INF/manifest.xml");
const QString FirstParagraphStyle = QStringLiteral("SchulitFirstPage");

QString prefixed(QStringView qualifiedName, const QString &localName)
{
    const qsizetype colon = qualifiedName.indexOf(QLatin1Char(':'));
    return colon < 0 ? localName : qualifiedName.left(colon + 1).toString() + localName;
}

// The tag of the header rows, in the table namespace's prefix of a table element's name.
QString headerRowsTag(QStringView tableElement, bool closing)
{
    return (closing ? QStringLiteral("</") : QStringLiteral("<"))
           + prefixed(tableElement, QStringLiteral("table-header-rows")) + QLatin1Char('>');
}

// A text change at a character offset of the original XML.
struct Edit
{
    qsizetype at = 0;
    qsizetype removed = 0;
    QString text;
};

// Applies edits given in document order; edits at the same offset keep their order.
QString applied(QString text, QList<Edit> edits)
{
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at < b.at; });
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        text.replace(it->at, it->removed, it->text);
    return text;
}

// Where the tag that ends at `end` begins: a tag holds no other '<' (attribute values
// escape it). The reader's offset before a token is no guide: it may have read on.
qsizetype tagStart(const QString &text, qsizetype end)
{
    return text.lastIndexOf(QLatin1Char('<'), end - 1);
}

// A copy of the first paragraph's own style that also starts the first page's style, and
// the paragraph's tag naming the copy; tagBegin..tagEnd and `style` are spans of `text`. No edits when
// the XML is not as the ODF writer writes it.
QList<Edit> firstPageEdits(const QString &text, qsizetype tagBegin, qsizetype tagEnd, const QString &styleName,
                           QPair<qsizetype, qsizetype> style)
{
    QString copy = text.mid(style.first, style.second - style.first);
    const QString tag = text.mid(tagBegin, tagEnd - tagBegin);
    const QString stylePrefix = copy.mid(1, copy.indexOf(QLatin1Char(':')));
    const QString textPrefix = tag.mid(1, tag.indexOf(QLatin1Char(':')));
    const QString nameAttribute = QStringLiteral(" %1name=\"%2\"").arg(stylePrefix, styleName);
    const QString styleAttribute = QStringLiteral(" %1style-name=\"%2\"").arg(textPrefix, styleName);
    const qsizetype nameAt = copy.indexOf(nameAttribute);
    const qsizetype styleAt = tag.indexOf(styleAttribute);
    if (nameAt < 0 || styleAt < 0 || nameAt > copy.indexOf(QLatin1Char('>')))
        return {};
    copy.replace(nameAt, nameAttribute.size(),
                 QStringLiteral(" %1name=\"%2\" %1master-page-name=\"%3\"")
                     .arg(stylePrefix, FirstParagraphStyle, ReportOdtStyles::FirstPageStyle));
    // On a line of its own, indented like the original.
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), style.first) + 1;
    const QString indent = text.mid(lineStart, style.first - lineStart);
    if (indent.trimmed().isEmpty())
        copy.prepend(QLatin1Char('\n') + indent);
    return {{style.second, 0, copy},
            {tagBegin + styleAt, styleAttribute.size(),
             QStringLiteral(" %1style-name=\"%2\"").arg(textPrefix, FirstParagraphStyle)}};
}

// The automatic style ReportOdtStyles::RowStyle, in the prefixes the document declares;
// empty without the style and fo namespaces.
QString rowStyleElement(const QXmlStreamNamespaceDeclarations &declarations)
{
    QString style;
    QString fo;
    for (const QXmlStreamNamespaceDeclaration &declaration : declarations) {
        if (declaration.namespaceUri() == StyleNs)
            style = declaration.prefix().toString();
        else if (declaration.namespaceUri() == FoNs)
            fo = declaration.prefix().toString();
    }
    if (style.isEmpty() || fo.isEmpty())
        return {};
    return QStringLiteral("<%1:style %1:name=\"%3\" %1:family=\"table-row\"><%1:table-row-properties "
                          "%2:keep-together=\"always\"/></%1:style>")
        .arg(style, fo, ReportOdtStyles::RowStyle);
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

void collectTables(QTextFrame *frame, QList<int> &rows)
{
    QTextFrame *last = nullptr;
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        QTextFrame *child = it.currentFrame();
        if (!child || child == last)
            continue;
        last = child;
        if (const auto *table = qobject_cast<QTextTable *>(child))
            rows << table->format().headerRowCount();
        collectTables(child, rows);
    }
}
} // namespace

QList<int> ReportOdtFinisher::headerRowCounts(const QTextDocument &document)
{
    QList<int> rows;
    collectTables(document.rootFrame(), rows);
    return rows;
}

QSet<QString> ReportOdtFinisher::keepWithNextStyles(const QTextDocument &document)
{
    QSet<QString> styles;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().boolProperty(ReportTextDocument::KeepWithNext))
            styles.insert(QStringLiteral("p%1").arg(block.blockFormatIndex()));
    }
    return styles;
}

QString ReportOdtFinisher::finish(QByteArray &package, const ReportDocument &report, const QList<int> &headerRows,
                                  const QSet<QString> &keepWithNext)
{
    const QString failed = tr("The page layout and the table headers could not be added to the OpenDocument text.");
    OdfPackage odf;
    if (!odf.read(package))
        return failed + QLatin1Char(' ') + odf.errorString();
    QByteArray content = odf.file(ContentPath);
    QByteArray manifest = odf.file(ManifestPath);
    // A later Qt that writes page styles of its own keeps them; the tables still get their headers.
    const bool ownStyles = !odf.contains(StylesPath);
    if (!patchContent(content, headerRows, ownStyles, keepWithNext)
        || (ownStyles && !addManifestEntry(manifest, StylesPath, QStringLiteral("text/xml"))))
        return failed;
    odf.setFile(ContentPath, content);
    if (ownStyles) {
        odf.setFile(StylesPath, ReportOdtStyles::xml(report));
        odf.setFile(ManifestPath, manifest);
    }
    const QByteArray written = odf.write();
    if (written.isEmpty())
        return failed + QLatin1Char(' ') + odf.errorString();
    package = written;
    return {};
}

bool ReportOdtFinisher::patchContent(QByteArray &content, const QList<int> &headerRows, bool ownStyles,
                                     const QSet<QString> &keepWithNext)
{
    const QString text = QString::fromUtf8(content);
    QList<Edit> edits;
    struct Table
    {
        int headerRows = 0;
        int rowsDone = 0;
        bool open = false;   // table:table-header-rows started, not yet closed
        bool settled = false; // nothing (more) to do for this table
    };
    struct Element
    {
        bool isTable = false;
        bool isOfficeText = false;
        bool isAutomaticStyles = false;
        int table = -1; // index into `tables` when isTable
    };
    QList<Table> tables;
    QList<Element> stack;
    // The automatic styles by name: where each starts and ends.
    QHash<QString, QPair<qsizetype, qsizetype>> styleSpans;
    qsizetype styleStart = -1;
    QString styleName;
    bool firstBodyChildSeen = false;
    // The row style goes among the automatic styles: LibreOffice ignores a common one.
    QString rowStyle;
    QString foPrefix;
    QList<Edit> rowEdits;
    bool rowStyleAdded = false;

    QXmlStreamReader reader(text);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const qsizetype tokenEnd = reader.characterOffset();
        const QStringView qualified = reader.qualifiedName();
        qsizetype tokenStart = tagStart(text, tokenEnd);
        if (token == QXmlStreamReader::StartElement) {
            // The offsets below are trusted only where they point at the tag itself.
            if (text.mid(tokenStart, qualified.size() + 1) != QLatin1Char('<') + qualified.toString())
                return false;
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            Element element;
            const Element parent = stack.isEmpty() ? Element() : stack.last();
            if (ns == OfficeNs && name == QLatin1String("text")) {
                element.isOfficeText = true;
            } else if (ns == OfficeNs && name == QLatin1String("automatic-styles")) {
                element.isAutomaticStyles = true;
            } else if (parent.isAutomaticStyles && ns == StyleNs && name == QLatin1String("style")) {
                styleStart = tokenStart;
                styleName = reader.attributes().value(StyleNs, QStringLiteral("name")).toString();
            } else if (ns == TableNs && name == QLatin1String("table")) {
                element.isTable = true;
                element.table = int(tables.size());
                tables.append({headerRows.value(tables.size()), 0, false, false});
            } else if (parent.isTable && ns == TableNs) {
                Table &table = tables[parent.table];
                if (name == QLatin1String("table-header-rows") || name == QLatin1String("table-row-group")
                    || name == QLatin1String("table-rows")) {
                    table.settled = true; // already structured by whoever wrote it
                } else if (name == QLatin1String("table-row") && !table.settled && table.headerRows > 0
                           && table.rowsDone == 0) {
                    edits.append({tokenStart, 0, headerRowsTag(qualified, false)});
                    table.open = true;
                }
            }
            if (stack.isEmpty()) {
                for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
                    if (declaration.namespaceUri() == FoNs)
                        foPrefix = declaration.prefix().toString();
                }
                if (ownStyles)
                    rowStyle = rowStyleElement(reader.namespaceDeclarations());
            }
            if (styleStart >= 0 && keepWithNext.contains(styleName) && !foPrefix.isEmpty() && ns == StyleNs
                && name == QLatin1String("paragraph-properties")
                && !reader.attributes().hasAttribute(FoNs, QStringLiteral("keep-with-next")))
                edits.append({tokenStart + 1 + qualified.size(), 0,
                              QStringLiteral(" %1:keep-with-next=\"always\"").arg(foPrefix)});
            // Any row, also one inside a group of rows.
            if (!rowStyle.isEmpty() && ns == TableNs && name == QLatin1String("table-row")
                && !reader.attributes().hasAttribute(TableNs, QStringLiteral("style-name")))
                rowEdits.append({tokenStart + 1 + qualified.size(), 0,
                                 QStringLiteral(" %1=\"%2\"").arg(prefixed(qualified, QStringLiteral("style-name")),
                                                                 ReportOdtStyles::RowStyle)});
            // Only a paragraph at the very start may name a page style: anywhere else it
            // would break the page.
            if (parent.isOfficeText && !firstBodyChildSeen) {
                firstBodyChildSeen = true;
                const auto span = styleSpans.constFind(
                    reader.attributes().value(TextNs, QStringLiteral("style-name")).toString());
                if (ownStyles && ns == TextNs && (name == QLatin1String("p") || name == QLatin1String("h"))
                    && span != styleSpans.cend())
                    edits << firstPageEdits(text, tokenStart, tokenEnd, span.key(), *span);
            }
            stack.append(element);
        } else if (token == QXmlStreamReader::EndElement) {
            // An end tag, or the end of an empty element: then there is no tag of its own.
            const bool emptyElement = text.mid(tokenEnd - 2, 2) == QLatin1String("/>");
            if (emptyElement)
                tokenStart = tokenEnd;
            else if (text.mid(tokenStart, qualified.size() + 2) != QStringLiteral("</") + qualified.toString())
                return false;
            if (stack.isEmpty())
                return false;
            const Element element = stack.takeLast();
            const Element parent = stack.isEmpty() ? Element() : stack.last();
            if (element.isAutomaticStyles && !rowStyle.isEmpty()) {
                edits.append({tokenStart, 0, rowStyle});
                rowStyleAdded = true;
            }
            if (element.isTable) {
                Table &table = tables[element.table];
                if (table.open) // fewer rows than header rows: all of them are the header
                    edits.append({tokenStart, 0, headerRowsTag(qualified, true)});
            } else if (parent.isTable && reader.namespaceUri() == TableNs
                       && reader.name() == QLatin1String("table-row")) {
                Table &table = tables[parent.table];
                ++table.rowsDone;
                if (table.open && table.rowsDone == table.headerRows) {
                    edits.append({tokenEnd, 0, headerRowsTag(qualified, true)});
                    table.open = false;
                    table.settled = true;
                }
            } else if (parent.isAutomaticStyles && styleStart >= 0) {
                styleSpans.insert(styleName, {styleStart, tokenEnd});
                styleStart = -1;
            }
        }
    }
    if (reader.hasError())
        return false;
    if (rowStyleAdded)
        edits << rowEdits;
    const QByteArray patched = applied(text, edits).toUtf8();
    if (!wellFormed(patched))
        return false;
    content = patched;
    return true;
}

bool ReportOdtFinisher::addManifestEntry(QByteArray &manifest, const QString &path, const QString &mediaType)
{
    const QString text = QString::fromUtf8(manifest);
    QXmlStreamReader reader(text);
    int depth = 0;
    QString rootName;
    qsizetype insertAt = -1;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth == 0)
                rootName = reader.qualifiedName().toString();
            if (reader.name() == QLatin1String("file-entry")
                && reader.attributes().value(reader.namespaceUri().toString(), QStringLiteral("full-path")) == path)
                return true;
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (--depth == 0)
                insertAt = tagStart(text, reader.characterOffset());
        }
    }
    if (reader.hasError() || insertAt < 0 || text.mid(insertAt, rootName.size() + 2) != QStringLiteral("</") + rootName)
        return false;
    QString entry;
    {
        QXmlStreamWriter writer(&entry);
        const auto attribute = [&rootName](const QString &local) { return prefixed(rootName, local); };
        writer.writeEmptyElement(attribute(QStringLiteral("file-entry")));
        writer.writeAttribute(attribute(QStringLiteral("media-type")), mediaType);
        writer.writeAttribute(attribute(QStringLiteral("full-path")), path);
        writer.writeCharacters(QString()); // closes the empty element
    }
    QString patched = text;
    patched.insert(insertAt, QStringLiteral(" ") + entry + QLatin1Char('\n'));
    manifest = patched.toUtf8();
    return wellFormed(manifest);
}
