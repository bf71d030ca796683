// SPDX-License-Identifier: EUPL-1.2
// `schulit chart` as people run it: the built program in a child process, on the fixture.
#include "schulitprocess.h"
#include "statisticsfixture.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using SchulitProcess::Run;

class TestChartCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::TempDatabase> m_database;

    Run schulit(const QStringList &arguments)
    {
        return SchulitProcess::run(QStringLiteral(SCHULIT_BINARY), m_dir.filePath(QStringLiteral("config")), arguments);
    }

    QStringList chart(const QString &name, const QString &out, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("chart"), name, QStringLiteral("--out"), out, QStringLiteral("--database"),
                           m_database->path()} + more;
    }

    static bool wellFormed(const QByteArray &svg)
    {
        QXmlStreamReader reader(svg);
        while (!reader.atEnd())
            reader.readNext();
        return !reader.hasError();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_database->db()));
        m_database->db().close(); // the child process opens it
    }

    void list()
    {
        const Run run = schulit({QStringLiteral("chart"), QStringLiteral("--list")});
        QCOMPARE(run.exitCode, 0);
        for (const char *name : {"devices-by-authority", "device-age", "pupils-per-device", "funding-status",
                                 "contract-costs", "contract-deadlines"})
            QVERIFY2(run.out.contains(QLatin1String(name)), name);
        // Every line names a chart and gives it a title (other issues add charts of their own).
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 6);
        for (const QString &line : lines)
            QVERIFY(line.simplified().split(QLatin1Char(' ')).size() >= 3);
    }

    void png()
    {
        const QString path = m_dir.filePath(QStringLiteral("age.png"));
        const Run run = schulit(chart(QStringLiteral("device-age"), path,
                                      {QStringLiteral("--width"), QStringLiteral("1000"), QStringLiteral("--height"),
                                       QStringLiteral("700"), QStringLiteral("--dpi"), QStringLiteral("150")}));
        QCOMPARE(run.exitCode, 0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1000, 700));
        QCOMPARE(qRound(image.dotsPerMeterX() / 39.3700787), 150);
    }

    void svgWithAuthorityFilter()
    {
        const QString path = m_dir.filePath(QStringLiteral("devices.svg"));
        const Run run = schulit(chart(QStringLiteral("devices-by-authority"), path,
                                      {QStringLiteral("--authority"), QStringLiteral("Stadt Dülmen"),
                                       QStringLiteral("--authority"), QStringLiteral("gemeinde rosendahl")}));
        QCOMPARE(run.exitCode, 0);
        const QByteArray svg = TestSupport::fileBytes(path);
        QVERIFY(wellFormed(svg));
        QVERIFY(svg.contains("Stadt Dülmen"));
        QVERIFY(svg.contains("Gemeinde Rosendahl"));
        QVERIFY(!svg.contains("Kreis Coesfeld"));
    }

    void pdfByFormatOption()
    {
        const QString path = m_dir.filePath(QStringLiteral("costs.out"));
        const Run run = schulit(chart(QStringLiteral("contract-costs"), path,
                                      {QStringLiteral("--format"), QStringLiteral("pdf")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(TestSupport::fileBytes(path).startsWith("%PDF"));
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(pdfinfo.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(pdfinfo.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    }

    void perAuthority()
    {
        const QString path = m_dir.filePath(QStringLiteral("funding.svg"));
        const Run run = schulit(chart(QStringLiteral("funding-status"), path, {QStringLiteral("--per-authority")}));
        QCOMPARE(run.exitCode, 0);
        const QByteArray svg = TestSupport::fileBytes(path);
        QVERIFY(wellFormed(svg));
        // One group per program and authority: five in the fixture.
        for (const char *group : {"DigitalPakt Schule \u2013 Gemeinde Rosendahl", "DigitalPakt Schule \u2013 Kreis Coesfeld",
                                  "DigitalPakt Schule \u2013 Stadt Dülmen", "Sofortausstattungsprogramm \u2013 Kreis Coesfeld",
                                  "Sofortausstattungsprogramm \u2013 Stadt Dülmen"})
            QVERIFY2(svg.contains(QByteArray(group)), group);

        // Summed, the same chart names no authority in its groups.
        const QString summedPath = m_dir.filePath(QStringLiteral("funding-summed.svg"));
        QCOMPARE(schulit(chart(QStringLiteral("funding-status"), summedPath)).exitCode, 0);
        const QByteArray summed = TestSupport::fileBytes(summedPath);
        QVERIFY(summed.contains("DigitalPakt Schule"));
        QVERIFY(!summed.contains("\u2013 Kreis Coesfeld"));

        // With an authority filter only that authority's groups.
        const Run filtered = schulit(chart(QStringLiteral("funding-status"), path,
                                           {QStringLiteral("--per-authority"), QStringLiteral("--authority"),
                                            QStringLiteral("Stadt Dülmen")}));
        QCOMPARE(filtered.exitCode, 0);
        const QByteArray duelmen = TestSupport::fileBytes(path);
        QVERIFY(duelmen.contains("Sofortausstattungsprogramm \u2013 Stadt Dülmen"));
        QVERIFY(!duelmen.contains("\u2013 Kreis Coesfeld"));
    }

    void helpNamesPerAuthority()
    {
        const Run run = schulit({QStringLiteral("chart"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--per-authority")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("funding-status")), qPrintable(run.out));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString out = m_dir.filePath(QStringLiteral("error.png"));
        const QString db = m_database->path();
        const QString chartVerb = QStringLiteral("chart");
        QTest::newRow("unknown chart")
            << QStringList{chartVerb, QStringLiteral("pie-of-everything"), QStringLiteral("--out"), out,
                           QStringLiteral("--database"), db}
            << 2 << "pie-of-everything";
        QTest::newRow("no chart") << QStringList{chartVerb, QStringLiteral("--out"), out} << 2 << "device-age";
        QTest::newRow("no file")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--database"), db} << 2 << "--out";
        QTest::newRow("width not a number")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"), out,
                           QStringLiteral("--width"), QStringLiteral("wide"), QStringLiteral("--database"), db}
            << 2 << "wide";
        QTest::newRow("width too small")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"), out,
                           QStringLiteral("--width"), QStringLiteral("10"), QStringLiteral("--database"), db}
            << 2 << "10";
        QTest::newRow("height too large")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"), out,
                           QStringLiteral("--height"), QStringLiteral("99999"), QStringLiteral("--database"), db}
            << 2 << "99999";
        QTest::newRow("dpi out of range")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"), out,
                           QStringLiteral("--dpi"), QStringLiteral("5000"), QStringLiteral("--database"), db}
            << 2 << "5000";
        QTest::newRow("unknown format")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"), out,
                           QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("--database"), db}
            << 2 << "gif";
        QTest::newRow("format not in the name")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"),
                           m_dir.filePath(QStringLiteral("chart")), QStringLiteral("--database"), db}
            << 2 << "--format";
        QTest::newRow("unknown authority")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"), out,
                           QStringLiteral("--authority"), QStringLiteral("Stadt Atlantis"), QStringLiteral("--database"), db}
            << 2 << "Stadt Atlantis";
        QTest::newRow("per authority on a chart without")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--per-authority"),
                           QStringLiteral("--out"), out, QStringLiteral("--database"), db}
            << 2 << "funding-status";
        QTest::newRow("unwritable path")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"),
                           m_dir.filePath(QStringLiteral("no/such/folder/chart.png")), QStringLiteral("--database"), db}
            << 1 << "chart.png";
        QTest::newRow("missing database")
            << QStringList{chartVerb, QStringLiteral("device-age"), QStringLiteral("--out"), out,
                           QStringLiteral("--database"), m_dir.filePath(QStringLiteral("missing.sqlite"))}
            << 1 << "missing.sqlite";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run run = schulit(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("error.png"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
