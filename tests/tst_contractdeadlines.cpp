// SPDX-License-Identifier: EUPL-1.2
// The contract timeline against tests/data/statistics_fixture.sql.
#include "contractdeadlines.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace StatisticsFixture;
using Kind = ContractDeadlines::Kind;

class TestContractDeadlines : public QObject
{
    Q_OBJECT

private:
    static ContractDeadlines load(Database &database, const StatisticsFilter &filter = {},
                                  int months = ContractDeadlines::DefaultMonths)
    {
        StatisticsService service(database, StatisticsSettings(), today());
        ContractDeadlines data;
        const DatabaseError error = ContractDeadlines::load(service, filter, months, data);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return data;
    }

private slots:
    void events_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("contract");
        QTest::newRow("SV-001 cancel") << 0 << QDate(2025, 6, 30) << int(Kind::LastDayToCancel) << "SV-001";
        QTest::newRow("SV-005 cancel") << 1 << QDate(2025, 8, 31) << int(Kind::LastDayToCancel) << "SV-005";
        QTest::newRow("SV-003 ends") << 2 << QDate(2025, 8, 31) << int(Kind::FinalEnd) << "SV-003";
        QTest::newRow("SV-005 renews") << 3 << QDate(2025, 9, 30) << int(Kind::Renewal) << "SV-005";
        QTest::newRow("SV-002 cancel") << 4 << QDate(2025, 11, 30) << int(Kind::LastDayToCancel) << "SV-002";
        QTest::newRow("SV-001 renews") << 5 << QDate(2025, 12, 31) << int(Kind::Renewal) << "SV-001";
        QTest::newRow("SV-002 renews") << 6 << QDate(2026, 2, 28) << int(Kind::Renewal) << "SV-002";
        QTest::newRow("SV-001 cancel 2026") << 7 << QDate(2026, 6, 30) << int(Kind::LastDayToCancel) << "SV-001";
        QTest::newRow("SV-005 cancel 2026") << 8 << QDate(2026, 8, 31) << int(Kind::LastDayToCancel) << "SV-005";
        QTest::newRow("SV-005 renews 2026") << 9 << QDate(2026, 9, 30) << int(Kind::Renewal) << "SV-005";
        QTest::newRow("SV-002 cancel 2026") << 10 << QDate(2026, 11, 30) << int(Kind::LastDayToCancel) << "SV-002";
        QTest::newRow("SV-001 renews 2026") << 11 << QDate(2026, 12, 31) << int(Kind::Renewal) << "SV-001";
        QTest::newRow("SV-002 renews 2027") << 12 << QDate(2027, 2, 28) << int(Kind::Renewal) << "SV-002";
    }

    void events()
    {
        QFETCH(int, index);
        QFETCH(QDate, date);
        QFETCH(int, kind);
        QFETCH(QString, contract);
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const ContractDeadlines data = load(temp.db());
        QCOMPARE(data.events.size(), 13);
        const ContractDeadlines::Event &event = data.events.at(index);
        QCOMPARE(event.date, date);
        QCOMPARE(int(event.kind), kind);
        QCOMPARE(event.contractNumber, contract);
    }

    void months()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const ContractDeadlines data = load(temp.db());
        QCOMPARE(data.from, today());
        QCOMPARE(data.until, QDate(2027, 5, 31));
        QCOMPARE(data.months.size(), 24);
        QCOMPARE(data.months.first().first, QDate(2025, 6, 1));
        QCOMPARE(data.months.last().first, QDate(2027, 5, 1));
        QCOMPARE(data.months.at(0).lastDaysToCancel, 1); // June 2025
        QCOMPARE(data.months.at(2).lastDaysToCancel, 1); // August 2025
        QCOMPARE(data.months.at(2).finalEnds, 1);
        QCOMPARE(data.months.at(3).renewals, 1);         // September 2025
        QCOMPARE(data.months.at(1).lastDaysToCancel + data.months.at(1).renewals + data.months.at(1).finalEnds, 0);
        int cancel = 0;
        int renewals = 0;
        int ends = 0;
        for (const ContractDeadlines::Month &month : data.months) {
            cancel += month.lastDaysToCancel;
            renewals += month.renewals;
            ends += month.finalEnds;
        }
        QCOMPARE(cancel, 6);
        QCOMPARE(renewals, 6);
        QCOMPARE(ends, 1);
        QCOMPARE(load(temp.db(), {}, 3).events.size(), 3); // June to August 2025
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const ContractDeadlines data = load(temp.db());
        QVERIFY(data.events.isEmpty());
        QCOMPARE(data.months.size(), 24);
    }

    void filters()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter rosendahl;
        rosendahl.authorityIds = {GemeindeRosendahl};
        QVERIFY(load(temp.db(), rosendahl).events.isEmpty());

        StatisticsFilter duelmen;
        duelmen.authorityIds = {StadtDuelmen};
        const ContractDeadlines data = load(temp.db(), duelmen);
        QCOMPARE(data.events.size(), 5); // SV-002 four times, SV-003 once
        QCOMPARE(data.events.at(0).contractNumber, QStringLiteral("SV-003"));
        QCOMPARE(data.events.at(0).authority, QStringLiteral("Stadt Dülmen"));
    }

    void authorityWithoutContracts()
    {
        // Gemeinde Rosendahl has a school but no contract: an empty timeline of 24 months.
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        StatisticsFilter rosendahl;
        rosendahl.authorityIds = {GemeindeRosendahl};
        const ContractDeadlines data = load(temp.db(), rosendahl);
        QCOMPARE(data.events.size(), 0);
        QCOMPARE(data.from, today());
        QCOMPARE(data.until, QDate(2027, 5, 31));
        QCOMPARE(data.months.size(), 24);
        QCOMPARE(data.months.first().first, QDate(2025, 6, 1));
        QCOMPARE(data.months.last().first, QDate(2027, 5, 1));
        for (const ContractDeadlines::Month &month : data.months) {
            QCOMPARE(month.lastDaysToCancel, 0);
            QCOMPARE(month.renewals, 0);
            QCOMPARE(month.finalEnds, 0);
        }

        // With Stadt Dülmen beside it: Dülmen's five events, nothing more.
        rosendahl.authorityIds << StadtDuelmen;
        const ContractDeadlines both = load(temp.db(), rosendahl);
        QCOMPARE(both.events.size(), 5);
        for (const ContractDeadlines::Event &event : both.events)
            QCOMPARE(event.authority, QStringLiteral("Stadt Dülmen"));
    }

    void noticeLongerThanRenewal()
    {
        // A monthly renewal with 3 months' notice: the last day to cancel the term ending
        // after the window still falls inside it.
        TestSupport::TempDatabase temp;
        QSqlQuery query(temp.db().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO authority (id, name, kind) VALUES (1, 'A', 'town')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date,"
            " initial_term_months, renewal_months, notice_months, auto_renewal) VALUES"
            " (1, 'M-1', 'V', 1, '2025-01-01', 1, 1, 3, 1)")));
        const ContractDeadlines data = load(temp.db(), {}, 2); // 2025-06-15 to 2025-07-31
        // Terms end monthly. The term ending 31.08. had to be cancelled by 31.05. (passed);
        // the one ending 30.09. by 30.06.; the one ending 31.10. by 31.07.
        QList<QDate> cancel;
        for (const ContractDeadlines::Event &event : data.events) {
            if (event.kind == Kind::LastDayToCancel)
                cancel << event.date;
        }
        QCOMPARE(cancel, QList<QDate>({QDate(2025, 6, 30), QDate(2025, 7, 31)}));
    }
};

QTEST_GUILESS_MAIN(TestContractDeadlines)
#include "tst_contractdeadlines.moc"
