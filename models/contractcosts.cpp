// SPDX-License-Identifier: EUPL-1.2
#include "contractcosts.h"

#include "contractschedule.h"
#include "sqlstatement.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace {
void addTo(QList<ContractCosts::Total> &totals, const QString &name, qint64 id, const ContractCosts::Cell &cell)
{
    for (ContractCosts::Total &total : totals) {
        if (total.name == name && total.id == id) {
            total.annualCents += cell.annualCents;
            total.contracts += cell.contracts;
            return;
        }
    }
    totals.append({name, id, cell.annualCents, cell.contracts});
}
} // namespace

qint64 ContractCosts::cents(const QString &vendor, qint64 authorityId) const
{
    for (const Cell &cell : cells) {
        if (cell.vendor == vendor && cell.authorityId == authorityId)
            return cell.annualCents;
    }
    return 0;
}

DatabaseError ContractCosts::load(const StatisticsService &service, const StatisticsFilter &filter, ContractCosts &out)
{
    out = ContractCosts();
    // Which contracts have ended needs month arithmetic; the few without automatic renewal
    // are checked in C++ and left out by id, the sums stay in SQL.
    QList<ContractSchedule::Contract> contracts;
    if (const DatabaseError error = ContractSchedule::load(service, filter, contracts))
        return error;
    const QDate referenceDay = service.referenceDay(filter);
    QVariantList ended;
    for (const ContractSchedule::Contract &contract : std::as_const(contracts)) {
        const QDate end = ContractSchedule::finalEnd(contract);
        if (end.isValid() && end < referenceDay)
            ended << contract.id;
    }

    SqlStatement statement(QStringLiteral(
        "SELECT c.vendor, a.id, a.name, SUM(COALESCE(c.annual_cost_cents, 0)), COUNT(*)"
        " FROM support_contract c JOIN authority a ON a.id = c.authority_id WHERE 1 = 1"));
    filter.appendContract(statement, QStringLiteral("c"));
    if (!ended.isEmpty())
        statement.addList(QStringLiteral(" AND c.id NOT IN ("), ended);
    statement.add(QStringLiteral(" GROUP BY c.vendor, a.id, a.name ORDER BY a.name, c.vendor"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query,
            QCoreApplication::translate("Statistics", "Summing up the contract costs")))
        return error;
    while (query.next()) {
        Cell cell;
        cell.vendor = query.value(0).toString();
        cell.authorityId = query.value(1).toLongLong();
        cell.authority = query.value(2).toString();
        cell.annualCents = StatisticsService::toInteger(query.value(3));
        cell.contracts = int(StatisticsService::toInteger(query.value(4)));
        out.cells.append(cell);
        addTo(out.vendors, cell.vendor, 0, cell);
        addTo(out.authorities, cell.authority, cell.authorityId, cell);
        out.totalCents += cell.annualCents;
        out.contracts += cell.contracts;
    }
    std::sort(out.vendors.begin(), out.vendors.end(), [](const Total &a, const Total &b) {
        if (a.annualCents != b.annualCents)
            return a.annualCents > b.annualCents;
        return a.name < b.name;
    });
    return DatabaseError::none();
}
