// SPDX-License-Identifier: EUPL-1.2
#include "contractterms.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace ContractTerms {

namespace {

// Longer terms than a thousand years are typing errors; refusing them keeps every month
// count well inside int when multiplied below.
constexpr int MaxMonths = 12 * 1000;

// The Gregorian calendar repeats itself after 400 years, month lengths and leap days alike.
constexpr int CalendarCycleMonths = 400 * 12;

// The margin around termEnd minus the notice period in which the last day to cancel lies:
// month lengths differ by at most three days, so a week on either side is plenty.
constexpr int SearchMarginDays = 7;

bool monthsInRange(int months, int minimum)
{
    return months >= minimum && months <= MaxMonths;
}

bool isUsable(const Contract &contract)
{
    return contract.start.isValid()
        && monthsInRange(contract.initialTermMonths, 1)
        && (!contract.autoRenewal || monthsInRange(contract.renewalMonths, 1));
}

// A running month number; Qt's proleptic calendar has no year 0, and addMonths() skips it too.
qint64 monthIndex(const QDate &date)
{
    const qint64 year = date.year() < 0 ? date.year() + 1 : date.year();
    return year * 12 + date.month() - 1;
}

// The begin of the renewal `count` terms after the one beginning on `begin`. Each renewal
// begins on begin's day number until a month lacks that day (31, 30 or 29 only); that term
// ends on the month's last day, so every later renewal begins on the 1st.
QDate beginAfter(const QDate &begin, int months, qint64 count)
{
    const int day = begin.day();
    if (day > 28) {
        // The months and leap years reached repeat after one calendar cycle, so checking one
        // cycle finds the first month without the day, or proves there is none.
        const qint64 cycle = CalendarCycleMonths / std::gcd(months, CalendarCycleMonths);
        const qint64 checks = std::min(count, cycle);
        for (qint64 i = 1; i <= checks; ++i) {
            const QDate candidate = begin.addMonths(int(i * months));
            if (!candidate.isValid())
                return {};
            if (candidate.day() != day) {
                const QDate first = candidate.addDays(1);
                return count == i ? first : beginAfter(first, months, count - i);
            }
        }
    }
    return begin.addMonths(int(count * months));
}

// The end of the renewal term running on `day`, in the chain whose renewal begins on
// `begin` (begin <= day). Jumps over whole stretches of terms instead of walking them.
QDate renewalEndOn(QDate begin, int months, const QDate &day)
{
    for (;;) {
        const QDate end = periodEnd(begin, months);
        if (!end.isValid() || day <= end)
            return end;
        // Stop at least one term short of `day`'s month, so the jump never overshoots.
        const qint64 whole = (monthIndex(day) - monthIndex(begin)) / months - 1;
        const qint64 jump = std::min<qint64>(whole, (INT_MAX / 2) / months);
        if (jump >= 2) {
            const QDate later = beginAfter(begin, months, jump);
            if (later.isValid() && later > begin && later <= day) {
                begin = later;
                continue;
            }
        }
        begin = end.addDays(1);
    }
}

} // namespace

QDate periodEnd(const QDate &begin, int months)
{
    if (!begin.isValid() || months < 0)
        return {};
    // addMonths() keeps the day number, or falls back to the month's last day when the month
    // has no such day; in that case the period ends on that last day (BGB § 188 (3)).
    const QDate sameDay = begin.addMonths(months);
    if (!sameDay.isValid())
        return {};
    return sameDay.day() == begin.day() ? sameDay.addDays(-1) : sameDay;
}

QDate lastDayToCancel(const QDate &termEnd, int noticeMonths)
{
    if (!termEnd.isValid() || noticeMonths < 0)
        return {};
    const auto inTime = [&](const QDate &receipt) {
        const QDate noticeEnd = periodEnd(receipt.addDays(1), noticeMonths);
        return noticeEnd.isValid() && noticeEnd <= termEnd;
    };
    // periodEnd() never decreases as its begin moves later, so the days in time form one
    // stretch ending at the answer: start safely before it and walk forward.
    QDate receipt = termEnd.addMonths(-noticeMonths).addDays(-SearchMarginDays);
    if (!receipt.isValid())
        return {};
    for (int step = 0; !inTime(receipt); ++step) {
        if (step > 4 * SearchMarginDays)
            return {};
        receipt = receipt.addDays(-1);
    }
    for (int step = 0; inTime(receipt.addDays(1)); ++step) {
        if (step > 4 * SearchMarginDays)
            return {};
        receipt = receipt.addDays(1);
    }
    return receipt;
}

QDate termEndOn(const Contract &contract, const QDate &day)
{
    if (!isUsable(contract) || !day.isValid())
        return {};
    const QDate firstEnd = periodEnd(contract.start, contract.initialTermMonths);
    if (!firstEnd.isValid() || !contract.autoRenewal || day <= firstEnd)
        return firstEnd;
    return renewalEndOn(firstEnd.addDays(1), contract.renewalMonths, day);
}

NextDeadline next(const Contract &contract, const QDate &today)
{
    if (!isUsable(contract) || !monthsInRange(contract.noticeMonths, 0) || !today.isValid())
        return {};
    // A cancellation received today takes effect for a term exactly when this day, the end
    // of a notice period beginning tomorrow, is no later than the term's end. The earliest
    // such term is the one running on this day (or the first term, before the start).
    const QDate noticeEnd = periodEnd(today.addDays(1), contract.noticeMonths);
    const QDate termEnd = termEndOn(contract, noticeEnd);
    if (!noticeEnd.isValid() || !termEnd.isValid())
        return {};
    if (!contract.autoRenewal && noticeEnd > termEnd)
        return {QDate(), termEnd};
    return {lastDayToCancel(termEnd, contract.noticeMonths), termEnd};
}

Contract fromStored(const std::function<QVariant(const char *column)> &stored)
{
    Contract contract;
    contract.start = QDate::fromString(stored("start_date").toString(), Qt::ISODate);
    contract.initialTermMonths = stored("initial_term_months").toInt();
    contract.renewalMonths = stored("renewal_months").toInt();
    contract.noticeMonths = stored("notice_months").toInt();
    contract.autoRenewal = stored("auto_renewal").toInt() != 0;
    return contract;
}

} // namespace ContractTerms
