// SPDX-License-Identifier: EUPL-1.2
// The chart `systems-commonality` on tests/data/systems_standards.sql: what it draws and
// its export as PNG, SVG and PDF, like every chart of the registry.
#include "chartbuild.h"
#include "chartdocument.h"
#include "chartexporter.h"
#include "chartregistry.h"
#include "recordstore.h"
#include "entitycatalog.h"
#include "statisticsservice.h"
#include "systemscommonalitychart.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestSystemsCommonalityChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void barsPerProductColouredByCategory();
    void exports();
    void manyProductsAreCut();
    void emptyDatabaseStillDraws();

private:
    std::unique_ptr<ChartDocument> build(const StatisticsFilter &filter = {}) const
    {
        return buildChart(QStringLiteral("systems-commonality"), m_fixture->service(), filter);
    }
    std::unique_ptr<SystemsFixture::Loaded> m_fixture;
    QTemporaryDir m_out;
};

void TestSystemsCommonalityChart::initTestCase()
{
    m_fixture = std::make_unique<SystemsFixture::Loaded>();
    QVERIFY(m_fixture->ok());
}

void TestSystemsCommonalityChart::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSystemsCommonalityChart::barsPerProductColouredByCategory()
{
    QVERIFY(ChartRegistry::find(QStringLiteral("systems-commonality")));
    auto document = build();
    QVERIFY(document);
    QCOMPARE(document->title(), QStringLiteral("Systems the school authorities have in common"));
    QCOMPARE(document->axisTitles().size(), 2);
    const std::unique_ptr<QChart> chart = document->takeChart();
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    QVERIFY(series);
    // Categories present: firewall, MDM, school server, learning platform.
    QCOMPARE(series->count(), 4);
    QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Firewall"));
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *candidate : series->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(candidate))
            axis = categories;
    }
    QVERIFY(axis);
    // Drawn bottom-up: the last label is the top row, the first category's most shared product.
    QCOMPARE(axis->categories(), (QStringList{"Logineo NRW LMS", "Moodle", "IServ", "Relution", "Jamf School",
                                              "Sophos XGS", "Securepoint"}));
    const QBarSet *firewall = series->barSets().at(0);
    QCOMPARE(firewall->at(6), 2.0); // Securepoint
    QCOMPARE(firewall->at(5), 2.0); // Sophos XGS
    QCOMPARE(firewall->at(1), 0.0);
    QCOMPARE(series->barSets().at(3)->at(1), 3.0); // Moodle
}

void TestSystemsCommonalityChart::exports()
{
    auto chart = build();
    QVERIFY(chart);
    ChartExporter::Options options;
    options.size = QSize(1000, 640);
    const QString png = m_out.filePath(QStringLiteral("commonality.png"));
    QCOMPARE(ChartExporter::save(*chart, ChartExporter::Format::Png, png, options), QString());
    QCOMPARE(QImage(png).size(), QSize(1000, 640));
    const QByteArray svg = ChartExporter::toSvg(*chart, options.size);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("Systems the school authorities have in common"));
    QVERIFY(svg.contains("School authorities using it"));
    const QString pdf = m_out.filePath(QStringLiteral("commonality.pdf"));
    QCOMPARE(ChartExporter::save(*chart, ChartExporter::Format::Pdf, pdf, options), QString());
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(pdfinfo.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(pdfinfo.readAllStandardOutput()).contains(QRegularExpression("Pages:\\s+1\\n")));
}

void TestSystemsCommonalityChart::manyProductsAreCut()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    RecordStore store(temp.db());
    const EntitySpec &systems = EntityCatalog::spec(EntityKind::System);
    QVERIFY(!store.beginBatch());
    for (int i = 0; i < 50; ++i)
        QVERIFY(store.insert(systems, {{"authority_id", 4}, {"category", "other"},
                                       {"product", QStringLiteral("Tool %1").arg(i, 2, 10, QLatin1Char('0'))}}).ok());
    // One name in two categories gets its category to stay apart on the axis.
    QVERIFY(store.insert(systems, {{"authority_id", 1}, {"category", "communication"}, {"product", "Moodle"}}).ok());
    QVERIFY(store.insert(systems, {{"authority_id", 2}, {"category", "communication"}, {"product", "Moodle"}}).ok());
    QVERIFY(!store.commitBatch());
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    auto document = buildChart(QStringLiteral("systems-commonality"), service);
    QVERIFY(document);
    const std::unique_ptr<QChart> chart = document->takeChart();
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    QCOMPARE(series->barSets().first()->count(), SystemsCommonalityChart::MaxProducts);
    QBarCategoryAxis *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().last());
    if (!axis)
        axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().first());
    QVERIFY(axis);
    QVERIFY(!axis->categories().contains(QStringLiteral("Moodle")));
    QVERIFY(axis->categories().contains(QStringLiteral("Moodle (Learning platform)")));
    QVERIFY(axis->categories().contains(QStringLiteral("Moodle (Communication / messenger)")));
}

void TestSystemsCommonalityChart::emptyDatabaseStillDraws()
{
    TestSupport::TempDatabase empty;
    StatisticsService service(empty.db());
    auto chart = buildChart(QStringLiteral("systems-commonality"), service);
    QVERIFY(chart);
    QVERIFY(!chart->hasData());
    QCOMPARE(chart->axisTitles().size(), 2);
    ChartExporter::Options options;
    options.size = QSize(800, 500);
    QCOMPARE(ChartExporter::toImage(*chart, options).size(), QSize(800, 500));
}

QTEST_MAIN(TestSystemsCommonalityChart)
#include "tst_systemscommonalitychart.moc"
