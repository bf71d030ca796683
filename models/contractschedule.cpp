// SPDX-License-Identifier: EUPL-1.2
#include "contractschedule.h"

#include "sqlstatement.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

DatabaseError ContractSchedule::load(const StatisticsService &service, const StatisticsFilter &filter,
                                     QList<Contract> &out)
{
    out.clear();
    SqlStatement statement(QStringLiteral(
        "SELECT c.id, c.contract_number, c.vendor, c.authority_id, a.name, c.annual_cost_cents,"
        " c.start_date, c.initial_term_months, c.renewal_months, c.notice_months, c.auto_renewal"
        " FROM support_contract c JOIN authority a ON a.id = c.authority_id WHERE 1 = 1"));
    filter.appendContract(statement, QStringLiteral("c"));
    statement.add(QStringLiteral(" ORDER BY c.contract_number"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query,
            QCoreApplication::translate("Statistics", "Reading the support contracts")))
        return error;
    while (query.next()) {
        Contract contract;
        contract.id = query.value(0).toLongLong();
        contract.number = query.value(1).toString();
        contract.vendor = query.value(2).toString();
        contract.authorityId = query.value(3).toLongLong();
        contract.authority = query.value(4).toString();
        contract.annualCostCents = StatisticsService::toInteger(query.value(5));
        contract.terms.start = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        contract.terms.initialTermMonths = query.value(7).toInt();
        contract.terms.renewalMonths = query.value(8).toInt();
        contract.terms.noticeMonths = query.value(9).toInt();
        contract.terms.autoRenewal = query.value(10).toInt() != 0;
        out.append(contract);
    }
    return DatabaseError::none();
}

DatabaseError ContractSchedule::dueWithin(const StatisticsService &service, const StatisticsFilter &filter, int days,
                                          QList<Due> &out)
{
    out.clear();
    QList<Contract> contracts;
    if (const DatabaseError error = load(service, filter, contracts))
        return error;
    const QDate from = service.referenceDay(filter);
    const QDate until = from.addDays(days);
    for (const Contract &contract : std::as_const(contracts)) {
        const ContractTerms::NextDeadline next = ContractTerms::next(contract.terms, from);
        if (!next.hasDeadline() || next.lastDayToCancel > until)
            continue;
        out.append({contract, next.lastDayToCancel, next.termEnd, int(from.daysTo(next.lastDayToCancel))});
    }
    std::sort(out.begin(), out.end(), [](const Due &a, const Due &b) {
        if (a.lastDayToCancel != b.lastDayToCancel)
            return a.lastDayToCancel < b.lastDayToCancel;
        return a.contract.number < b.contract.number;
    });
    return DatabaseError::none();
}

QDate ContractSchedule::finalEnd(const Contract &contract)
{
    if (contract.terms.autoRenewal)
        return {};
    return ContractTerms::periodEnd(contract.terms.start, contract.terms.initialTermMonths);
}
