// SPDX-License-Identifier: EUPL-1.2
#include "contractterms.h"

#include <QtTest>

Q_DECLARE_METATYPE(ContractTerms::Contract)

using namespace ContractTerms;

namespace {

// Dates in the rows are written as Germans read them.
QDate d(const char *text)
{
    const QDate date = QDate::fromString(QLatin1String(text), QStringLiteral("dd.MM.yyyy"));
    Q_ASSERT(date.isValid());
    return date;
}

Contract contract(const char *start, int initial, int renewal, int notice, bool autoRenewal)
{
    Contract c;
    c.start = d(start);
    c.initialTermMonths = initial;
    c.renewalMonths = renewal;
    c.noticeMonths = notice;
    c.autoRenewal = autoRenewal;
    return c;
}

// The slow, obvious way: walk every term from the start, as a person with a calendar would.
NextDeadline walkTerms(const Contract &c, const QDate &today)
{
    QDate begin = c.start;
    int months = c.initialTermMonths;
    for (;;) {
        const QDate end = periodEnd(begin, months);
        const QDate deadline = lastDayToCancel(end, c.noticeMonths);
        if (deadline >= today)
            return {deadline, end};
        if (!c.autoRenewal)
            return {QDate(), end};
        begin = end.addDays(1);
        months = c.renewalMonths;
    }
}

QDate walkTermEnd(const Contract &c, const QDate &day)
{
    QDate end = periodEnd(c.start, c.initialTermMonths);
    while (c.autoRenewal && end < day)
        end = periodEnd(end.addDays(1), c.renewalMonths);
    return end;
}

} // namespace

class TestContractTerms : public QObject
{
    Q_OBJECT

private slots:
    void periodEnd_data();
    void periodEnd();
    void lastDayToCancel_data();
    void lastDayToCancel();
    void next_data();
    void next();
    void termEndOn_data();
    void termEndOn();
    void invalidInput();
    void periodEndNeverMovesBack();
    void lastDayToCancelIsTheLatestDayInTime();
    void nextMatchesWalkingTheChain();
    void longChainsAreAnswered();
};

void TestContractTerms::periodEnd_data()
{
    QTest::addColumn<QDate>("begin");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    // DOMAIN.md: the day before 15.02.
    QTest::newRow("mid-month") << d("15.01.2024") << 1 << d("14.02.2024");
    // DOMAIN.md: February 2024 has no 31st, so its last day (leap year).
    QTest::newRow("31 Jan leap") << d("31.01.2024") << 1 << d("29.02.2024");
    // February 2025 has no 31st: its last day, the 28th.
    QTest::newRow("31 Jan non-leap") << d("31.01.2025") << 1 << d("28.02.2025");
    // DOMAIN.md: the day before 01.03.2025.
    QTest::newRow("1 Mar, 12 months") << d("01.03.2024") << 12 << d("28.02.2025");
    // February 2025 has no 29th: its last day.
    QTest::newRow("29 Feb, 12 months") << d("29.02.2024") << 12 << d("28.02.2025");
    // 29.02.2028 exists: the day before it.
    QTest::newRow("29 Feb, 48 months") << d("29.02.2024") << 48 << d("28.02.2028");
    // 29.02.2024 exists: the day before it.
    QTest::newRow("29 Jan leap") << d("29.01.2024") << 1 << d("28.02.2024");
    // February 2025 has no 29th: its last day.
    QTest::newRow("29 Jan non-leap") << d("29.01.2025") << 1 << d("28.02.2025");
    // February 2024 has no 30th: its last day.
    QTest::newRow("30 Jan leap") << d("30.01.2024") << 1 << d("29.02.2024");
    // April has no 31st: its last day.
    QTest::newRow("31 Mar") << d("31.03.2024") << 1 << d("30.04.2024");
    // 30.05. exists: the day before it.
    QTest::newRow("30 Apr") << d("30.04.2024") << 1 << d("29.05.2024");
    // The day before 01.01.2027.
    QTest::newRow("36 months") << d("01.01.2024") << 36 << d("31.12.2026");
    // Across the year: the day before 15.02.2025.
    QTest::newRow("over new year") << d("15.12.2024") << 2 << d("14.02.2025");
    // February 2025 has no 31st: its last day.
    QTest::newRow("31 Aug, 6 months") << d("31.08.2024") << 6 << d("28.02.2025");
    // No month at all: the day before the begin.
    QTest::newRow("zero months") << d("10.06.2024") << 0 << d("09.06.2024");
}

