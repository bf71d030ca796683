// SPDX-License-Identifier: EUPL-1.2
// What the filters offer, on tests/data/statistics_fixture.sql.
#include "filterchoices.h"
#include "statisticsfixture.h"
#include "testsupport.h"

#include <QtTest>

class TestFilterChoices : public QObject
{
    Q_OBJECT

private slots:
    void fixture()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        FilterChoices choices;
        QVERIFY(!FilterChoices::load(temp.db(), choices));
        QCOMPARE(choices.authorities.size(), 3);
        QCOMPARE(choices.authorities.at(0).name, QStringLiteral("Gemeinde Rosendahl"));
        QCOMPARE(choices.authorities.at(0).id, qint64(StatisticsFixture::GemeindeRosendahl));
        QCOMPARE(choices.schoolTypes, QStringList({QStringLiteral("02"), QStringLiteral("10"),
                                                   QStringLiteral("20"), QStringLiteral("30")}));
        QCOMPARE(choices.firstYear, 2010);
        QCOMPARE(choices.lastYear, 2025);
        QCOMPARE(choices.authorityId(QStringLiteral("stadt dülmen")), qint64(StatisticsFixture::StadtDuelmen));
        QCOMPARE(choices.authorityId(QStringLiteral(" Kreis Coesfeld ")), qint64(StatisticsFixture::KreisCoesfeld));
        QCOMPARE(choices.authorityId(QStringLiteral("Stadt Unbekannt")), qint64(0));
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        FilterChoices choices;
        QVERIFY(!FilterChoices::load(temp.db(), choices));
        QVERIFY(choices.authorities.isEmpty());
        QVERIFY(choices.schoolTypes.isEmpty());
        QCOMPARE(choices.firstYear, 0);
    }
};

QTEST_GUILESS_MAIN(TestFilterChoices)
#include "tst_filterchoices.moc"
