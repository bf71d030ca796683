// SPDX-License-Identifier: EUPL-1.2
// The committee report's systems section on tests/data/systems_standards.sql, in German formats.
#include "reportdocument.h"
#include "reportoptions.h"
#include "reportreading.h"
#include "reportsystemssection.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QtTest>

using namespace ReportReading;

namespace {
ReportDocument build(Database &database, const ReportOptions &options)
{
    return ReportReading::build(database, options, SystemsFixture::referenceDay());
}

ReportOptions onlySystems()
{
    return onlySections({QStringLiteral("systems")});
}
} // namespace

class TestReportSystemsSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void productsPerCategoryAndShared();
    void scopeOfOneAuthority();
    void nothingRecorded();
};

void TestReportSystemsSection::productsPerCategoryAndShared()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    const ReportDocument document = build(temp.db(), onlySystems());
    const QList<ReportTable> all = tables(document);
    QCOMPARE(all.size(), 2);
    // Firewall, MDM, school server, learning platform.
    QCOMPARE(all.at(0).rowCount(), 4);
    QCOMPARE(row(all.at(0), 0).at(1), QStringLiteral("Securepoint (2), Sophos XGS (2)"));
    QCOMPARE(row(all.at(0), 3).at(1), QStringLiteral("Moodle (3), Logineo NRW LMS (1)"));
    // Shared: IServ, Moodle, Securepoint, Sophos XGS, Jamf School.
    QCOMPARE(all.at(1).rowCount(), 5);
    QCOMPARE(row(all.at(1), 0), (QStringList{"IServ", row(all.at(1), 0).at(1), "3",
                                            "Gemeinde Havixbeck, Kreis Coesfeld, Stadt Dülmen", "2.100,00 €"}));
    QCOMPARE(row(all.at(1), 3).at(4), QStringLiteral("4.200,00 €"));
    // 15 systems of 7 products, 9.400,00 € together.
    const QString text = document.plainText();
    QVERIFY2(text.contains(QStringLiteral("15")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("9.400,00 €")));
    QCOMPARE(document.chartNames(), QStringList{"systems-commonality"});
}

void TestReportSystemsSection::scopeOfOneAuthority()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    ReportOptions options = onlySystems();
    options.authorityIds = {3};
    const ReportDocument document = build(temp.db(), options);
    const QString text = document.plainText();
    QVERIFY(text.contains(QStringLiteral("Securepoint")));
    QVERIFY(!text.contains(QStringLiteral("Stadt Dülmen")));
    QVERIFY(!text.contains(QStringLiteral("Sophos XGS")));
    // One authority shares nothing with itself.
    QCOMPARE(tables(document).size(), 1);
}

void TestReportSystemsSection::nothingRecorded()
{
    TestSupport::TempDatabase temp;
    const ReportDocument document = build(temp.db(), onlySystems());
    QVERIFY(tables(document).isEmpty());
    QVERIFY(document.chartNames().isEmpty());
    QCOMPARE(ReportSystemsSection().key(), QStringLiteral("systems"));
}

QTEST_GUILESS_MAIN(TestReportSystemsSection)
#include "tst_reportsystemssection.moc"