void TestContractTerms::periodEnd()
{
    QFETCH(QDate, begin);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(ContractTerms::periodEnd(begin, months), expected);
}

void TestContractTerms::lastDayToCancel_data()
{
    QTest::addColumn<QDate>("termEnd");
    QTest::addColumn<int>("notice");
    QTest::addColumn<QDate>("expected");

    // DOMAIN.md: notice from 01.10. ends 31.12.; from 02.10. it would end 01.01.
    QTest::newRow("31 Dec, 3") << d("31.12.2026") << 3 << d("30.09.2026");
    // DOMAIN.md: notice from 01.12. ends 28.02. (day before 01.03.); from 02.12. on 01.03.
    QTest::newRow("28 Feb, 3") << d("28.02.2025") << 3 << d("30.11.2024");
    // Notice from 01.02.2024 ends 29.02.; from 02.02. on 01.03.
    QTest::newRow("29 Feb, 1") << d("29.02.2024") << 1 << d("31.01.2024");
    // Notice from 01.02.2025 ends 28.02.; from 02.02. on 01.03.
    QTest::newRow("28 Feb non-leap, 1") << d("28.02.2025") << 1 << d("31.01.2025");
    // Leap year, not the month's end: from 29.01. it ends 28.02.; from 30.01. on 29.02.
    QTest::newRow("28 Feb leap, 1") << d("28.02.2024") << 1 << d("28.01.2024");
    // From 28.01.2025 it ends 27.02.; from 29.01. on 28.02. (no 29.02.2025).
    QTest::newRow("27 Feb, 1") << d("27.02.2025") << 1 << d("27.01.2025");
    // From 01.03.2027 it ends 29.02.2028; from 02.03.2027 on 01.03.2028.
    QTest::newRow("29 Feb, 12") << d("29.02.2028") << 12 << d("28.02.2027");
    // From 01.04. it ends 30.06.; from 02.04. on 01.07.
    QTest::newRow("30 Jun, 3") << d("30.06.2025") << 3 << d("31.03.2025");
    // From 01.03. it ends 30.04.; the answer falls on February's last day.
    QTest::newRow("30 Apr, 2") << d("30.04.2025") << 2 << d("28.02.2025");
    // From 01.03. it ends 31.03.
    QTest::newRow("31 Mar, 1") << d("31.03.2025") << 1 << d("28.02.2025");
    // Mid-month: from 15.01. it ends 14.02.; from 16.01. on 15.02.
    QTest::newRow("14 Feb, 1") << d("14.02.2025") << 1 << d("14.01.2025");
    // From 01.06. it ends 30.11.
    QTest::newRow("30 Nov, 6") << d("30.11.2025") << 6 << d("31.05.2025");
    // From 01.02.2025 it ends 31.01.2027; from 02.02.2025 on 01.02.2027.
    QTest::newRow("two years notice") << d("31.01.2027") << 24 << d("31.01.2025");
    // No notice: a cancellation received on the term's last day still counts.
    QTest::newRow("no notice") << d("31.12.2026") << 0 << d("31.12.2026");
}

void TestContractTerms::lastDayToCancel()
{
    QFETCH(QDate, termEnd);
    QFETCH(int, notice);
    QFETCH(QDate, expected);
    QCOMPARE(ContractTerms::lastDayToCancel(termEnd, notice), expected);
}

