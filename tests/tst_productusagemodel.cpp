// SPDX-License-Identifier: EUPL-1.2
#include "productusagemodel.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class TestProductUsageModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsInTheOrderOfTheStatistics();
    void sortsByRawValues();
};

namespace {
QList<SystemsCommonality::Product> fixtureProducts(TestSupport::TempDatabase &temp)
{
    SystemsFixture::load(temp.db());
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    QList<SystemsCommonality::Product> products;
    SystemsCommonality::products(service, {}, products);
    return products;
}
} // namespace

void TestProductUsageModel::rowsInTheOrderOfTheStatistics()
{
    TestSupport::TempDatabase temp;
    ProductUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProducts(fixtureProducts(temp));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(ProductUsageModel::ColumnCount));
    QCOMPARE(model.index(0, ProductUsageModel::Product).data().toString(), QStringLiteral("IServ"));
    QCOMPARE(model.index(0, ProductUsageModel::Category).data().toString(),
             QStringLiteral("Pedagogical school server / network"));
    QCOMPARE(model.index(0, ProductUsageModel::AuthorityCount).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, ProductUsageModel::Authorities).data().toString(),
             QStringLiteral("Gemeinde Havixbeck, Kreis Coesfeld, Stadt Dülmen"));
    QCOMPARE(model.index(0, ProductUsageModel::Systems).data().toString(), QStringLiteral("4"));
    QVERIFY(model.index(0, ProductUsageModel::AnnualCost).data().toString().startsWith(QStringLiteral("2")));
    QCOMPARE(model.index(0, ProductUsageModel::Product).data(ProductUsageModel::KeyRole).toString(),
             QStringLiteral("iserv"));
    QCOMPARE(model.index(3, 0).data(ProductUsageModel::CategoryRole).toString(), QStringLiteral("firewall"));
    QCOMPARE(model.headerData(ProductUsageModel::Authorities, Qt::Horizontal).toString(), QStringLiteral("Used by"));
}

void TestProductUsageModel::sortsByRawValues()
{
    TestSupport::TempDatabase temp;
    ProductUsageModel model;
    model.setProducts(fixtureProducts(temp));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProductUsageModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ProductUsageModel::AnnualCost, Qt::DescendingOrder);
    // Sophos XGS: 2.400 + 1.800 EUR; IServ: 2.100 EUR; Jamf School 1.650 EUR.
    QCOMPARE(proxy.index(0, ProductUsageModel::Product).data().toString(), QStringLiteral("Sophos XGS"));
    QCOMPARE(proxy.index(1, ProductUsageModel::Product).data().toString(), QStringLiteral("IServ"));
    QCOMPARE(proxy.index(2, ProductUsageModel::Product).data().toString(), QStringLiteral("Jamf School"));
    proxy.sort(ProductUsageModel::Product, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ProductUsageModel::Product).data().toString(), QStringLiteral("IServ"));
    QCOMPARE(proxy.index(6, ProductUsageModel::Product).data().toString(), QStringLiteral("Sophos XGS"));
}

QTEST_GUILESS_MAIN(TestProductUsageModel)
#include "tst_productusagemodel.moc"
