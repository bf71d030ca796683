// SPDX-License-Identifier: EUPL-1.2
#include "productdetaildialog.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QLabel>
#include <QTableWidget>
#include <QtTest>

class TestProductDetailDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authoritiesLicencesAndCosts();
    void endedLicenceIsMarkedInWords();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<StatisticsService> m_service;
};

void TestProductDetailDialog::initTestCase()
{
    TestSupport::useGerman();
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(SystemsFixture::load(m_temp->db()));
    m_service = std::make_unique<StatisticsService>(m_temp->db(), StatisticsSettings(), SystemsFixture::referenceDay());
}

void TestProductDetailDialog::cleanupTestCase()
{
    m_service.reset();
    m_temp.reset();
}

void TestProductDetailDialog::authoritiesLicencesAndCosts()
{
    ProductDetailDialog dialog(*m_service, {}, "school_server", "iserv", "IServ");
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 4);
    using C = ProductDetailDialog;
    QCOMPARE(table->item(0, C::Authority)->text(), QStringLiteral("Gemeinde Havixbeck"));
    QCOMPARE(table->item(0, C::AnnualCost)->text(), QStringLiteral("–"));
    QCOMPARE(table->item(0, C::LicenceEnd)->text(), QStringLiteral("–"));
    QCOMPARE(table->item(1, C::School)->text(), QStringLiteral("Grundschule Nord"));
    QCOMPARE(table->item(1, C::AnnualCost)->text(), QStringLiteral("500,00 €"));
    QCOMPARE(table->item(1, C::LicenceEnd)->text(), QStringLiteral("31.12.2026"));
    QCOMPARE(table->item(3, C::Authority)->text(), QStringLiteral("Stadt Dülmen"));
    QCOMPARE(table->item(3, C::AnnualCost)->text(), QStringLiteral("900,00 €"));
    QCOMPARE(table->item(3, C::Version)->text(), QStringLiteral("3"));
    // Total 2.100,00 €; the next licence end is Dülmen's on 31.12.2025.
    QVERIFY2(dialog.summary().contains(QStringLiteral("2.100,00 €")), qPrintable(dialog.summary()));
    QVERIFY2(dialog.summary().contains(QStringLiteral("31.12.2025")), qPrintable(dialog.summary()));
    QVERIFY2(dialog.summary().contains(QStringLiteral("Stadt Dülmen")), qPrintable(dialog.summary()));
    QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("IServ")));
}

void TestProductDetailDialog::endedLicenceIsMarkedInWords()
{
    ProductDetailDialog dialog(*m_service, {}, "mdm", "relution", "Relution");
    QCOMPARE(dialog.table()->rowCount(), 1);
    const QString end = dialog.table()->item(0, ProductDetailDialog::LicenceEnd)->text();
    QVERIFY(end.startsWith(QStringLiteral("31.12.2024")));
    QVERIFY(end.size() > 10); // "(ended)" in the interface language
    QVERIFY(!dialog.summary().contains(QStringLiteral("31.12.2024")));
}

QTEST_MAIN(TestProductDetailDialog)
#include "tst_productdetaildialog.moc"
