// SPDX-License-Identifier: EUPL-1.2
#include "contractdeadlines.h"

#include "contractschedule.h"
#include "statisticsservice.h"

#include <algorithm>

namespace {
// Far more terms than any window of months can hold; guards against a zero-month chain.
constexpr int MaxTermsPerContract = 1000;

int monthIndex(const QDate &first, const QDate &date)
{
    return (date.year() - first.year()) * 12 + date.month() - first.month();
}
} // namespace

DatabaseError ContractDeadlines::load(const StatisticsService &service, const StatisticsFilter &filter,
                                      int monthCount, ContractDeadlines &out)
{
    out = ContractDeadlines();
    monthCount = std::max(1, monthCount);
    out.from = service.referenceDay(filter);
    const QDate firstMonth(out.from.year(), out.from.month(), 1);
    out.until = firstMonth.addMonths(monthCount).addDays(-1);
    for (int i = 0; i < monthCount; ++i)
        out.months.append({firstMonth.addMonths(i), 0, 0, 0});

    QList<ContractSchedule::Contract> contracts;
    if (const DatabaseError error = ContractSchedule::load(service, filter, contracts))
        return error;
    const auto inWindow = [&out](const QDate &date) { return date.isValid() && date >= out.from && date <= out.until; };
    for (const ContractSchedule::Contract &contract : std::as_const(contracts)) {
        const auto add = [&](const QDate &date, Kind kind, const QDate &termEnd) {
            out.events.append({date, kind, contract.id, contract.number, contract.vendor, contract.authority, termEnd});
        };
        QDate termEnd = ContractTerms::termEndOn(contract.terms, out.from);
        for (int term = 0; termEnd.isValid() && term < MaxTermsPerContract; ++term) {
            const QDate lastDay = ContractTerms::lastDayToCancel(termEnd, contract.terms.noticeMonths);
            if (inWindow(lastDay))
                add(lastDay, Kind::LastDayToCancel, termEnd);
            if (inWindow(termEnd))
                add(termEnd, contract.terms.autoRenewal ? Kind::Renewal : Kind::FinalEnd, termEnd);
            // Later terms only bring later dates; a notice period longer than the renewal
            // period can put a last day to cancel inside the window after its term's end.
            if (!contract.terms.autoRenewal || (termEnd > out.until && !(lastDay.isValid() && lastDay <= out.until)))
                break;
            termEnd = ContractTerms::periodEnd(termEnd.addDays(1), contract.terms.renewalMonths);
        }
    }
    std::sort(out.events.begin(), out.events.end(), [](const Event &a, const Event &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.contractNumber < b.contractNumber;
    });
    for (const Event &event : std::as_const(out.events)) {
        Month &month = out.months[monthIndex(firstMonth, event.date)];
        switch (event.kind) {
        case Kind::LastDayToCancel:
            ++month.lastDaysToCancel;
            break;
        case Kind::Renewal:
            ++month.renewals;
            break;
        case Kind::FinalEnd:
            ++month.finalEnds;
            break;
        }
    }
    return DatabaseError::none();
}
