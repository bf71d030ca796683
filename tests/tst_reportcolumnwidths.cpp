// SPDX-License-Identifier: EUPL-1.2
// The report's table columns in the text document that becomes the ODT: an office program
// keeps the widths it is given, so a column of numbers must be as wide as its widest number
// (bold in a total row) or "14.311.100,00" breaks in two.
#include "report/reportcharts.h"
#include "report/reporttextdocument.h"
#include "reportdocument.h"
#include "reporttable.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTest>

namespace {
// A4 less the report's 25 + 15 mm margins, in points, as the ODT is written.
constexpr double TablePoints = 481.89;

QList<double> columnPoints(const ReportTable &table)
{
    ReportDocument report;
    report.addTable(table);
    ReportCharts charts;
    ReportTextDocument::Geometry geometry;
    geometry.tableWidthPoints = TablePoints;
    geometry.bodyWidth = 170 / 25.4 * 96;
    QTextDocument document;
    ReportTextDocument::build(report, charts, ReportTextDocument::ChartMode::Image, geometry, document);
    QList<double> widths;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *textTable = qobject_cast<QTextTable *>(frame);
        if (!textTable || textTable->columns() != table.columnCount())
            continue;
        for (const QTextLength &length : textTable->format().columnWidthConstraints())
            widths << (length.type() == QTextLength::FixedLength ? length.rawValue() : -1);
    }
    return widths;
}

// The width of a text in points in the report's table font.
double textPoints(const QString &text, bool bold)
{
    QImage points(1, 1, QImage::Format_RGB32);
    points.setDotsPerMeterX(qRound(72 / 0.0254));
    points.setDotsPerMeterY(qRound(72 / 0.0254));
    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("Helvetica"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(8);
    font.setBold(bold);
    return QFontMetricsF(font, &points).horizontalAdvance(text);
}

ReportTable fundingLikeTable(const QString &total)
{
    ReportTable table;
    table.addColumn(QStringLiteral("Programm / Schulträger"), ReportTable::Align::Left, 6);
    for (const char *title : {"Zugewiesen (€)", "Bewilligt (€)", "Ausgezahlt (€)", "Verausgabt (€)", "Restmittel (€)"})
        table.addColumn(QString::fromUtf8(title), ReportTable::Align::Right, 3);
    table.addGroupRow(QStringLiteral("DigitalPakt 2.0"));
    table.addRow(QStringList{QStringLiteral("Gemeinde Ascheberg"), QStringLiteral("467.100,00"),
                             QStringLiteral("190.156,41"), QStringLiteral("51.342,23"), QStringLiteral("36.966,40"),
                             QStringLiteral("430.133,60")});
    table.addRow(QStringList{QStringLiteral("Summe Programm"), total, total, total, total, total},
                 ReportTable::RowKind::Total);
    return table;
}
} // namespace

class TestReportColumnWidths : public QObject
{
    Q_OBJECT

private slots:
    void numbersFitTheirColumns()
    {
        const QString total = QStringLiteral("114.311.100,00");
        const QList<double> widths = columnPoints(fundingLikeTable(total));
        QCOMPARE(widths.size(), 6);
        double sum = 0;
        for (double width : widths)
            sum += width;
        QVERIFY2(qAbs(sum - TablePoints) < 0.05, qPrintable(QString::number(sum)));
        const double needed = textPoints(total, true) + 2 * 0.8 * 72 / 25.4; // text and cell padding
        for (int c = 1; c < 6; ++c)
            QVERIFY2(widths.at(c) >= needed, qPrintable(QStringLiteral("column %1: %2 pt < %3 pt").arg(c).arg(widths.at(c)).arg(needed)));
        // The name column gives up the room, and keeps room for its longest word.
        QVERIFY(widths.at(0) < TablePoints * 6 / 21);
        QVERIFY(widths.at(0) >= textPoints(QStringLiteral("Schulträger"), true));
    }

    void wordsFitTheirColumns()
    {
        // A narrow column of a long word and a wide one of short words.
        ReportTable table;
        table.addColumn(QStringLiteral("Produkt"), ReportTable::Align::Left, 2);
        table.addColumn(QStringLiteral("Kategorie"), ReportTable::Align::Left, 1);
        table.addColumn(QStringLiteral("Schulträger"), ReportTable::Align::Right, 1);
        table.addColumn(QStringLiteral("Genutzt von"), ReportTable::Align::Left, 8);
        table.addRow(QStringList{QStringLiteral("ISERV IDM"), QStringLiteral("Identitäts- und Benutzerverwaltung"),
                                 QStringLiteral("3"), QStringLiteral("Gemeinde Ascheberg, Stadt Coesfeld, Kreis Coesfeld")});
        const QList<double> widths = columnPoints(table);
        QCOMPARE(widths.size(), 4);
        const double padding = 2 * 0.8 * 72 / 25.4;
        QVERIFY(widths.at(1) >= textPoints(QStringLiteral("Benutzerverwaltung"), false) + padding);
        QVERIFY(widths.at(2) >= textPoints(QStringLiteral("Schulträger"), true) + padding);
        // The room comes from the columns that have it to spare.
        QVERIFY(widths.at(3) < TablePoints * 8 / 12);
        QVERIFY(widths.at(3) >= textPoints(QStringLiteral("Ascheberg,"), false) + padding);
        double sum = 0;
        for (double width : widths)
            sum += width;
        QVERIFY(qAbs(sum - TablePoints) < 0.05);
    }

    void shortNumbersKeepTheWeights()
    {
        const QList<double> widths = columnPoints(fundingLikeTable(QStringLiteral("1.234,00")));
        QCOMPARE(widths.size(), 6);
        QVERIFY(qAbs(widths.at(0) - TablePoints * 6 / 21) < 0.01);
        for (int c = 1; c < 6; ++c)
            QVERIFY(qAbs(widths.at(c) - TablePoints * 3 / 21) < 0.01);
    }
};

QTEST_MAIN(TestReportColumnWidths)
#include "tst_reportcolumnwidths.moc"
