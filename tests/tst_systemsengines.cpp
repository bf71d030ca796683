// SPDX-License-Identifier: EUPL-1.2
// The systems inventory and minimum standards give the same figures on SQLite and on
// PostgreSQL: the fixture tests/data/systems_standards.sql on both engines.
#include "compliancegap.h"
#include "database.h"
#include "entitycatalog.h"
#include "postgrestestserver.h"
#include "recordstore.h"
#include "standardscompliance.h"
#include "statisticsfilter.h"
#include "statisticsservice.h"
#include "systemscommonality.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QtTest>

class TestSystemsEngines : public QObject
{
    Q_OBJECT

private slots:
    void sameFiguresOnBothEngines_data();
    void sameFiguresOnBothEngines();
};

void TestSystemsEngines::sameFiguresOnBothEngines_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

void TestSystemsEngines::sameFiguresOnBothEngines()
{
    QFETCH(bool, postgres);
    if (postgres)
        SCHULIT_NEED_POSTGRES();
    PostgresTestServer::EngineLocation location(postgres);
    QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
    Database db;
    QVERIFY(!db.open(location.location()));
    QVERIFY(SystemsFixture::load(db));
    StatisticsService service(db, StatisticsSettings(), SystemsFixture::referenceDay());

    QList<SystemsCommonality::Product> products;
    QVERIFY(!SystemsCommonality::products(service, {}, products));
    QStringList names;
    QList<int> counts;
    for (const SystemsCommonality::Product &product : std::as_const(products)) {
        names << product.product;
        counts << product.authorityCount;
    }
    QCOMPARE(names, (QStringList{"IServ", "Moodle", "Securepoint", "Sophos XGS", "Jamf School", "Relution",
                                 "Logineo NRW LMS"}));
    QCOMPARE(counts, (QList<int>{3, 3, 2, 2, 2, 1, 1}));
    QCOMPARE(products.at(0).annualCostCents, 210000);
    QCOMPARE(products.at(3).key, QStringLiteral("sophos xgs"));
    SystemsCommonality::Matrix matrix;
    QVERIFY(!SystemsCommonality::matrix(service, {}, matrix));
    QCOMPARE(matrix.cellText(3, 0), QStringLiteral("sophos xgs"));
    QList<SystemsCommonality::Usage> usages;
    QVERIFY(!SystemsCommonality::usages(service, {}, "school_server", "iserv", usages));
    QCOMPARE(usages.size(), 4);
    QCOMPARE(usages.at(1).licenceEnd, QDate(2026, 12, 31));

    StandardsCompliance compliance;
    QVERIFY(!StandardsCompliance::load(service, {}, compliance));
    const QList<QList<int>> expected{{2, 2, 1}, {0, 2, 1}, {1, 2, 2}, {2, 2, 1},
                                     {1, 0, 1}, {0, 3, 0}, {3, 2, 0}, {3, 2, 0}};
    QCOMPARE(compliance.totals.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const StandardsCompliance::Tally &tally = compliance.totals.at(i);
        QCOMPARE((QList<int>{tally.met, tally.notMet, tally.noData}), expected.at(i));
    }
    const QList<ComplianceGap> gaps = ComplianceGap::of(compliance);
    QCOMPARE(gaps.at(2).shortfall.value_or(-1), qint64(8));
    QCOMPARE(gaps.at(5).shortfall.value_or(-1), qint64(22));

    // A year and a school type narrow them alike.
    StatisticsFilter filter;
    filter.year = 2022;
    filter.schoolTypes = {QStringLiteral("02"), QStringLiteral("20")};
    QVERIFY(!StandardsCompliance::load(service, filter, compliance));
    QCOMPARE(compliance.schools.size(), 3);
    QCOMPARE(compliance.schools.at(0).school.pupilDevices, 0);
    QCOMPARE(compliance.schools.at(0).school.cycledDevices, 4);
    QCOMPARE(compliance.schools.at(0).school.contracts, 1);

    // Editing through the record store: the enumeration list is stored alike.
    RecordStore store(db);
    QVERIFY(store.update(EntityCatalog::spec(EntityKind::MinimumStandard), 1, {{"school_types", "Gymnasium; 2"}}).ok());
    QCOMPARE(TestSupport::scalar(db, "SELECT school_types FROM minimum_standard WHERE id = 1").toString(),
             QStringLiteral("02,20"));
}

QTEST_GUILESS_MAIN(TestSystemsEngines)
#include "tst_systemsengines.moc"
