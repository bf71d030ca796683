// SPDX-License-Identifier: EUPL-1.2
// The chart `funding-status` on tests/data/statistics_fixture.sql, summed and per school
// authority, and the widget's choice between the two.
#include "chartdocument.h"
#include "chartexporter.h"
#include "chartregistry.h"
#include "chartwidget.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using Grouping = ChartRegistry::Grouping;

namespace {
// What a built chart draws: the category labels bottom-up and the bars per measure.
struct Drawn
{
    QStringList categories;
    QMap<QString, QList<double>> values; // by set label, bottom-up like the categories
};

Drawn drawn(const QChart &chart)
{
    Drawn result;
    const auto *series = qobject_cast<const QHorizontalBarSeries *>(chart.series().value(0));
    if (!series)
        return result;
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            result.categories = categories->categories();
    }
    for (const QBarSet *set : series->barSets()) {
        QList<double> values;
        for (int i = 0; i < set->count(); ++i)
            values << set->at(i);
        result.values.insert(set->label(), values);
    }
    return result;
}

QString svgText(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    QString text;
    int inText = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("text")) {
            ++inText;
        } else if (reader.isEndElement() && reader.name() == QLatin1String("text")) {
            --inText;
            text += QLatin1Char('\n');
        } else if (reader.isCharacters() && inText > 0) {
            text += reader.text();
        }
    }
    return text;
}
} // namespace

