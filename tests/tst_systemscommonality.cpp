// SPDX-License-Identifier: EUPL-1.2
#include "statisticsfilter.h"
#include "statisticsservice.h"
#include "systemscommonality.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QTest>

class TestSystemsCommonality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void productsAreCountedByAuthority();
    void productsListTheirAuthorities();
    void spellingsOfOneProductCountOnce();
    void filterNarrowsToAuthorities();
    void matrixShowsProductsPerCategory();
    void usagesOfAProduct();
    void emptyDatabaseGivesNothing();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<StatisticsService> m_service;
};

void TestSystemsCommonality::initTestCase()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    m_service = std::make_unique<StatisticsService>(m_temp->db(), StatisticsSettings(), SystemsFixture::referenceDay());
}

void TestSystemsCommonality::cleanupTestCase()
{
    m_service.reset();
    m_temp.reset();
}

void TestSystemsCommonality::productsAreCountedByAuthority()
{
    QList<SystemsCommonality::Product> products;
    QVERIFY(!SystemsCommonality::products(*m_service, {}, products));
    // Most authorities first; ties in the catalogue's category order, then by name.
    QStringList names;
    QList<int> counts;
    for (const SystemsCommonality::Product &product : products) {
        names << product.product;
        counts << product.authorityCount;
    }
    QCOMPARE(names, (QStringList{"IServ", "Moodle", "Securepoint", "Sophos XGS", "Jamf School", "Relution",
                                 "Logineo NRW LMS"}));
    QCOMPARE(counts, (QList<int>{3, 3, 2, 2, 2, 1, 1}));
    QCOMPARE(products.at(0).category, QStringLiteral("school_server"));
    QCOMPARE(products.at(0).systems, 4);          // two schools of the county run their own
    QCOMPARE(products.at(0).annualCostCents, 210000); // 500 + 700 + 900 EUR, one without cost
    QCOMPARE(products.at(1).annualCostCents, 0);
    QCOMPARE(products.at(4).category, QStringLiteral("mdm"));
}

void TestSystemsCommonality::productsListTheirAuthorities()
{
    QList<SystemsCommonality::Product> products;
    QVERIFY(!SystemsCommonality::products(*m_service, {}, products));
    QCOMPARE(products.at(0).authorities,
             (QStringList{"Gemeinde Havixbeck", "Kreis Coesfeld", "Stadt Dülmen"}));
    QCOMPARE(products.at(1).authorities,
             (QStringList{"Gemeinde Nottuln", "Kreis Coesfeld", "Stadt Dülmen"}));
    QCOMPARE(products.at(5).authorities, QStringList{"Stadt Dülmen"});
}

void TestSystemsCommonality::spellingsOfOneProductCountOnce()
{
    QList<SystemsCommonality::Product> products;
    QVERIFY(!SystemsCommonality::products(*m_service, {}, products));
    const SystemsCommonality::Product &sophos = products.at(3);
    QCOMPARE(sophos.product, QStringLiteral("Sophos XGS"));
    QCOMPARE(sophos.key, QStringLiteral("sophos xgs"));
    QCOMPARE(sophos.systems, 2);
    QCOMPARE(sophos.annualCostCents, 420000);
}

void TestSystemsCommonality::filterNarrowsToAuthorities()
{
    StatisticsFilter filter;
    filter.authorityIds = {2, 4};
    QList<SystemsCommonality::Product> products;
    QVERIFY(!SystemsCommonality::products(*m_service, filter, products));
    QCOMPARE(products.size(), 5);
    QCOMPARE(products.at(0).product, QStringLiteral("Moodle"));
    QCOMPARE(products.at(0).authorityCount, 2);
    QCOMPARE(products.at(0).authorities, (QStringList{"Gemeinde Nottuln", "Stadt Dülmen"}));
    // School types and year do not narrow systems, which belong to authorities.
    StatisticsFilter types;
    types.schoolTypes = {QStringLiteral("30")};
    types.year = 2020;
    QVERIFY(!SystemsCommonality::products(*m_service, types, products));
    QCOMPARE(products.size(), 7);
}

void TestSystemsCommonality::matrixShowsProductsPerCategory()
{
    SystemsCommonality::Matrix matrix;
    QVERIFY(!SystemsCommonality::matrix(*m_service, {}, matrix));
    QCOMPARE(matrix.authorities,
             (QStringList{"Gemeinde Havixbeck", "Gemeinde Nottuln", "Kreis Coesfeld", "Stadt Dülmen"}));
    QCOMPARE(matrix.authorityIds, (QList<qint64>{3, 4, 1, 2}));
    QCOMPARE(matrix.categories.size(), 12);
    const int firewall = int(matrix.categories.indexOf("firewall"));
    const int mdm = int(matrix.categories.indexOf("mdm"));
    const int server = int(matrix.categories.indexOf("school_server"));
    const int backup = int(matrix.categories.indexOf("backup"));
    QCOMPARE(matrix.cellText(0, firewall), QStringLiteral("Securepoint"));
    QCOMPARE(matrix.cellText(0, mdm), QStringLiteral("Jamf School"));
    QCOMPARE(matrix.cellText(1, mdm), QString());
    QCOMPARE(matrix.cellText(2, server), QStringLiteral("IServ")); // two systems, one product
    QCOMPARE(matrix.cellText(3, firewall), QStringLiteral("sophos xgs"));
    QCOMPARE(matrix.keys.at(3).at(firewall), QStringList{"sophos xgs"});
    QCOMPARE(matrix.cellText(2, backup), QString());
}

void TestSystemsCommonality::usagesOfAProduct()
{
    QList<SystemsCommonality::Usage> usages;
    QVERIFY(!SystemsCommonality::usages(*m_service, {}, "school_server", "iserv", usages));
    QCOMPARE(usages.size(), 4);
    QCOMPARE(usages.at(0).authority, QStringLiteral("Gemeinde Havixbeck"));
    QCOMPARE(usages.at(0).hasCost, false);
    QCOMPARE(usages.at(1).authority, QStringLiteral("Kreis Coesfeld"));
    QCOMPARE(usages.at(1).school, QStringLiteral("Grundschule Nord"));
    QCOMPARE(usages.at(1).annualCostCents, 50000);
    QCOMPARE(usages.at(1).licenceEnd, QDate(2026, 12, 31));
    QCOMPARE(usages.at(2).school, QStringLiteral("Gymnasium Mitte"));
    QCOMPARE(usages.at(3).authority, QStringLiteral("Stadt Dülmen"));
    QCOMPARE(usages.at(3).school, QString());
    QCOMPARE(usages.at(3).operatedBy, QStringLiteral("own_staff"));
    QVERIFY(!SystemsCommonality::usages(*m_service, {}, "firewall", "sophos xgs", usages));
    QCOMPARE(usages.size(), 2);
    QCOMPARE(usages.at(1).product, QStringLiteral("sophos xgs"));
    QCOMPARE(usages.at(1).version, QStringLiteral("19.5"));
}

void TestSystemsCommonality::emptyDatabaseGivesNothing()
{
    TestSupport::TempDatabase empty;
    StatisticsService service(empty.db());
    QList<SystemsCommonality::Product> products;
    QVERIFY(!SystemsCommonality::products(service, {}, products));
    QVERIFY(products.isEmpty());
    SystemsCommonality::Matrix matrix;
    QVERIFY(!SystemsCommonality::matrix(service, {}, matrix));
    QVERIFY(matrix.authorities.isEmpty());
    QCOMPARE(matrix.categories.size(), 12);
}

QTEST_GUILESS_MAIN(TestSystemsCommonality)
#include "tst_systemscommonality.moc"
