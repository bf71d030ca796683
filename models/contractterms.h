// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QVariant>

#include <functional>

// The dates of a support contract that people get wrong, by BGB §§ 187 (2), 188 (2), (3):
// terms and notice periods are whole months; the first term begins on the start date,
// each renewal the day after the previous term ends (a chain, not counted from the start).
namespace ContractTerms {

struct Contract
{
    QDate start;
    int initialTermMonths = 12;
    int renewalMonths = 12;
    int noticeMonths = 3;
    bool autoRenewal = true;
};

struct NextDeadline
{
    // The earliest last day to cancel that is today or later; invalid when none is left
    // (a contract without automatic renewal whose last day to cancel has passed).
    QDate lastDayToCancel;
    // The end of the term that deadline belongs to; without a deadline, the contract's end.
    QDate termEnd;
    bool hasDeadline() const { return lastDayToCancel.isValid(); }
};

// A period of `months` months that begins on `begin` ends on the day before the day of the
// months-th following month with begin's day number, or on that month's last day if it has
// no such day. 15.01.2024 + 1 -> 14.02.2024; 31.01.2024 + 1 -> 29.02.2024.
QDate periodEnd(const QDate &begin, int months);

// The latest day a cancellation may be received so that a full notice period, beginning the
// day after, ends no later than termEnd. 31.12.2026 with 3 months -> 30.09.2026.
QDate lastDayToCancel(const QDate &termEnd, int noticeMonths);

// End of the term that is running on `day` (the first term's end if day is before start).
QDate termEndOn(const Contract &contract, const QDate &day);

NextDeadline next(const Contract &contract, const QDate &today);

// The terms of a stored support_contract row, its values read by column name
// (start_date as ISO text, initial_term_months, renewal_months, notice_months, auto_renewal).
Contract fromStored(const std::function<QVariant(const char *column)> &stored);

} // namespace ContractTerms