class TestFundingStatusChart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDatabase> m_database;
    std::unique_ptr<StatisticsService> m_service;
    QTemporaryDir m_out;

    Drawn build(Grouping grouping, const StatisticsFilter &filter = {})
    {
        DatabaseError error;
        const auto document = ChartRegistry::build(QStringLiteral("funding-status"), *m_service, filter, grouping,
                                                   error);
        if (!document) {
            qWarning("%s", qPrintable(error.message));
            return {};
        }
        const std::unique_ptr<QChart> chart = document->takeChart();
        return drawn(*chart);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_out.isValid());
        m_database = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(StatisticsFixture::load(m_database->db()));
        m_service = std::make_unique<StatisticsService>(m_database->db(), StatisticsSettings(),
                                                        StatisticsFixture::today());
    }

    void onlyFundingStatusIsGroupable()
    {
        QCOMPARE(ChartRegistry::groupableNames(), QStringList({QStringLiteral("funding-status")}));
        QVERIFY(ChartRegistry::find(QStringLiteral("funding-status"))->groupable);
        QVERIFY(!ChartRegistry::find(QStringLiteral("device-age"))->groupable);
    }

    void summed()
    {
        // Largest bar 1,600,000 € -> thousands of euros.
        const Drawn chart = build(Grouping::Summed);
        QCOMPARE(chart.categories, QStringList({QStringLiteral("Sofortausstattungsprogramm"),
                                                QStringLiteral("DigitalPakt Schule")}));
        QCOMPARE(chart.values.value(QStringLiteral("Allocated")), QList<double>({250, 1600}));
        QCOMPARE(chart.values.value(QStringLiteral("Spent")), QList<double>({248.5005, 750}));
        QCOMPARE(chart.values.value(QStringLiteral("Remaining")), QList<double>({1.4995, 850}));
    }

    void perAuthority()
    {
        // Largest bar 1,000,000 € (DigitalPakt, Kreis Coesfeld) -> thousands of euros.
        // Bottom-up, so the first program and authority by name is the top group.
        const Drawn chart = build(Grouping::PerAuthority);
        QCOMPARE(chart.categories, QStringList({QStringLiteral("Sofortausstattungsprogramm \u2013 Stadt Dülmen"),
                                                QStringLiteral("Sofortausstattungsprogramm \u2013 Kreis Coesfeld"),
                                                QStringLiteral("DigitalPakt Schule \u2013 Stadt Dülmen"),
                                                QStringLiteral("DigitalPakt Schule \u2013 Kreis Coesfeld"),
                                                QStringLiteral("DigitalPakt Schule \u2013 Gemeinde Rosendahl")}));
        QCOMPARE(chart.values.keys().size(), 5);
        QCOMPARE(chart.values.value(QStringLiteral("Allocated")), QList<double>({50, 200, 500, 1000, 100}));
        QCOMPARE(chart.values.value(QStringLiteral("Approved")), QList<double>({50, 200, 500, 900, 0}));
        QCOMPARE(chart.values.value(QStringLiteral("Paid out")), QList<double>({50, 200, 250, 600, 0}));
        QCOMPARE(chart.values.value(QStringLiteral("Spent")), QList<double>({50, 198.5005, 200, 550, 0}));
        QCOMPARE(chart.values.value(QStringLiteral("Remaining")), QList<double>({0, 1.4995, 300, 450, 100}));
    }

    void perAuthorityFiltered()
    {
        StatisticsFilter duelmen;
        duelmen.authorityIds = {StatisticsFixture::StadtDuelmen};
        // Largest bar 500,000 € -> still thousands.
        const Drawn chart = build(Grouping::PerAuthority, duelmen);
        QCOMPARE(chart.categories, QStringList({QStringLiteral("Sofortausstattungsprogramm \u2013 Stadt Dülmen"),
                                                QStringLiteral("DigitalPakt Schule \u2013 Stadt Dülmen")}));
        QCOMPARE(chart.values.value(QStringLiteral("Allocated")), QList<double>({50, 500}));
        QCOMPARE(chart.values.value(QStringLiteral("Paid out")), QList<double>({50, 250}));
        QCOMPARE(chart.values.value(QStringLiteral("Remaining")), QList<double>({0, 300}));
    }

    void preferredHeight()
    {
        // Per authority the groups ask for room (28 pixels each beside 220 for title, axis and
        // legend), so a whole county keeps its labels; summed any height does.
        DatabaseError error;
        const QString name = QStringLiteral("funding-status");
        QCOMPARE(ChartRegistry::build(name, *m_service, {}, Grouping::PerAuthority, error)->preferredHeight(), 360);
        QCOMPARE(ChartRegistry::build(name, *m_service, {}, Grouping::Summed, error)->preferredHeight(), 0);
    }

    void perAuthorityEmpty()
    {
        TestSupport::TempDatabase empty;
        StatisticsService service(empty.db(), StatisticsSettings(), StatisticsFixture::today());
        DatabaseError error;
        const auto document = ChartRegistry::build(QStringLiteral("funding-status"), service, {},
                                                   Grouping::PerAuthority, error);
        QVERIFY(!error);
        QVERIFY(document);
        ChartExporter::Options options;
        options.size = QSize(800, 500);
        QCOMPARE(ChartExporter::toImage(*document, options).size(), QSize(800, 500));
        QVERIFY(drawn(*document->takeChart()).categories.isEmpty());
    }

    void widgetOffersTheChoice()
    {
        ChartWidget other(QStringLiteral("device-age"), *m_service);
        QVERIFY(!other.isGroupable());
        QVERIFY(!other.findChild<QComboBox *>());
        other.setGrouping(Grouping::PerAuthority);
        QCOMPARE(other.grouping(), Grouping::Summed);

        ChartWidget widget(QStringLiteral("funding-status"), *m_service);
        QVERIFY(widget.isGroupable());
        widget.resize(900, 600);
        widget.show();
        QTRY_COMPARE(widget.reloadCount(), 1);
        auto *choice = widget.findChild<QComboBox *>();
        QVERIFY(choice);
        QCOMPARE(choice->count(), 2);
        QCOMPARE(widget.grouping(), Grouping::Summed);
        auto *view = widget.findChild<QChartView *>();
        QCOMPARE(drawn(*view->chart()).categories.size(), 2);

        choice->setCurrentIndex(1);
        QCOMPARE(widget.grouping(), Grouping::PerAuthority);
        QTRY_COMPARE(widget.reloadCount(), 2);
        QCOMPARE(drawn(*view->chart()).categories.size(), 5);

        // The export draws what the widget shows.
        const QString perAuthority = m_out.filePath(QStringLiteral("per-authority.svg"));
        QCOMPARE(widget.exportToFile(ChartExporter::Format::Svg, perAuthority, ChartExporter::Options()), QString());
        const QString text = svgText(TestSupport::fileBytes(perAuthority));
        QVERIFY2(text.contains(QStringLiteral("DigitalPakt Schule \u2013 Gemeinde Rosendahl")), qPrintable(text));

        widget.setGrouping(Grouping::Summed);
        QCOMPARE(choice->currentIndex(), 0);
        QTRY_COMPARE(widget.reloadCount(), 3);
        const QString summed = m_out.filePath(QStringLiteral("summed.svg"));
        QCOMPARE(widget.exportToFile(ChartExporter::Format::Svg, summed, ChartExporter::Options()), QString());
        const QString summedText = svgText(TestSupport::fileBytes(summed));
        QVERIFY(summedText.contains(QStringLiteral("DigitalPakt Schule")));
        QVERIFY2(!summedText.contains(QStringLiteral("\u2013 Gemeinde Rosendahl")), qPrintable(summedText));
    }

    void userChoiceComesBack()
    {
        QSettings().clear();
        {
            ChartWidget widget(QStringLiteral("funding-status"), *m_service);
            auto *choice = widget.findChild<QComboBox *>();
            QVERIFY(choice);
            // Set by a caller: not remembered.
            widget.setGrouping(Grouping::PerAuthority);
            QCOMPARE(ChartWidget(QStringLiteral("funding-status"), *m_service).grouping(), Grouping::Summed);
            // Chosen by the user in the list.
            widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&widget));
            widget.setGrouping(Grouping::Summed);
            choice->setFocus();
            QTest::keyClick(choice, Qt::Key_Down);
            QCOMPARE(widget.grouping(), Grouping::PerAuthority);
        }
        ChartWidget next(QStringLiteral("funding-status"), *m_service);
        QCOMPARE(next.grouping(), Grouping::PerAuthority);
        QCOMPARE(next.findChild<QComboBox *>()->currentIndex(), 1);
        // Another chart keeps its own (here: none).
        QCOMPARE(ChartWidget(QStringLiteral("device-age"), *m_service).grouping(), Grouping::Summed);
        QSettings().clear();
    }
};

QTEST_MAIN(TestFundingStatusChart)
#include "tst_fundingstatuschart.moc"