void TestContractTerms::next_data()
{
    QTest::addColumn<Contract>("c");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QDate>("termEnd");

    // The well-known bug case: 3-year term, 12-month tacit renewal, 3-month notice.
    // Terms: 01.01.2024-31.12.2026, then the calendar years 2027, 2028, 2029, each
    // cancellable until 30.09. of its year.
    const Contract bug = contract("01.01.2024", 36, 12, 3, true);
    QTest::newRow("bug: first term") << bug << d("15.03.2024") << d("30.09.2026") << d("31.12.2026");
    QTest::newRow("bug: on the last day (counts)") << bug << d("30.09.2026") << d("30.09.2026") << d("31.12.2026");
    // One day late: the first renewal runs 12 months (not 36) and ends 31.12.2027.
    QTest::newRow("bug: one day after") << bug << d("01.10.2026") << d("30.09.2027") << d("31.12.2027");
    // 30.09.2028 has passed: the third renewal, 2029.
    QTest::newRow("bug: third renewal") << bug << d("15.11.2028") << d("30.09.2029") << d("31.12.2029");
    QTest::newRow("bug: third renewal, last day") << bug << d("30.09.2029") << d("30.09.2029") << d("31.12.2029");

    // 29 February start: 29.02.2024-28.02.2025 (no 29.02.2025), then 01.03.-28.02.2026,
    // 01.03.2026-28.02.2027, 01.03.2027-29.02.2028 (leap year).
    const Contract leap = contract("29.02.2024", 12, 12, 3, true);
    QTest::newRow("leap: first term") << leap << d("01.06.2024") << d("30.11.2024") << d("28.02.2025");
    QTest::newRow("leap: first renewal") << leap << d("01.12.2024") << d("30.11.2025") << d("28.02.2026");
    // 30.11.2026 has passed; notice from 01.12.2027 ends 29.02.2028.
    QTest::newRow("leap: renewal ending 29 Feb") << leap << d("01.01.2027") << d("30.11.2027") << d("29.02.2028");

    // Month-end chain: 31.01.-29.02.2024, 01.03.-31.03., 01.04.-30.04. ... Counting from the
    // start would end the second term on 30.03. (day before 31.03.); the chain ends it 31.03.
    const Contract monthEnd = contract("31.01.2024", 1, 1, 1, true);
    // First term's deadline (31.01.) passed; second term's: notice from 01.03. ends 31.03.
    QTest::newRow("month end: second term") << monthEnd << d("10.02.2024") << d("29.02.2024") << d("31.03.2024");
    QTest::newRow("month end: third term") << monthEnd << d("01.03.2024") << d("31.03.2024") << d("30.04.2024");
    // August's deadline 31.07. passed; September's term: notice from 01.09. ends 30.09.
    QTest::newRow("month end: September") << monthEnd << d("15.08.2024") << d("31.08.2024") << d("30.09.2024");

    // Drift with a 30th: 30.11.2023-29.02.2024 (no 30.02.), then 01.03.-31.05.,
    // 01.06.-31.08. (from the start it would be 29.05. and 29.08.).
    const Contract thirtieth = contract("30.11.2023", 3, 3, 1, true);
    QTest::newRow("30th: second term") << thirtieth << d("01.02.2024") << d("30.04.2024") << d("31.05.2024");
    QTest::newRow("30th: on the last day") << thirtieth << d("30.04.2024") << d("30.04.2024") << d("31.05.2024");
    QTest::newRow("30th: one day after") << thirtieth << d("01.05.2024") << d("31.07.2024") << d("31.08.2024");

    // Mid-month: 15.03.2024-14.03.2025, then 15.03.-14.09.2025 (cancel until 14.07.).
    const Contract midMonth = contract("15.03.2024", 12, 6, 2, true);
    QTest::newRow("mid-month: first renewal") << midMonth << d("15.01.2025") << d("14.07.2025") << d("14.09.2025");

    // No automatic renewal: one term 01.04.2024-31.03.2026, notice from 01.01.2026.
    const Contract fixed = contract("01.04.2024", 24, 12, 3, false);
    QTest::newRow("fixed: before start") << fixed << d("01.01.2024") << d("31.12.2025") << d("31.03.2026");
    QTest::newRow("fixed: running") << fixed << d("01.06.2025") << d("31.12.2025") << d("31.03.2026");
    QTest::newRow("fixed: on the last day") << fixed << d("31.12.2025") << d("31.12.2025") << d("31.03.2026");
    QTest::newRow("fixed: deadline passed") << fixed << d("01.01.2026") << QDate() << d("31.03.2026");
    QTest::newRow("fixed: ended") << fixed << d("01.05.2027") << QDate() << d("31.03.2026");

    // No notice: the last day of each calendar-year term is its last day to cancel.
    const Contract noNotice = contract("01.01.2025", 12, 12, 0, true);
    QTest::newRow("no notice: last day") << noNotice << d("31.12.2025") << d("31.12.2025") << d("31.12.2025");
    QTest::newRow("no notice: next term") << noNotice << d("01.01.2026") << d("31.12.2026") << d("31.12.2026");

    // Notice longer than the renewal: 2024, then months. On 01.12.2024 the terms of
    // January (deadline 31.10.) and February (30.11.) are out of reach; March's is 31.12.
    const Contract longNotice = contract("01.01.2024", 12, 1, 3, true);
    QTest::newRow("long notice: January term") << longNotice << d("01.10.2024") << d("31.10.2024") << d("31.01.2025");
    QTest::newRow("long notice: March term") << longNotice << d("01.12.2024") << d("31.12.2024") << d("31.03.2025");

    // Before the start: the first term 01.09.2025-31.08.2026.
    QTest::newRow("before start") << contract("01.09.2025", 12, 12, 3, true) << d("01.01.2025")
                                  << d("31.05.2026") << d("31.08.2026");

    // Since 1990, monthly: June 2030's deadline (31.05.) passed, July's is 30.06.
    QTest::newRow("1990 monthly") << contract("01.01.1990", 1, 1, 1, true) << d("15.06.2030")
                                  << d("30.06.2030") << d("31.07.2030");
    // 31.01.1990 yearly: every term runs 31.01.-30.01.; notice from 31.10.2030 ends 30.01.2031.
    QTest::newRow("1990 yearly on the 31st") << contract("31.01.1990", 12, 12, 3, true) << d("15.06.2030")
                                             << d("30.10.2030") << d("30.01.2031");
    // 2100 is no leap year: 29.02.2096-28.02.2100, then 01.03.2100-29.02.2104.
    QTest::newRow("29 Feb across 2100") << contract("29.02.2096", 48, 48, 3, true) << d("01.01.2100")
                                        << d("30.11.2103") << d("29.02.2104");
}

