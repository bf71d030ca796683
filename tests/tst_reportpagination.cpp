// SPDX-License-Identifier: EUPL-1.2
// The committee report's pages as laid out for a PDF: no chart and no table row is cut by
// a page break.
#include "report/reportchartobject.h"
#include "report/reportgenerator.h"
#include "report/reportpagepainter.h"
#include "statisticsfixture.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTest>

#include <cmath>

class TestReportPagination : public QObject
{
    Q_OBJECT

private:
    struct Laid
    {
        std::unique_ptr<QTextDocument> document = std::make_unique<QTextDocument>();
        double pageHeight = 0;
    };

    // The report of the long fixture (80 authorities) laid out as for a 300 dpi PDF.
    static void layOut(Database &database, Laid &laid)
    {
        ReportOptions options;
        options.title.dataDate = QDate(2025, 6, 15);
        options.title.committee = QStringLiteral("Ausschuss für Bildung und Schule");
        ReportGenerator generator(database, StatisticsSettings(), options);
        QVERIFY(!generator.prepare());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        const ReportPagePainter::Page page = ReportPagePainter::pageFor(writer);
        generator.layOut(*laid.document, writer, page);
        laid.pageHeight = page.body.height();
    }

    static int pageOf(double y, double pageHeight) { return int(std::floor(y / pageHeight)); }

private slots:
    void initTestCase() { TestSupport::useGerman(); }

    void chartsAndRowsStayOnOnePage()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::loadSql(temp.db(), QStringLiteral("report_long_fixture.sql")));
        Laid laid;
        layOut(temp.db(), laid);
        QTextDocument &document = *laid.document;
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        QVERIFY(layout->pageCount() >= 3);

        int charts = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().objectType() != ReportChartObject::Type)
                    continue;
                ++charts;
                const QTextLine line = block.layout()->lineForTextPosition(fragment.position() - block.position());
                QVERIFY(line.isValid());
                const QRectF box = layout->blockBoundingRect(block);
                const double top = box.top() + line.y();
                const double bottom = top + line.height();
                QVERIFY2(pageOf(top + 1, laid.pageHeight) == pageOf(bottom - 1, laid.pageHeight),
                         qPrintable(QStringLiteral("chart at %1..%2, page height %3").arg(top).arg(bottom).arg(laid.pageHeight)));
            }
        }
        QVERIFY(charts >= 4);

        int rows = 0;
        const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
        for (QTextFrame *frame : frames) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            for (int row = 0; row < table->rows(); ++row) {
                double top = 1e300;
                double bottom = -1;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                        if (!it.currentBlock().isValid())
                            continue;
                        const QRectF box = layout->blockBoundingRect(it.currentBlock());
                        top = std::min(top, box.top());
                        bottom = std::max(bottom, box.bottom());
                    }
                }
                if (bottom < 0)
                    continue;
                ++rows;
                QVERIFY2(pageOf(top + 1, laid.pageHeight) == pageOf(bottom - 1, laid.pageHeight),
                         qPrintable(QStringLiteral("table row %1 at %2..%3").arg(row).arg(top).arg(bottom)));
            }
        }
        QVERIFY(rows > 80);
    }
};

QTEST_MAIN(TestReportPagination)
#include "tst_reportpagination.moc"
