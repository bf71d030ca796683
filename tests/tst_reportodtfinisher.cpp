// SPDX-License-Identifier: EUPL-1.2
// What the ODT of the committee report gets beyond Qt's ODF writer: table header rows (as
// many as the QTextDocument's tables have, nested tables included), a first paragraph that
// starts the first page's style, styles.xml with the A4 page, the running header and the
// footer with page fields in German, and its entry in the manifest. All XML well-formed.
#include "odfpackage.h"
#include "reportdocument.h"
#include "reportodtfinisher.h"
#include "reportodtstyles.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        qWarning("line %lld: %s", reader.lineNumber(), qPrintable(reader.errorString()));
    return !reader.hasError();
}

void scanTables(QXmlStreamReader &reader, QStringList &shapes);

// Each table's direct children in order: C a column, R a row, H2 header rows holding two rows.
void readTable(QXmlStreamReader &reader, QStringList &shapes)
{
    const qsizetype index = shapes.size();
    shapes.append(QString());
    while (reader.readNextStartElement()) {
        const bool table = reader.namespaceUri() == TableNs;
        if (table && reader.name() == QLatin1String("table-column")) {
            shapes[index] += QLatin1Char('C');
        } else if (table && reader.name() == QLatin1String("table-row")) {
            shapes[index] += QLatin1Char('R');
        } else if (table && reader.name() == QLatin1String("table-header-rows")) {
            int rows = 0;
            while (reader.readNextStartElement()) {
                rows += reader.name() == QLatin1String("table-row") ? 1 : 0;
                scanTables(reader, shapes);
            }
            shapes[index] += QStringLiteral("H%1").arg(rows);
            continue;
        }
        scanTables(reader, shapes);
    }
}

// Reads through the current element, noting the tables in it in document order.
void scanTables(QXmlStreamReader &reader, QStringList &shapes)
{
    while (reader.readNextStartElement()) {
        if (reader.namespaceUri() == TableNs && reader.name() == QLatin1String("table"))
            readTable(reader, shapes);
        else
            scanTables(reader, shapes);
    }
}

QStringList tableShapes(const QByteArray &content)
{
    QXmlStreamReader reader(content);
    QStringList shapes;
    if (reader.readNextStartElement())
        scanTables(reader, shapes);
    return shapes;
}

QByteArray entry(const QByteArray &package, const QString &name)
{
    OdfPackage odf;
    if (!odf.read(package))
        return {};
    return odf.file(name);
}

ReportDocument sampleReport()
{
    ReportDocument report;
    report.heading = QStringLiteral("Stand der Schul-IT");
    report.scope = QStringLiteral("Stadt Dülmen <& Co>");
    report.title.committee = QStringLiteral("Ausschuss für Bildung und Schule");
    report.title.meetingDate = QDate(2025, 9, 24);
    report.title.office = QStringLiteral("Kreis Coesfeld");
    report.title.dataDate = QDate(2025, 6, 15);
    return report;
}

// A document like the report's: a title table without header, tables with one and two
// header rows, a table nested in a cell with one.
void fillDocument(QTextDocument &document)
{
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("Titel"));
    QTextTableFormat plain;
    QTextTable *title = cursor.insertTable(2, 2, plain);
    title->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Ausschuss"));
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("Geräte"));
    QTextTableFormat oneHeader;
    oneHeader.setHeaderRowCount(1);
    oneHeader.setColumnWidthConstraints({QTextLength(QTextLength::FixedLength, 100),
                                         QTextLength(QTextLength::FixedLength, 200)});
    QTextTable *devices = cursor.insertTable(5, 2, oneHeader);
    devices->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Schulträger"));
    devices->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("Summe"));
    devices->cellAt(1, 0).firstCursorPosition().insertText(QStringLiteral("A & B"));
    QTextTableFormat twoHeaders;
    twoHeaders.setHeaderRowCount(2);
    QTextCursor inCell = devices->cellAt(2, 1).firstCursorPosition();
    inCell.insertTable(3, 1, oneHeader);
    cursor.movePosition(QTextCursor::End);
    cursor.insertTable(4, 3, twoHeaders);
}
} // namespace