void TestContractTerms::next()
{
    QFETCH(Contract, c);
    QFETCH(QDate, today);
    QFETCH(QDate, deadline);
    QFETCH(QDate, termEnd);
    const NextDeadline result = ContractTerms::next(c, today);
    QCOMPARE(result.lastDayToCancel, deadline);
    QCOMPARE(result.termEnd, termEnd);
    QCOMPARE(result.hasDeadline(), deadline.isValid());
}

void TestContractTerms::termEndOn_data()
{
    QTest::addColumn<Contract>("c");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("expected");

    const Contract bug = contract("01.01.2024", 36, 12, 3, true);
    // Before the start: the first term's end.
    QTest::newRow("bug: before start") << bug << d("01.01.2023") << d("31.12.2026");
    QTest::newRow("bug: first day") << bug << d("01.01.2024") << d("31.12.2026");
    QTest::newRow("bug: last day of first term") << bug << d("31.12.2026") << d("31.12.2026");
    QTest::newRow("bug: first renewal") << bug << d("01.01.2027") << d("31.12.2027");
    // Month-end chain: the second term ends 31.03., not 30.03.
    const Contract monthEnd = contract("31.01.2024", 1, 1, 1, true);
    QTest::newRow("month end: 30 Mar") << monthEnd << d("30.03.2024") << d("31.03.2024");
    QTest::newRow("month end: 31 Mar") << monthEnd << d("31.03.2024") << d("31.03.2024");
    QTest::newRow("month end: May") << monthEnd << d("01.05.2024") << d("31.05.2024");
    // Leap start: the fourth term 01.03.2027-29.02.2028, the fifth ends 28.02.2029.
    const Contract leap = contract("29.02.2024", 12, 12, 3, true);
    QTest::newRow("leap: 29 Feb 2028") << leap << d("29.02.2028") << d("29.02.2028");
    QTest::newRow("leap: 1 Mar 2028") << leap << d("01.03.2028") << d("28.02.2029");
    // No automatic renewal: the end, during and after.
    const Contract fixed = contract("01.04.2024", 24, 12, 3, false);
    QTest::newRow("fixed: running") << fixed << d("01.04.2024") << d("31.03.2026");
    QTest::newRow("fixed: ended") << fixed << d("01.05.2027") << d("31.03.2026");
    // Monthly since 1990: February 2030.
    QTest::newRow("1990 monthly") << contract("01.01.1990", 1, 1, 1, true) << d("15.02.2030") << d("28.02.2030");
}

