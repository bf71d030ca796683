// SPDX-License-Identifier: EUPL-1.2
// The committee report on paper and in files: the PDF's text (read back with pdftotext
// from poppler-utils) holds the fixture's key figures in German formats, keeps to its
// scope, numbers its pages, repeats table headers and draws charts as vectors; the ODT is
// a valid OpenDocument package with header rows, A4 page, running header and footer;
// database text is never taken for markup.
#include "chartregistry.h"
#include "enumcatalog.h"
#include "reportdocument.h"
#include "reportequipmentsection.h"
#include "reportgenerator.h"
#include "statisticsfixture.h"
#include "testsupport.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <QtTest>

using namespace StatisticsFixture;

class TestReportGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString pdfText(const QString &path, int page = 0)
    {
        QStringList arguments{QStringLiteral("-layout")};
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        // Compatibility form: the PDF's ligatures ("ﬀ" in "Anschaﬀung") read as their letters.
        return run(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"))
            .normalized(QString::NormalizationForm_KC);
    }

    static int pdfPages(const QString &path)
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                .match(run(QStringLiteral("pdfinfo"), {path}));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    static ReportOptions fixtureOptions()
    {
        ReportOptions options;
        options.title.dataDate = today();
        options.title.committee = QStringLiteral("Ausschuss für Bildung und Schule");
        options.title.meetingDate = QDate(2025, 9, 24);
        options.title.office = QStringLiteral("Kreis Coesfeld, Koordinierungsstelle Schul-IT");
        return options;
    }

    // Writes the report; `pages` gets the pages painted, `charts` the number of charts it shows.
    QString write(Database &database, const ReportOptions &options, const QString &name, int *pages = nullptr,
                  int *charts = nullptr)
    {
        ReportGenerator generator(database, StatisticsSettings(), options);
        if (const DatabaseError error = generator.prepare()) {
            qWarning("%s", qPrintable(error.message));
            return {};
        }
        const QString path = m_dir.filePath(name);
        const auto format = ReportGenerator::formatFromPath(path);
        const QString problem = generator.write(*format, path);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return {};
        }
        if (pages)
            *pages = generator.pageCount();
        if (charts)
            *charts = int(generator.document().chartNames().size());
        return path;
    }

    static void addSchoolWithMarkup(Database &database)
    {
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO school (id, school_number, name, school_type, authority_id, "
                                          "pupils) VALUES (6, '100006', '<b>A & B</b>', '02', 2, 50)")));
    }

