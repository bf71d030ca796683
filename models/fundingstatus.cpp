// SPDX-License-Identifier: EUPL-1.2
#include "fundingstatus.h"

#include "sqlstatement.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QSqlQuery>

DatabaseError FundingStatus::load(const StatisticsService &service, const StatisticsFilter &filter, Grouping grouping,
                                  FundingStatus &out)
{
    out = FundingStatus();
    out.grouping = grouping;
    const bool perAuthority = grouping == Grouping::PerAuthority;
    const QString authorityColumns = perAuthority ? QStringLiteral(", a.id, a.name") : QString();
    SqlStatement statement(QStringLiteral(
        "SELECT p.id, p.name, p.spending_deadline, p.proof_of_use_deadline,"
        " SUM(al.allocated_cents), SUM(al.approved_cents), SUM(al.paid_out_cents), SUM(al.spent_cents)%1"
        " FROM allocation al JOIN funding_program p ON p.id = al.program_id"
        " JOIN authority a ON a.id = al.authority_id WHERE 1 = 1").arg(authorityColumns));
    filter.appendAuthority(statement, QStringLiteral("al.authority_id"));
    statement.add(QStringLiteral(" GROUP BY p.id, p.name, p.spending_deadline, p.proof_of_use_deadline%1"
                                 " ORDER BY p.name%2")
                      .arg(authorityColumns, perAuthority ? QStringLiteral(", a.name") : QString()));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query,
            QCoreApplication::translate("Statistics", "Summing up the funding programs")))
        return error;
    while (query.next()) {
        Row row;
        row.programId = query.value(0).toLongLong();
        row.program = query.value(1).toString();
        row.spendingDeadline = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        row.proofOfUseDeadline = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        row.allocatedCents = StatisticsService::toInteger(query.value(4));
        row.approvedCents = StatisticsService::toInteger(query.value(5));
        row.paidOutCents = StatisticsService::toInteger(query.value(6));
        row.spentCents = StatisticsService::toInteger(query.value(7));
        if (perAuthority) {
            row.authorityId = query.value(8).toLongLong();
            row.authority = query.value(9).toString();
        }
        out.total.allocatedCents += row.allocatedCents;
        out.total.approvedCents += row.approvedCents;
        out.total.paidOutCents += row.paidOutCents;
        out.total.spentCents += row.spentCents;
        out.rows.append(row);
    }
    return DatabaseError::none();
}
