// SPDX-License-Identifier: EUPL-1.2
// The committee report as an HTML page: every text escaped, tables with a header that
// browsers repeat, marks as classes, charts from the given source.
#include "reportdocument.h"
#include "reporthtml.h"
#include "testsupport.h"

#include <QtTest>

class TestReportHtml : public QObject
{
    Q_OBJECT

private:
    static ReportDocument sample()
    {
        ReportDocument document;
        document.heading = QStringLiteral("Sachstand");
        document.scope = QStringLiteral("Stadt <A> & Co");
        document.title.committee = QStringLiteral("Ausschuss \"Bildung\" & Schule");
        document.title.office = QStringLiteral("Amt <10>");
        document.title.dataDate = QDate(2025, 6, 15);
        document.addHeading(QStringLiteral("Schulen"));
        document.addParagraph(QStringLiteral("Text mit <script>alert(1)</script>"));
        ReportTable table(QStringLiteral("Tabelle <1>"));
        table.addColumn(QStringLiteral("Schule"));
        table.addColumn(QStringLiteral("Schüler & Geräte"), ReportTable::Align::Right);
        table.addGroupRow(QStringLiteral("Gruppe <i>x</i>"));
        table.addRow({{QStringLiteral("<b>A & B</b>"), ReportTable::Plain}, {QStringLiteral("1.540"), ReportTable::Marked}});
        table.addRow(QStringList{QStringLiteral("Summe")}, ReportTable::RowKind::Total);
        document.addTable(table);
        document.addChart(QStringLiteral("device-age"), QStringLiteral("Alter <Geräte>"));
        return document;
    }

private slots:
    void initTestCase()
    {
        TestSupport::useGerman();
    }

    void escapesEveryText()
    {
        const QString html = ReportHtml::render(sample(), {});
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;A &amp; B&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>A & B</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("Ausschuss &quot;Bildung&quot; &amp; Schule")));
        QVERIFY(html.contains(QStringLiteral("Stadt &lt;A&gt; &amp; Co")));
        QVERIFY(html.contains(QStringLiteral("Amt &lt;10&gt;")));
        QVERIFY(html.contains(QStringLiteral("Tabelle &lt;1&gt;")));
        QVERIFY(html.contains(QStringLiteral("Gruppe &lt;i&gt;x&lt;/i&gt;")));
        QVERIFY(html.contains(QStringLiteral("Schüler &amp; Geräte")));
        QVERIFY(!html.contains(QStringLiteral("<i>x</i>")));
        QVERIFY(html.contains(QStringLiteral("15.06.2025")));
    }

    void tableStructure()
    {
        const QString html = ReportHtml::render(sample(), {});
        QCOMPARE(html.count(QStringLiteral("<thead>")), 1);
        QVERIFY(html.contains(QStringLiteral("<tr class=\"group\"><td colspan=\"2\">")));
        QVERIFY(html.contains(QStringLiteral("<td class=\"num marked\">1.540</td>")));
        QVERIFY(html.contains(QStringLiteral("<tr class=\"total\">")));
        QVERIFY(html.contains(QStringLiteral("<h2>1 Schulen</h2>")));
        QVERIFY(html.contains(QStringLiteral("@page { size: A4 portrait")));
    }

    void charts()
    {
        // Without a source the chart is left out; with one it is an image with an escaped caption.
        QVERIFY(!ReportHtml::render(sample(), {}).contains(QStringLiteral("<img")));
        const QString html = ReportHtml::render(sample(), [](const QString &name) {
            return QStringLiteral("data:image/svg+xml;base64,") + name;
        });
        QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/svg+xml;base64,device-age\" "
                                             "alt=\"Alter &lt;Geräte&gt;\">")));
    }
};

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_reporthtml.moc"
