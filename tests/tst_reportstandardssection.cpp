// SPDX-License-Identifier: EUPL-1.2
// The committee report's minimum-standards section on tests/data/systems_standards.sql,
// in German formats.
#include "reportdocument.h"
#include "reportoptions.h"
#include "reportreading.h"
#include "reportstandardssection.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QtTest>

using namespace ReportReading;

namespace {
ReportDocument build(Database &database, const ReportOptions &options)
{
    return ReportReading::build(database, options, SystemsFixture::referenceDay());
}

ReportOptions onlyStandards()
{
    return onlySections({QStringLiteral("standards")});
}
} // namespace

class TestReportStandardsSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void standardsGapsAndAuthorities();
    void scopeOfOneAuthority();
    void noStandards();
};

void TestReportStandardsSection::standardsGapsAndAuthorities()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    const ReportDocument document = build(temp.db(), onlyStandards());
    const QList<ReportTable> all = tables(document);
    QCOMPARE(all.size(), 3);
    const ReportTable &overview = all.at(0);
    QCOMPARE(overview.rowCount(), 8);
    const QStringList broadband = row(overview, 0);
    QCOMPARE(broadband.at(0), QStringLiteral("Breitband 1 Gbit/s"));
    QCOMPARE(broadband.mid(2), (QStringList{"2", "2", "1", "40,0 %"}));
    QCOMPARE(overview.rows().at(0).cells.at(3).flags, int(ReportTable::Marked));
    QCOMPARE(row(overview, 4).mid(2), (QStringList{"1", "0", "1", "50,0 %"}));
    QCOMPARE(overview.rows().at(4).cells.at(3).flags, int(ReportTable::Plain));
    // The gaps, one per standard, with the missing devices.
    QCOMPARE(all.at(1).rowCount(), 8);
    QVERIFY(row(all.at(1), 5).at(1).contains(QStringLiteral("22")));
    // Per authority: Havixbeck meets 3, misses 4, 1 not applicable.
    QCOMPARE(row(all.at(2), 0), (QStringList{"Gemeinde Havixbeck", "3", "4", "0", "1"}));
    QCOMPARE(row(all.at(2), 2), (QStringList{"Stadt Dülmen", "0", "4", "4", "0"}));
    QCOMPARE(document.chartNames(), QStringList{"standards-compliance"});
}

void TestReportStandardsSection::scopeOfOneAuthority()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    ReportOptions options = onlyStandards();
    options.authorityIds = {2};
    const ReportDocument document = build(temp.db(), options);
    const QList<ReportTable> all = tables(document);
    // One authority: no table per authority.
    QCOMPARE(all.size(), 2);
    QCOMPARE(row(all.at(0), 0).mid(2), (QStringList{"0", "1", "1", "0,0 %"}));
    QVERIFY(!document.plainText().contains(QStringLiteral("Kreis Coesfeld")));
}

void TestReportStandardsSection::noStandards()
{
    TestSupport::TempDatabase temp;
    const ReportDocument document = build(temp.db(), onlyStandards());
    QVERIFY(tables(document).isEmpty());
    QVERIFY(document.chartNames().isEmpty());
    QCOMPARE(ReportStandardsSection().key(), QStringLiteral("standards"));
}

QTEST_GUILESS_MAIN(TestReportStandardsSection)
#include "tst_reportstandardssection.moc"