class TestReportOdtFinisher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::useGerman();
    }

    void headerRowCountsInWriterOrder()
    {
        QTextDocument document;
        fillDocument(document);
        QCOMPARE(ReportOdtFinisher::headerRowCounts(document), QList<int>({0, 1, 1, 2}));
    }

    void qtPackageGetsHeaderRows()
    {
        QTextDocument document;
        fillDocument(document);
        QByteArray package;
        {
            QBuffer buffer(&package);
            buffer.open(QIODevice::WriteOnly);
            QTextDocumentWriter writer(&buffer, "odf");
            QVERIFY(writer.write(&document));
        }
        QByteArray content = entry(package, QStringLiteral("content.xml"));
        QVERIFY(!content.isEmpty());
        QCOMPARE(tableShapes(content).size(), 4);
        QVERIFY(!content.contains("table-header-rows"));

        const QByteArray before = content;
        QVERIFY(ReportOdtFinisher::patchContent(content, ReportOdtFinisher::headerRowCounts(document)));
        QVERIFY(wellFormed(content));
        const QStringList shapes = tableShapes(content);
        QCOMPARE(shapes.size(), 4);
        QVERIFY2(shapes.at(0).endsWith(QLatin1String("RR")) && !shapes.at(0).contains(QLatin1Char('H')),
                 qPrintable(shapes.at(0)));
        QVERIFY2(shapes.at(1).endsWith(QLatin1String("H1RRRR")), qPrintable(shapes.at(1)));
        QVERIFY2(shapes.at(2).endsWith(QLatin1String("H1RR")), qPrintable(shapes.at(2)));
        QVERIFY2(shapes.at(3).endsWith(QLatin1String("H2RR")), qPrintable(shapes.at(3)));
        // Text and escaping as Qt wrote them.
        QVERIFY(content.contains("A &amp; B"));
        QCOMPARE(QString::fromUtf8(content).count(QStringLiteral("Schulträger")), 1);
        QVERIFY(content.size() > before.size());

        // The first paragraph starts the first page's style, through a copy of its own style.
        QVERIFY(content.contains(
            QStringLiteral("style:master-page-name=\"%1\"").arg(ReportOdtStyles::FirstPageStyle).toUtf8()));
        QCOMPARE(content.count("master-page-name"), 1);
    }

    void handWrittenContent_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<int>>("headerRows");
        QTest::addColumn<QStringList>("shapes");
        QTest::addColumn<bool>("firstPage");
        QTest::newRow("fewer rows than header rows")
            << QByteArray("<text:p text:style-name=\"p1\">x</text:p><table:table><table:table-row/></table:table>")
            << QList<int>{3} << QStringList{QStringLiteral("H1")} << true;
        QTest::newRow("no rows at all")
            << QByteArray("<text:p text:style-name=\"p1\"/><table:table><table:table-column/></table:table>")
            << QList<int>{1} << QStringList{QStringLiteral("C")} << true;
        QTest::newRow("more tables than counts")
            << QByteArray("<text:p text:style-name=\"p1\"/><table:table><table:table-row/><table:table-row/></table:table>"
                          "<table:table><table:table-row/></table:table>")
            << QList<int>{1} << QStringList{QStringLiteral("H1R"), QStringLiteral("R")} << true;
        QTest::newRow("already has header rows")
            << QByteArray("<text:p text:style-name=\"p1\"/><table:table><table:table-header-rows><table:table-row/>"
                          "</table:table-header-rows><table:table-row/></table:table>")
            << QList<int>{1} << QStringList{QStringLiteral("H1R")} << true;
        QTest::newRow("table first: no page style")
            << QByteArray("<table:table><table:table-row/><table:table-row/></table:table><text:p text:style-name=\"p1\"/>")
            << QList<int>{1} << QStringList{QStringLiteral("H1R")} << false;
        QTest::newRow("first paragraph style unknown")
            << QByteArray("<text:p text:style-name=\"p9\">x</text:p>") << QList<int>{} << QStringList{} << false;
    }

    void handWrittenContent()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<int>, headerRows);
        QFETCH(QStringList, shapes);
        QFETCH(bool, firstPage);
        QByteArray content =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">"
            "<office:automatic-styles><style:style style:name=\"p1\" style:family=\"paragraph\">"
            "<style:paragraph-properties/></style:style></office:automatic-styles>"
            "<office:body><office:text>"
            + body + "</office:text></office:body></office:document-content>";
        const int rows = int(body.count("<table:table-row"));
        QVERIFY(ReportOdtFinisher::patchContent(content, headerRows));
        QVERIFY(wellFormed(content));
        QCOMPARE(tableShapes(content), shapes);
        // Every row is kept on one page, by an automatic style (LibreOffice ignores common row styles).
        QCOMPARE(int(content.count("<table:table-row table:style-name=\"SchulitRow\"")), rows);
        QCOMPARE(int(content.count("<style:style style:name=\"SchulitRow\" style:family=\"table-row\">"
                                   "<style:table-row-properties fo:keep-together=\"always\"/></style:style>")), 1);
        QVERIFY(content.indexOf("SchulitRow\" style:family") < content.indexOf("</office:automatic-styles>"));
        QCOMPARE(content.contains("master-page-name"), firstPage);
        if (firstPage) {
            // The copy keeps the original's properties; the original stays for other paragraphs.
            QVERIFY(content.contains("<style:style style:name=\"SchulitFirstPage\" style:master-page-name=\"First_20_Page\" "
                                     "style:family=\"paragraph\"><style:paragraph-properties/></style:style>"));
            QVERIFY(content.contains("<style:style style:name=\"p1\""));
            QVERIFY(content.contains("<text:p text:style-name=\"SchulitFirstPage\""));
        }
    }

    void noRowStyleWithoutItsNamespaces()
    {
        // Without the fo namespace the style cannot be written: rows stay as they are.
        QByteArray content(
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:automatic-styles/>"
            "<office:body><office:text><table:table><table:table-row/></table:table></office:text></office:body>"
            "</office:document-content>");
        QVERIFY(ReportOdtFinisher::patchContent(content, {1}));
        QVERIFY(wellFormed(content));
        QVERIFY(!content.contains("SchulitRow"));
        QVERIFY(content.contains("<table:table-header-rows><table:table-row/></table:table-header-rows>"));
    }

    void malformedContentIsLeftAlone()
    {
        QByteArray content("<office:document-content><table:table>");
        const QByteArray before = content;
        QVERIFY(!ReportOdtFinisher::patchContent(content, {1}));
        QCOMPARE(content, before);
    }

    void stylesHaveThePageAndItsLines()
    {
        const QByteArray styles = ReportOdtStyles::xml(sampleReport());
        QVERIFY(wellFormed(styles));
        const QString text = QString::fromUtf8(styles);
        QVERIFY(text.contains(QStringLiteral("fo:page-width=\"21cm\"")));
        QVERIFY(text.contains(QStringLiteral("fo:page-height=\"29.7cm\"")));
        QVERIFY(text.contains(QStringLiteral("style:print-orientation=\"portrait\"")));
        QVERIFY(text.contains(QStringLiteral("fo:margin-left=\"25mm\"")));
        QVERIFY(text.contains(QStringLiteral("fo:margin-right=\"15mm\"")));
        // Body from 27 mm at the top (12 + 7 + 8) to 22 mm at the bottom (11 + 6 + 5), as in the PDF.
        QVERIFY(text.contains(QStringLiteral("fo:margin-top=\"12mm\"")));
        QVERIFY(text.contains(QStringLiteral("fo:margin-top=\"27mm\"")));
        QVERIFY(text.contains(QStringLiteral("fo:min-height=\"7mm\" fo:margin-bottom=\"8mm\"")));
        QVERIFY(text.contains(QStringLiteral("fo:min-height=\"6mm\" fo:margin-top=\"5mm\"")));
        QVERIFY(text.contains(QStringLiteral("<style:master-page style:name=\"Standard\"")));
        QVERIFY(text.contains(QStringLiteral("style:next-style-name=\"Standard\"")));

        // Header: title with committee and meeting date, then the scope, escaped.
        QVERIFY(text.contains(
            QStringLiteral("Stand der Schul-IT \u00b7 Ausschuss für Bildung und Schule, 24.09.2025</text:span><text:tab/>"
                           "Stadt Dülmen &lt;&amp; Co&gt;</text:p>")));
        QCOMPARE(text.count(QStringLiteral("<style:header>")), 1);
        // Footer on both page styles: data date, office, "Seite X von Y" with fields.
        const QString footer = QStringLiteral(
            "<text:p text:style-name=\"Footer\">Datenstand: 15.06.2025<text:tab/>Kreis Coesfeld<text:tab/>"
            "Seite <text:page-number text:select-page=\"current\"/> von <text:page-count/></text:p>");
        QCOMPARE(text.count(footer), 2);
    }

    void manifestGetsTheStyles()
    {
        QByteArray manifest(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
            "manifest:version=\"1.2\">\n"
            " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"content.xml\"/>\n"
            "</manifest:manifest>\n");
        QVERIFY(ReportOdtFinisher::addManifestEntry(manifest, QStringLiteral("styles.xml"), QStringLiteral("text/xml")));
        QVERIFY(wellFormed(manifest));
        QVERIFY(manifest.contains(
            "<manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>"));
        const QByteArray once = manifest;
        QVERIFY(ReportOdtFinisher::addManifestEntry(manifest, QStringLiteral("styles.xml"), QStringLiteral("text/xml")));
        QCOMPARE(manifest, once);
    }

    void finishRefusesABrokenPackage()
    {
        QByteArray package("PK not really");
        QVERIFY(!ReportOdtFinisher::finish(package, sampleReport(), {}).isEmpty());
        QCOMPARE(package, QByteArray("PK not really"));
    }
};

QTEST_MAIN(TestReportOdtFinisher)
#include "tst_reportodtfinisher.moc"