void TestContractTerms::termEndOn()
{
    QFETCH(Contract, c);
    QFETCH(QDate, day);
    QFETCH(QDate, expected);
    QCOMPARE(ContractTerms::termEndOn(c, day), expected);
}

void TestContractTerms::invalidInput()
{
    const QDate today = d("01.06.2025");
    Contract noStart = contract("01.01.2024", 12, 12, 3, true);
    noStart.start = QDate();
    QVERIFY(!ContractTerms::next(noStart, today).lastDayToCancel.isValid());
    QVERIFY(!ContractTerms::next(noStart, today).termEnd.isValid());
    QVERIFY(!ContractTerms::termEndOn(noStart, today).isValid());

    const Contract zeroTerm = contract("01.01.2024", 0, 12, 3, true);
    QVERIFY(!ContractTerms::next(zeroTerm, today).termEnd.isValid());
    QVERIFY(!ContractTerms::termEndOn(zeroTerm, today).isValid());
    const Contract zeroRenewal = contract("01.01.2024", 12, 0, 3, true);
    QVERIFY(!ContractTerms::next(zeroRenewal, today).termEnd.isValid());
    QVERIFY(!ContractTerms::termEndOn(zeroRenewal, today).isValid());
    const Contract negativeRenewal = contract("01.01.2024", 12, -12, 3, true);
    QVERIFY(!ContractTerms::next(negativeRenewal, today).termEnd.isValid());
    const Contract negativeNotice = contract("01.01.2024", 12, 12, -1, true);
    QVERIFY(!ContractTerms::next(negativeNotice, today).termEnd.isValid());
    QVERIFY(!ContractTerms::next(contract("01.01.2024", 12, 12, 3, true), QDate()).termEnd.isValid());
    QVERIFY(!ContractTerms::termEndOn(contract("01.01.2024", 12, 12, 3, true), QDate()).isValid());

    QVERIFY(!ContractTerms::periodEnd(QDate(), 1).isValid());
    QVERIFY(!ContractTerms::periodEnd(today, -1).isValid());
    QVERIFY(!ContractTerms::lastDayToCancel(QDate(), 3).isValid());
    QVERIFY(!ContractTerms::lastDayToCancel(today, -1).isValid());
}

// lastDayToCancel relies on this: a later begin never gives an earlier end.
void TestContractTerms::periodEndNeverMovesBack()
{
    for (int months = 0; months <= 25; ++months) {
        QDate previous = ContractTerms::periodEnd(d("01.01.2023"), months);
        for (QDate begin = d("02.01.2023"); begin <= d("31.12.2026"); begin = begin.addDays(1)) {
            const QDate end = ContractTerms::periodEnd(begin, months);
            QVERIFY2(end >= previous, qPrintable(begin.toString(Qt::ISODate)));
            previous = end;
        }
    }
}

