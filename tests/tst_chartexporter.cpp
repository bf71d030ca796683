// SPDX-License-Identifier: EUPL-1.2
// Every registered chart, built on tests/data/statistics_fixture.sql, exported as PNG, SVG
// and PDF. With SCHULIT_CHART_DUMP=folder the files are kept there for a look.
#include "chartbuild.h"
#include "chartdocument.h"
#include "chartexporter.h"
#include "chartregistry.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestChartExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDatabase> m_database;
    std::unique_ptr<StatisticsService> m_service;
    QTemporaryDir m_out;

    std::unique_ptr<ChartDocument> build(const QString &name, const StatisticsFilter &filter = {})
    {
        return buildChart(name, *m_service, filter);
    }

    QString outPath(const QString &fileName) const
    {
        const QString dump = qEnvironmentVariable("SCHULIT_CHART_DUMP");
        return QDir(dump.isEmpty() ? m_out.path() : dump).filePath(fileName);
    }

    // The text the SVG draws (inside <text> elements), and whether it parses to the end.
    static bool readSvg(const QByteArray &svg, QString &drawnText)
    {
        QXmlStreamReader reader(svg);
        bool sawSvg = false;
        int inText = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                sawSvg = sawSvg || reader.name() == QLatin1String("svg");
                if (reader.name() == QLatin1String("text"))
                    ++inText;
            } else if (reader.isEndElement() && reader.name() == QLatin1String("text")) {
                --inText;
                drawnText += QLatin1Char('\n');
            } else if (reader.isCharacters() && inText > 0) {
                drawnText += reader.text();
            }
        }
        return sawSvg && !reader.hasError();
    }

    struct Ink
    {
        int colours = 0;
        double inkedShare = 0; // pixels that are not white
    };

    static Ink inkOf(const QImage &picture)
    {
        const QImage image = picture.convertToFormat(QImage::Format_RGB32);
        QSet<QRgb> colours;
        qint64 inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                colours.insert(line[x]);
                if (qGray(line[x]) < 250)
                    ++inked;
            }
        }
        return {int(colours.size()), double(inked) / (qint64(image.width()) * image.height())};
    }

    static int pdfPages(const QString &path)
    {
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {path});
        if (!pdfinfo.waitForFinished(30000) || pdfinfo.exitCode() != 0)
            return -1;
        const QString output = QString::fromUtf8(pdfinfo.readAllStandardOutput());
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Pages:")))
                return line.mid(6).trimmed().toInt();
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        TestSupport::useGerman();
        QVERIFY(m_out.isValid());
        m_database = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_database->db()));
        m_service = std::make_unique<StatisticsService>(m_database->db(), StatisticsSettings(),
                                                        StatisticsFixture::today());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "pdfinfo (poppler-utils) is needed to count PDF pages");
    }

    void registry()
    {
        const QStringList names = ChartRegistry::names();
        QCOMPARE(names, QStringList({QStringLiteral("devices-by-authority"), QStringLiteral("device-age"),
                                     QStringLiteral("pupils-per-device"), QStringLiteral("funding-status"),
                                     QStringLiteral("contract-costs"), QStringLiteral("contract-deadlines"),
                                     QStringLiteral("systems-commonality"), QStringLiteral("standards-compliance")}));
        for (const ChartRegistry::Entry &entry : ChartRegistry::all()) {
            QVERIFY(!entry.title().isEmpty());
            QCOMPARE(ChartRegistry::find(entry.name), &entry);
        }
        QVERIFY(!ChartRegistry::find(QStringLiteral("pie-of-everything")));
        DatabaseError error;
        QVERIFY(!ChartRegistry::build(QStringLiteral("pie-of-everything"), *m_service, {}, error));
        QCOMPARE(error.kind, DatabaseError::Kind::NotFound);
        QVERIFY(error.message.contains(QStringLiteral("pie-of-everything")));
    }

    void charts_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : ChartRegistry::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void charts()
    {
        QFETCH(QString, name);
        const auto chart = build(name);
        QVERIFY(chart);
        QCOMPARE(chart->name(), name);
        QCOMPARE(chart->title(), ChartRegistry::find(name)->title());
        QCOMPARE(chart->axisTitles().size(), 2);

        // PNG: exactly the pixels asked for, at 96 and at 300 dpi.
        ChartExporter::Options options;
        options.size = QSize(1000, 640);
        const QString png = outPath(name + QStringLiteral(".png"));
        QCOMPARE(ChartExporter::save(*chart, ChartExporter::Format::Png, png, options), QString());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 640));
        options.size = QSize(2480, 1654);
        options.dpi = 300;
        const QString print = outPath(name + QStringLiteral("-300dpi.png"));
        QCOMPARE(ChartExporter::save(*chart, ChartExporter::Format::Png, print, options), QString());
        image = QImage(print);
        QCOMPARE(image.size(), QSize(2480, 1654));
        QCOMPARE(qRound(image.dotsPerMeterX() / 39.3700787), 300);
        // Not a blank page: bars, text and axes leave many colours and some ink (a sparse
        // matrix chart at 300 dpi inks about 1.5 %).
        const Ink ink = inkOf(image);
        QVERIFY2(ink.colours >= 8, qPrintable(QStringLiteral("%1 colours").arg(ink.colours)));
        QVERIFY2(ink.inkedShare >= 0.005, qPrintable(QStringLiteral("%1 drawn").arg(ink.inkedShare)));

        // SVG: well-formed, and the title and both axis titles are drawn as text.
        const QString svgPath = outPath(name + QStringLiteral(".svg"));
        QCOMPARE(ChartExporter::save(*chart, ChartExporter::Format::Svg, svgPath, options), QString());
        QString drawn;
        QVERIFY(readSvg(TestSupport::fileBytes(svgPath), drawn));
        QVERIFY2(drawn.contains(chart->title()), qPrintable(drawn));
        for (const QString &axisTitle : chart->axisTitles())
            QVERIFY2(drawn.contains(axisTitle), qPrintable(axisTitle));

        // PDF: one page.
        const QString pdf = outPath(name + QStringLiteral(".pdf"));
        QCOMPARE(ChartExporter::save(*chart, ChartExporter::Format::Pdf, pdf, options), QString());
        QVERIFY(TestSupport::fileBytes(pdf).startsWith("%PDF"));
        QCOMPARE(pdfPages(pdf), 1);
    }

    void emptyDatabaseStillDraws_data() { charts_data(); }

    void emptyDatabaseStillDraws()
    {
        QFETCH(QString, name);
        TestSupport::TempDatabase empty;
        StatisticsService service(empty.db(), StatisticsSettings(), StatisticsFixture::today());
        DatabaseError error;
        const auto chart = ChartRegistry::build(name, service, {}, error);
        QVERIFY(!error);
        QVERIFY(chart);
        ChartExporter::Options options;
        options.size = QSize(800, 500);
        QCOMPARE(ChartExporter::toImage(*chart, options).size(), QSize(800, 500));
    }

    void badOptions_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("too narrow") << QSize(50, 600) << 96;
        QTest::newRow("too high") << QSize(800, 20000) << 96;
        QTest::newRow("negative") << QSize(-800, 600) << 96;
        QTest::newRow("dpi too low") << QSize(800, 600) << 10;
        QTest::newRow("dpi too high") << QSize(800, 600) << 5000;
        QTest::newRow("stamp at 1200 dpi") << QSize(800, 600) << 1200;
    }

    void badOptions()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        const auto chart = build(QStringLiteral("device-age"));
        const QString path = m_out.filePath(QStringLiteral("bad.png"));
        const QString message = ChartExporter::save(*chart, ChartExporter::Format::Png, path, {size, dpi});
        QVERIFY(!message.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePath()
    {
        const auto chart = build(QStringLiteral("device-age"));
        const QString path = m_out.filePath(QStringLiteral("no/such/folder/chart.pdf"));
        const QString message = ChartExporter::save(*chart, ChartExporter::Format::Pdf, path, {});
        QVERIFY(message.contains(QStringLiteral("chart.pdf")));
    }

    void formats()
    {
        QCOMPARE(ChartExporter::formatFromName(QStringLiteral("PNG")), ChartExporter::Format::Png);
        QCOMPARE(ChartExporter::formatFromPath(QStringLiteral("/tmp/a.svg")), ChartExporter::Format::Svg);
        QCOMPARE(ChartExporter::formatFromPath(QStringLiteral("a.Pdf")), ChartExporter::Format::Pdf);
        QVERIFY(!ChartExporter::formatFromName(QStringLiteral("gif")));
    }

    void filterChangesTheChart()
    {
        StatisticsFilter rosendahl;
        rosendahl.authorityIds = {StatisticsFixture::GemeindeRosendahl};
        const auto all = build(QStringLiteral("devices-by-authority"));
        const auto one = build(QStringLiteral("devices-by-authority"), rosendahl);
        ChartExporter::Options options;
        options.size = QSize(800, 500);
        QVERIFY(ChartExporter::toImage(*all, options) != ChartExporter::toImage(*one, options));
        QString drawn;
        QVERIFY(readSvg(ChartExporter::toSvg(*one, options.size), drawn));
        QVERIFY(drawn.contains(QStringLiteral("Gemeinde Rosendahl")));
        QVERIFY(!drawn.contains(QStringLiteral("Stadt Dülmen")));
    }

    void databaseTextIsNotHtml()
    {
        QSqlQuery query(m_database->db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE support_contract SET vendor = '<b>A & B</b>' WHERE id = 2")));
        const auto chart = build(QStringLiteral("contract-costs"));
        QString drawn;
        QVERIFY(readSvg(ChartExporter::toSvg(*chart, QSize(900, 600)), drawn));
        QVERIFY2(drawn.contains(QStringLiteral("<b>A & B</b>")), qPrintable(drawn));
        QVERIFY(query.exec(QStringLiteral("UPDATE support_contract SET vendor = 'Schul-IT Service AG' WHERE id = 2")));
    }
};

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
