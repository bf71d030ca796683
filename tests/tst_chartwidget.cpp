// SPDX-License-Identifier: EUPL-1.2
// One chart on screen: it draws, exports what its filter shows, offers its export actions
// on a button and in a context menu, and the size dialog reports the printed size.
#include "chartexportdialog.h"
#include "chartwidget.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

class TestChartWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDatabase> m_database;
    std::unique_ptr<StatisticsService> m_service;
    QTemporaryDir m_out;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        TestSupport::useGerman();
        m_database = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_database->db()));
        m_service = std::make_unique<StatisticsService>(m_database->db(), StatisticsSettings(),
                                                        StatisticsFixture::today());
    }

    void drawsOnlyWhenShown()
    {
        ChartWidget widget(QStringLiteral("device-age"), *m_service);
        widget.setFilter({});
        QTest::qWait(300);
        QCOMPARE(widget.reloadCount(), 0); // hidden: nothing computed
        widget.resize(700, 500);
        widget.show();
        QTRY_COMPARE(widget.reloadCount(), 1);
        QVERIFY(!widget.title().isEmpty());
    }

    void emptyDatabaseSaysSoInsteadOfBareAxes()
    {
        TestSupport::TempDatabase empty;
        StatisticsService service(empty.db());
        ChartWidget widget(QStringLiteral("devices-by-authority"), service);
        widget.resize(700, 500);
        widget.show();
        QTRY_COMPARE(widget.reloadCount(), 1);
        QVERIFY(!widget.findChild<QChartView *>()->isVisible());
        const QList<QLabel *> labels = widget.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text() == QStringLiteral("Für dieses Diagramm gibt es noch keine Daten.");
        }));
        // With data, the chart itself.
        ChartWidget filled(QStringLiteral("devices-by-authority"), *m_service);
        filled.resize(700, 500);
        filled.show();
        QTRY_COMPARE(filled.reloadCount(), 1);
        QVERIFY(filled.findChild<QChartView *>()->isVisible());
    }

    void exportsWhatTheFilterShows()
    {
        ChartWidget widget(QStringLiteral("devices-by-authority"), *m_service);
        StatisticsFilter rosendahl;
        rosendahl.authorityIds = {StatisticsFixture::GemeindeRosendahl};
        widget.setFilter(rosendahl);
        const QString path = m_out.filePath(QStringLiteral("widget.svg"));
        QCOMPARE(widget.exportToFile(ChartExporter::Format::Svg, path, ChartExporter::Options()), QString());
        const QByteArray svg = TestSupport::fileBytes(path);
        QVERIFY(svg.contains("Gemeinde Rosendahl"));
        QVERIFY(!svg.contains("Stadt Dülmen"));
        const QString bad = widget.exportToFile(ChartExporter::Format::Png,
                                                m_out.filePath(QStringLiteral("none/x.png")), ChartExporter::Options());
        QVERIFY(bad.contains(QStringLiteral("x.png")));
    }

    void exportActionsOnButtonAndContextMenu()
    {
        ChartWidget widget(QStringLiteral("funding-status"), *m_service);
        widget.resize(700, 500);
        widget.show();
        QTRY_COMPARE(widget.reloadCount(), 1);
        auto *button = widget.findChild<QToolButton *>();
        QVERIFY(button);
        QVERIFY(button->menu());
        QStringList buttonActions;
        for (const QAction *action : button->menu()->actions()) {
            if (!action->isSeparator())
                buttonActions << action->text();
        }
        QCOMPARE(buttonActions.size(), 4); // PNG, SVG, PDF, clipboard

        auto *view = widget.findChild<QChartView *>();
        QVERIFY(view);
        QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
        emit view->customContextMenuRequested(QPoint(50, 50));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
        QStringList menuActions;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                menuActions << action->text();
        }
        QCOMPARE(menuActions, buttonActions);
        menu->close();
    }

    void clipboard()
    {
        ChartWidget widget(QStringLiteral("contract-costs"), *m_service);
        widget.resize(600, 400);
        widget.show();
        QTRY_COMPARE(widget.reloadCount(), 1);
        widget.copyToClipboard();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    }

    void sizeDialog()
    {
        ChartExportDialog png(ChartExporter::Format::Png);
        png.setOptions({QSize(1000, 600), 96});
        QCOMPARE(png.options().size, QSize(1000, 600));
        QCOMPARE(png.options().dpi, 96);
        // 1000 px at 96 dpi: 26,5 cm wide; at 300 dpi: 8,5 cm.
        const auto hint = [&png] {
            for (const QLabel *label : png.findChildren<QLabel *>()) {
                if (label->text().contains(QStringLiteral("cm")))
                    return label->text();
            }
            return QString();
        };
        QVERIFY2(hint().contains(QStringLiteral("26,5")), qPrintable(hint()));
        png.setOptions({QSize(1000, 600), 300});
        QVERIFY2(hint().contains(QStringLiteral("8,5")), qPrintable(hint()));

        // SVG and PDF have no resolution: their size is in 1/96 inch.
        ChartExportDialog pdf(ChartExporter::Format::Pdf);
        pdf.setOptions({QSize(1200, 800), 300});
        QCOMPARE(pdf.options().dpi, ChartExporter::BaseDpi);

        // What was accepted is offered next time.
        ChartExportDialog::remember({QSize(1500, 900), 150});
        QCOMPARE(ChartExportDialog::remembered().size, QSize(1500, 900));
        QCOMPARE(ChartExportDialog::remembered().dpi, 150);
        QSettings().clear();
        QCOMPARE(ChartExportDialog::remembered().size, ChartExporter::Options().size);
    }
};

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
