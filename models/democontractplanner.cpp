// SPDX-License-Identifier: EUPL-1.2
#include "democontractplanner.h"

#include "contractterms.h"
#include "demonames.h"
#include "demorandom.h"

namespace {
// Enough draws that a start with the wanted deadline is found for every seed: about one in
// four starts puts a yearly deadline into a 90-day window.
constexpr int MaxStartDraws = 400;
constexpr int MinContracts = 22;
constexpr int MaxContracts = 28;
} // namespace

DemoContractPlanner::DemoContractPlanner(const QDate &referenceDate)
    : m_referenceDate(referenceDate)
{
}

void DemoContractPlanner::plan(DemoCounty &county, DemoRandom &random) const
{
    // The county and the larger towns have more contracts; 22 to 28 in all.
    QList<int> counts;
    int total = 0;
    for (int authority = 0; authority < county.authorities.size(); ++authority) {
        int schools = 0;
        for (const DemoCounty::School &school : std::as_const(county.schools))
            schools += school.authority == authority ? 1 : 0;
        const int count = authority == 0 ? random.uniform(3, 4)
            : schools > 6                ? random.uniform(2, 4)
                                         : random.uniform(1, 2);
        counts << count;
        total += count;
    }
    while (total < MinContracts || total > MaxContracts) {
        const int authority = random.uniform(0, int(counts.size()) - 1);
        const int step = total < MinContracts ? 1 : -1;
        if (counts.at(authority) + step >= 1 && counts.at(authority) + step <= 4) {
            counts[authority] += step;
            total += step;
        }
    }
    for (int authority = 0; authority < county.authorities.size(); ++authority)
        addContracts(county, authority, counts.at(authority), random);

    // Three to five auto-renewing contracts must be cancelled soon; all others not.
    QList<int> renewing;
    for (int i = 0; i < county.contracts.size(); ++i) {
        if (county.contracts.at(i).autoRenewal)
            renewing << i;
    }
    random.shuffle(renewing);
    const int dueSoonCount = qMin(int(renewing.size()), random.uniform(3, 5));
    QList<bool> dueSoon(county.contracts.size(), false);
    for (int i = 0; i < dueSoonCount; ++i)
        dueSoon[renewing.at(i)] = true;

    for (int i = 0; i < county.contracts.size(); ++i) {
        DemoCounty::Contract &contract = county.contracts[i];
        chooseStart(contract, dueSoon.at(i), random);
        contract.number = QStringLiteral("%1-SV-%2-%3")
                              .arg(county.authorities.at(contract.authority).code)
                              .arg(contract.start.year())
                              .arg(i + 1, 3, 10, QLatin1Char('0'));
    }
}

void DemoContractPlanner::addContracts(DemoCounty &county, int authority, int count,
                                       DemoRandom &random) const
{
    static const QStringList vendors = DemoNames::vendors();
    static const QList<DemoNames::ContractSubject> subjects = DemoNames::contractSubjects();
    static const QStringList notes = DemoNames::contractNotes();

    QList<int> schools;
    for (int i = 0; i < county.schools.size(); ++i) {
        if (county.schools.at(i).authority == authority)
            schools << i;
    }
    QList<int> subjectOrder;
    for (int i = 0; i < subjects.size(); ++i)
        subjectOrder << i;
    random.shuffle(subjectOrder);

    for (int i = 0; i < count; ++i) {
        const DemoNames::ContractSubject &subject = subjects.at(subjectOrder.at(i));
        DemoCounty::Contract contract;
        contract.authority = authority;
        contract.vendor = random.pick(vendors);
        contract.subject = subject.text;
        contract.categories = subject.categories;
        if (random.chance(700)) {
            contract.schools = schools;
        } else {
            for (int school : schools) {
                if (random.chance(600))
                    contract.schools << school;
            }
            if (contract.schools.isEmpty())
                contract.schools << schools.first();
        }
        static const QList<int> terms{12, 24, 36, 48};
        contract.initialTermMonths = terms.at(random.weighted({3, 3, 4, 2}));
        contract.renewalMonths = 12;
        contract.noticeMonths = random.chance(700) ? 3 : 6;
        contract.autoRenewal = random.chance(850);
        const qint64 euros = random.uniform(1000, 8000)
            + qint64(contract.schools.size()) * random.uniform(800, 4500);
        contract.annualCostCents = euros * 100;
        static const QList<int> responseTimes{4, 8, 24, 48};
        contract.responseTimeHours = responseTimes.at(random.weighted({2, 4, 3, 1}));
        if (random.chance(300))
            contract.notes = random.pick(notes);
        county.contracts << contract;
    }
}

bool DemoContractPlanner::isDueSoon(const DemoCounty::Contract &contract, const QDate &start) const
{
    ContractTerms::Contract terms;
    terms.start = start;
    terms.initialTermMonths = contract.initialTermMonths;
    terms.renewalMonths = contract.renewalMonths;
    terms.noticeMonths = contract.noticeMonths;
    terms.autoRenewal = contract.autoRenewal;
    const ContractTerms::NextDeadline next = ContractTerms::next(terms, m_referenceDate);
    return next.hasDeadline() && next.lastDayToCancel >= m_referenceDate
        && next.lastDayToCancel <= m_referenceDate.addDays(WarningWindowDays);
}

void DemoContractPlanner::chooseStart(DemoCounty::Contract &contract, bool dueSoon,
                                      DemoRandom &random) const
{
    // Most contracts begin on the 1st of a month, one to six years before the reference date.
    QDate start;
    for (int draw = 0; draw < MaxStartDraws; ++draw) {
        start = m_referenceDate.addDays(-random.uniform(365, 6 * 365));
        if (random.chance(700))
            start = QDate(start.year(), start.month(), 1);
        if (isDueSoon(contract, start) == dueSoon)
            break;
    }
    contract.start = start;
}
