// SPDX-License-Identifier: EUPL-1.2
// The chart `standards-compliance` on tests/data/systems_standards.sql: the share of
// schools meeting each standard per authority, and its export.
#include "chartbuild.h"
#include "chartdocument.h"
#include "chartexporter.h"
#include "chartregistry.h"
#include "statisticsfilter.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLegend>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

class TestStandardsComplianceChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sharesPerAuthority();
    void oneAuthorityHasNoTotal();
    void exports();
    void emptyDatabaseStillDraws();

private:
    std::unique_ptr<ChartDocument> build(const StatisticsFilter &filter = {}) const
    {
        return buildChart(QStringLiteral("standards-compliance"), m_fixture->service(), filter);
    }
    std::unique_ptr<SystemsFixture::Loaded> m_fixture;
};

void TestStandardsComplianceChart::initTestCase()
{
    m_fixture = std::make_unique<SystemsFixture::Loaded>();
    QVERIFY(m_fixture->ok());
}

void TestStandardsComplianceChart::cleanupTestCase()
{
    m_fixture.reset();
}

void TestStandardsComplianceChart::sharesPerAuthority()
{
    auto document = build();
    QVERIFY(document);
    QCOMPARE(document->title(), QStringLiteral("Schools meeting the minimum standards"));
    QVERIFY(document->hasData());
    QCOMPARE(document->axisTitles().size(), 2);
    const std::unique_ptr<QChart> chart = document->takeChart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    QVERIFY(series);
    QCOMPARE(series->count(), 8);
    // Sets go in reversed, so the first standard is the top bar of each group.
    const QBarSet *broadband = series->barSets().last();
    QCOMPARE(broadband->label(), QStringLiteral("Breitband 1 Gbit/s"));
    // Groups bottom-up: Stadt Dülmen 0 of 2, Kreis Coesfeld 1 of 2, Havixbeck 1 of 1, all together 2 of 5.
    QCOMPARE(broadband->count(), 4);
    QCOMPARE(broadband->at(0), 0.0);
    QCOMPARE(broadband->at(1), 50.0);
    QCOMPARE(broadband->at(2), 100.0);
    QCOMPARE(broadband->at(3), 40.0);
    // MDM: 0 of 2, 2 of 2, 1 of 1, 3 of 5.
    const QBarSet *mdm = series->barSets().at(1);
    QCOMPARE(mdm->label(), QStringLiteral("Mobile Geräteverwaltung"));
    QCOMPARE(mdm->at(1), 100.0);
    QCOMPARE(mdm->at(3), 60.0);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QCOMPARE(axis->categories(), (QStringList{"Stadt Dülmen", "Kreis Coesfeld", "Gemeinde Havixbeck", "All together"}));
    QVERIFY(chart->legend()->reverseMarkers());
    // A share ends at 100 %: a full bar is the whole, no step of room above it.
    auto *share = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
    QVERIFY(share);
    QCOMPARE(share->min(), 0.0);
    QCOMPARE(share->max(), 100.0);
}

void TestStandardsComplianceChart::oneAuthorityHasNoTotal()
{
    StatisticsFilter filter;
    filter.authorityIds = {2};
    auto document = build(filter);
    QVERIFY(document);
    const std::unique_ptr<QChart> chart = document->takeChart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    QCOMPARE(series->barSets().at(0)->count(), 1);
    // Teacher devices (the fourth standard, the fifth set from the end) in Stadt Dülmen: the
    // Realschule meets it, the primary school lacks figures.
    QCOMPARE(series->barSets().at(4)->label(), QStringLiteral("Dienstgeräte Lehrkräfte"));
    QCOMPARE(series->barSets().at(4)->at(0), 50.0);
}

void TestStandardsComplianceChart::exports()
{
    auto chart = build();
    QVERIFY(chart);
    ChartExporter::Options options;
    options.size = QSize(1200, 700);
    QCOMPARE(ChartExporter::toImage(*chart, options).size(), QSize(1200, 700));
    const QByteArray svg = ChartExporter::toSvg(*chart, options.size);
    QVERIFY(svg.contains("Schools meeting the minimum standards"));
    QVERIFY(svg.contains("Schools meeting the standard in %"));
    const QByteArray pdf = ChartExporter::toPdf(*chart, options.size);
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
}

void TestStandardsComplianceChart::emptyDatabaseStillDraws()
{
    TestSupport::TempDatabase empty;
    StatisticsService service(empty.db());
    auto chart = buildChart(QStringLiteral("standards-compliance"), service);
    QVERIFY(chart);
    QVERIFY(!chart->hasData());
    QCOMPARE(chart->axisTitles().size(), 2);
    ChartExporter::Options options;
    options.size = QSize(800, 500);
    QCOMPARE(ChartExporter::toImage(*chart, options).size(), QSize(800, 500));
}

QTEST_MAIN(TestStandardsComplianceChart)
#include "tst_standardscompliancechart.moc"