// The answer is in time, the day after it is not, for every term end over four years.
void TestContractTerms::lastDayToCancelIsTheLatestDayInTime()
{
    for (int notice = 0; notice <= 25; ++notice) {
        for (QDate termEnd = d("01.01.2023"); termEnd <= d("31.12.2026"); termEnd = termEnd.addDays(1)) {
            const QDate last = ContractTerms::lastDayToCancel(termEnd, notice);
            const QString where = termEnd.toString(Qt::ISODate) + QStringLiteral(" / %1").arg(notice);
            QVERIFY2(last.isValid(), qPrintable(where));
            QVERIFY2(ContractTerms::periodEnd(last.addDays(1), notice) <= termEnd, qPrintable(where));
            QVERIFY2(ContractTerms::periodEnd(last.addDays(2), notice) > termEnd, qPrintable(where));
        }
    }
}

// The quick way (jumping over terms) agrees with walking every term.
void TestContractTerms::nextMatchesWalkingTheChain()
{
    const char *starts[] = {"01.01.2020", "15.03.2020", "28.02.2021", "29.02.2020", "29.01.2021",
                            "30.01.2020", "30.08.2021", "31.01.2020", "31.05.2021", "31.12.2020"};
    const int initials[] = {1, 12, 36};
    const int renewals[] = {1, 5, 12, 48};
    const int notices[] = {0, 1, 3};
    for (const char *start : starts) {
        for (int initial : initials) {
            for (int renewal : renewals) {
                for (int notice : notices) {
                    for (bool autoRenewal : {true, false}) {
                        const Contract c = contract(start, initial, renewal, notice, autoRenewal);
                        for (QDate today = c.start.addYears(-1); today <= c.start.addYears(12); today = today.addDays(17)) {
                            const NextDeadline expected = walkTerms(c, today);
                            const NextDeadline actual = ContractTerms::next(c, today);
                            const QString where = QStringLiteral("%1 %2/%3/%4 %5 on %6")
                                .arg(QLatin1String(start)).arg(initial).arg(renewal).arg(notice)
                                .arg(autoRenewal).arg(today.toString(Qt::ISODate));
                            QVERIFY2(actual.lastDayToCancel == expected.lastDayToCancel, qPrintable(where));
                            QVERIFY2(actual.termEnd == expected.termEnd, qPrintable(where));
                            QVERIFY2(ContractTerms::termEndOn(c, today) == walkTermEnd(c, today), qPrintable(where));
                        }
                    }
                }
            }
        }
    }
}

// A chain of monthly terms over a hundred thousand years is answered without walking it.
void TestContractTerms::longChainsAreAnswered()
{
    // 31.01.-28.02.1990 (no leap year), then calendar months; June 100000's deadline 31.05.
    // has passed, July's is 30.06.
    const Contract c = contract("31.01.1990", 1, 1, 1, true);
    const QDate today(100000, 6, 15);
    const NextDeadline result = ContractTerms::next(c, today);
    QCOMPARE(result.lastDayToCancel, QDate(100000, 6, 30));
    QCOMPARE(result.termEnd, QDate(100000, 7, 31));

    // 29 February every four years keeps its day until 2100, then begins on 1 March.
    const Contract leap = contract("29.02.1904", 48, 48, 3, true);
    for (QDate today = d("01.01.2095"); today <= d("31.12.2110"); today = today.addDays(17)) {
        const NextDeadline expected = walkTerms(leap, today);
        const NextDeadline actual = ContractTerms::next(leap, today);
        QCOMPARE(actual.lastDayToCancel, expected.lastDayToCancel);
        QCOMPARE(actual.termEnd, expected.termEnd);
    }
}

QTEST_GUILESS_MAIN(TestContractTerms)
#include "tst_contractterms.moc"