private slots:
    void initTestCase()
    {
        TestSupport::useGerman();
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed");
    }

    void formatFromPath()
    {
        QCOMPARE(ReportGenerator::formatFromPath(QStringLiteral("a/b.PDF")), ReportGenerator::Format::Pdf);
        QCOMPARE(ReportGenerator::formatFromPath(QStringLiteral("b.odt")), ReportGenerator::Format::Odt);
        QCOMPARE(ReportGenerator::formatFromPath(QStringLiteral("b.htm")), ReportGenerator::Format::Html);
        QVERIFY(!ReportGenerator::formatFromPath(QStringLiteral("b.docx")));
    }

    void keyFiguresInPdf()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const QString path = write(temp.db(), fixtureOptions(), QStringLiteral("keyfigures.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        for (const char *expected : {"1.540", "118,5", "40,0 %", "1.850.000,00 €", "1.650.000,00 €",
                                     "1.100.000,00 €", "998.500,50 €", "89,2 %", "59,5 %", "54,0 %", "24.500,49 €",
                                     "15.06.2025", "24.09.2025", "30.06.2025", "31.12.2025",
                                     "Ausschuss für Bildung und Schule", "Kreis Coesfeld", "Gemeinde Rosendahl"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    void scopeOfOneAuthority()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        ReportOptions options = fixtureOptions();
        options.title.office.clear(); // the office's name is the county's own
        options.authorityIds = {StadtDuelmen};
        const QString path = write(temp.db(), options, QStringLiteral("duelmen.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Stadt Dülmen")));
        QVERIFY(text.contains(QStringLiteral("Realschule Dülmen")));
        QVERIFY(text.contains(QStringLiteral("550.000,00 €")));
        for (const char *other : {"Coesfeld", "Rosendahl", "Gymnasium Nord", "Berufskolleg West",
                                  "Druckerdienst Müller", "SV-001", "SV-005", "1.540"})
            QVERIFY2(!text.contains(QString::fromUtf8(other)), other);
    }

    void pageNumbersAgree()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        int painted = 0;
        const QString path = write(temp.db(), fixtureOptions(), QStringLiteral("pages.pdf"), &painted);
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(painted, pages);
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(path, page);
            QVERIFY2(text.contains(ReportDocument::pageLine(page, pages)), qPrintable(QString::number(page)));
            QVERIFY(text.contains(QStringLiteral("15.06.2025")));
        }
        QVERIFY(!pdfText(path).contains(ReportDocument::pageLine(pages + 1, pages)));
    }

    void printerPaintsTheSamePages()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        ReportGenerator generator(temp.db(), StatisticsSettings(), fixtureOptions());
        QVERIFY(!generator.prepare());
        const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            ReportGenerator::setUpPrinter(printer);
            QVERIFY(generator.paint(printer) > 0);
        }
        QCOMPARE(pdfPages(path), generator.pageCount());
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("(A4)")));
        QVERIFY(pdfText(path).contains(QStringLiteral("1.850.000,00 €")));
    }

    void chartsAreVectors()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const QString path = write(temp.db(), fixtureOptions(), QStringLiteral("charts.pdf"));
        QVERIFY(!path.isEmpty());
        // pdfimages lists two header lines and then one line per embedded picture: none.
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2);
        // The charts' titles are text in the PDF, not pixels.
        const QString text = pdfText(path);
        for (const QString &name : {QStringLiteral("devices-by-authority"), QStringLiteral("device-age"),
                                    QStringLiteral("funding-status"), QStringLiteral("contract-costs")})
            QVERIFY2(text.contains(ChartRegistry::find(name)->title()), qPrintable(name));
    }

    void longTableRepeatsItsHeader()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::loadSql(temp.db(), QStringLiteral("report_long_fixture.sql")));
        ReportOptions options = fixtureOptions();
        options.title.dataDate = QDate(2025, 6, 15);
        const QString path = write(temp.db(), options, QStringLiteral("long.pdf"));
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        // A row of the device table: authority, PC and total, nothing else.
        const QRegularExpression deviceRow(QStringLiteral("^\\s*Träger (\\d\\d)\\s+1\\s+1\\s*$"));
        const QString pc = EnumCatalog::label(EnumKind::DeviceCategory, QStringLiteral("pc"));
        const QString total = ReportEquipmentSection::tr("Total");
        const QString authority = ReportEquipmentSection::tr("School authority");
        QList<int> rowsSeen;
        QList<int> pagesWithRows;
        for (int page = 1; page <= pages; ++page) {
            const QStringList lines = pdfText(path, page).split(QLatin1Char('\n'));
            int first = -1;
            for (int i = 0; i < lines.size(); ++i) {
                const QRegularExpressionMatch match = deviceRow.match(lines.at(i));
                if (!match.hasMatch())
                    continue;
                if (first < 0)
                    first = i;
                rowsSeen << match.captured(1).toInt();
            }
            if (first < 0)
                continue;
            pagesWithRows << page;
            // The nearest line above the page's first row is the table's header.
            int header = first - 1;
            while (header >= 0 && lines.at(header).trimmed().isEmpty())
                --header;
            QVERIFY2(header >= 0, qPrintable(QStringLiteral("page %1").arg(page)));
            const QString headerLine = lines.at(header);
            QVERIFY2(headerLine.contains(authority) && headerLine.contains(total)
                         && headerLine.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(pc))),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(headerLine)));
        }
        QVERIFY2(pagesWithRows.size() >= 2, "the device table should span pages");
        // Every row once, in order, none lost or cut at a page break.
        QList<int> expected;
        for (int i = 1; i <= 80; ++i)
            expected << i;
        QCOMPARE(rowsSeen, expected);
        // Captions that open a page are drawn there only, not also (clipped) on the page before.
        const QString caption = ReportEquipmentSection::tr("Devices past their replacement cycle per school authority");
        QCOMPARE(pdfText(path).count(caption), 1);
    }

    void odtIsAnOpenDocumentPackage()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        addSchoolWithMarkup(temp.db());
        int charts = 0;
        const QString path = write(temp.db(), fixtureOptions(), QStringLiteral("report.odt"), nullptr, &charts);
        QVERIFY(charts >= 6); // the six of equipment, funding and support at least
        QVERIFY(!path.isEmpty());
        // The first entry is the uncompressed "mimetype" naming an OpenDocument text.
        QCOMPARE(TestSupport::fileBytes(path).mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}),
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QVERIFY(listing.contains(QStringLiteral("content.xml")));
        QVERIFY(listing.contains(QStringLiteral("META-INF/manifest.xml")));
        // One PNG picture per chart, declared in the manifest.
        const QString manifest =
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("META-INF/manifest.xml")});
        QCOMPARE(manifest.count(QStringLiteral("manifest:media-type=\"image/png\"")), charts);
        QCOMPARE(listing.count(QStringLiteral("Pictures/")), charts);
        QProcess picture;
        picture.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("Pictures/Picture1")});
        QVERIFY(picture.waitForFinished(60000));
        QVERIFY(picture.readAllStandardOutput().startsWith("\x89PNG"));
        const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(content.contains(QStringLiteral("1.590"))); // 1540 pupils and the 50 of the new school
        QVERIFY(content.contains(QStringLiteral("1.850.000,00 €")));
        QVERIFY(content.contains(QStringLiteral("&lt;b&gt;A &amp; B&lt;/b&gt;")));
        QVERIFY(!content.contains(QStringLiteral("<b>A")));
        QVERIFY(content.contains(QStringLiteral("<table:table-row")));
        // Every table spans the text width of A4 less 25 + 15 mm margins: 170 mm = 481.89 pt.
        const QRegularExpression tableWidth(QStringLiteral("<style:table-properties[^>]*style:width=\"([^\"]+)\""));
        auto widths = tableWidth.globalMatch(content);
        int tablesStyled = 0;
        while (widths.hasNext()) {
            QCOMPARE(widths.next().captured(1), QStringLiteral("481.89pt"));
            ++tablesStyled;
        }
        QVERIFY(tablesStyled > 0);
        QVERIFY(content.contains(QStringLiteral("schulit-chart:devices-by-authority")));
    }

    // What Qt's writer leaves out is added: header rows that LibreOffice and Word repeat on
    // each page, the A4 page with the report's margins, running header and footer.
    void odtHasHeaderRowsAndPageStyles()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::loadSql(temp.db(), QStringLiteral("report_long_fixture.sql")));
        ReportOptions options = fixtureOptions();
        options.title.dataDate = QDate(2025, 6, 15);
        ReportGenerator generator(temp.db(), StatisticsSettings(), options);
        QVERIFY(!generator.prepare());
        const QString path = m_dir.filePath(QStringLiteral("long.odt"));
        QCOMPARE(generator.writeOdt(path), QString());

        const QString test = run(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
        QVERIFY2(test.contains(QStringLiteral("No errors detected")), qPrintable(test));
        // The first entry: "mimetype", stored (method 0), no extra field.
        const QByteArray bytes = TestSupport::fileBytes(path);
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(8, 2), QByteArray(2, '\0'));
        QCOMPARE(bytes.mid(28, 2), QByteArray(2, '\0'));
        QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));

        const auto entry = [&path](const char *name) {
            return run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QString::fromLatin1(name)}).toUtf8();
        };
        const QByteArray content = entry("content.xml");
        const QByteArray styles = entry("styles.xml");
        const QByteArray manifest = entry("META-INF/manifest.xml");
        for (const QByteArray &xml : {content, styles, manifest}) {
            QVERIFY(!xml.isEmpty());
            QXmlStreamReader reader(xml);
            while (!reader.atEnd())
                reader.readNext();
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        }

        // Every report table has its first row as header row; the title block has none.
        const int tables = int(content.count("<table:table "));
        QVERIFY(tables > 3);
        QCOMPARE(int(content.count("<table:table-header-rows>")), tables - 1);
        QCOMPARE(int(content.count("</table:table-header-rows>")), tables - 1);
        const QString text = QString::fromUtf8(content);
        const QRegularExpression header(QStringLiteral("<table:table-header-rows>(.*?)</table:table-header-rows>"),
                                        QRegularExpression::DotMatchesEverythingOption);
        bool deviceHeader = false;
        for (auto it = header.globalMatch(text); it.hasNext();) {
            const QString rows = it.next().captured(1);
            QCOMPARE(rows.count(QStringLiteral("<table:table-row")), 1);
            deviceHeader = deviceHeader
                           || (rows.contains(ReportEquipmentSection::tr("School authority"))
                               && rows.contains(ReportEquipmentSection::tr("Total")));
        }
        QVERIFY(deviceHeader);
        // All 80 authorities of the long table are still there, below the header.
        for (int i = 1; i <= 80; ++i)
            QVERIFY(text.contains(QStringLiteral("Träger %1").arg(i, 2, 10, QLatin1Char('0'))));
        QCOMPARE(int(content.count("master-page-name=\"First_20_Page\"")), 1);

        // Every text run names the report's font (Qt's writer would write "Sans", which Word
        // and LibreOffice on Windows do not know); empty paragraphs take it from the default.
        QHash<QString, QString> familyOfStyle;
        const QRegularExpression textStyle(
            QStringLiteral("<style:style style:name=\"([^\"]+)\" style:family=\"text\">\\s*<style:text-properties[^>]*?fo:font-family=\"([^\"]+)\""));
        for (auto it = textStyle.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            familyOfStyle.insert(match.captured(1), match.captured(2));
        }
        int spans = 0;
        const QRegularExpression span(QStringLiteral("<text:span text:style-name=\"([^\"]+)\""));
        for (auto it = span.globalMatch(text); it.hasNext(); ++spans)
            QCOMPARE(familyOfStyle.value(it.next().captured(1)), QStringLiteral("Arial"));
        QVERIFY(spans > 100);
        QVERIFY(styles.contains("<style:default-style style:family=\"paragraph\">"));
        // A caption stays with its table, a heading with its text: their paragraph styles keep
        // with the next; each row stays on one page.
        QSet<QString> keeping;
        const QRegularExpression keepStyle(QStringLiteral(
            "<style:style style:name=\"([^\"]+)\" style:family=\"paragraph\">\\s*<style:paragraph-properties[^>]*"
            "fo:keep-with-next=\"always\""));
        for (auto it = keepStyle.globalMatch(text); it.hasNext();)
            keeping.insert(it.next().captured(1));
        const QRegularExpression captionBeforeTable(
            QStringLiteral("<text:p text:style-name=\"([^\"]+)\">(?:(?!</text:p>).)*</text:p>\\s*<table:table "),
            QRegularExpression::DotMatchesEverythingOption);
        int captions = 0;
        for (auto it = captionBeforeTable.globalMatch(text); it.hasNext();) {
            const QString style = it.next().captured(1);
            if (style != QLatin1String("SchulitFirstPage")) { // the title above the title block
                QVERIFY2(keeping.contains(style), qPrintable(style));
                ++captions;
            }
        }
        QVERIFY(captions > 3);
        QCOMPARE(int(content.count("<table:table-row table:style-name=\"SchulitRow\"")),
                 int(content.count("<table:table-row")));

        QVERIFY(manifest.contains("manifest:full-path=\"styles.xml\""));
        const QString page = QString::fromUtf8(styles);
        QVERIFY(page.contains(QStringLiteral("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"")));
        QVERIFY(page.contains(QStringLiteral("<style:master-page style:name=\"Standard\"")));
        QVERIFY(page.contains(generator.document().runningTitle()));
        QVERIFY(page.contains(QStringLiteral("Datenstand: 15.06.2025")));
        QVERIFY(page.contains(QStringLiteral(
            "Seite <text:page-number text:select-page=\"current\"/> von <text:page-count/>")));
    }

    void databaseTextIsNotMarkup()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        addSchoolWithMarkup(temp.db());
        const QString pdf = write(temp.db(), fixtureOptions(), QStringLiteral("markup.pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pdfText(pdf).contains(QStringLiteral("<b>A & B</b>")));

        int charts = 0;
        const QString html = write(temp.db(), fixtureOptions(), QStringLiteral("markup.html"), nullptr, &charts);
        QVERIFY(!html.isEmpty());
        const QString page = QString::fromUtf8(TestSupport::fileBytes(html));
        QVERIFY(page.contains(QStringLiteral("&lt;b&gt;A &amp; B&lt;/b&gt;")));
        QVERIFY(!page.contains(QStringLiteral("<b>A & B</b>")));
        QVERIFY(charts >= 6);
        QCOMPARE(page.count(QStringLiteral("<img src=\"data:image/svg+xml;base64,")), charts);
        QVERIFY(page.contains(QStringLiteral("<thead>")));
    }

    void unwritablePath()
    {
        TestSupport::TempDatabase temp;
        ReportGenerator generator(temp.db(), StatisticsSettings(), fixtureOptions());
        QVERIFY(!generator.prepare());
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
        QVERIFY(!generator.writePdf(path).isEmpty());
        QVERIFY(!generator.writeOdt(m_dir.filePath(QStringLiteral("missing/report.odt"))).isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportGenerator)
#include "tst_reportgenerator.moc"
