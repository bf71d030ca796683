// SPDX-License-Identifier: EUPL-1.2
#include "reportsupportsection.h"

#include "contractcosts.h"
#include "contractschedule.h"
#include "reportdocument.h"
#include "reportformat.h"
#include "statisticsservice.h"

namespace {
using Align = ReportTable::Align;
} // namespace

QString ReportSupportSection::title() const
{
    return tr("Support");
}

DatabaseError ReportSupportSection::write(const ReportContext &context, ReportDocument &document) const
{
    if (const DatabaseError error = writeDeadlines(context, document))
        return error;
    return writeCosts(context, document);
}

DatabaseError ReportSupportSection::writeDeadlines(const ReportContext &context, ReportDocument &document)
{
    const int months = context.options.contractMonths;
    const QDate from = context.service.referenceDay(context.filter);
    const QDate until = from.addMonths(months);
    QList<ContractSchedule::Due> due;
    if (const DatabaseError error = ContractSchedule::dueWithin(context.service, context.filter,
                                                                int(from.daysTo(until)), due))
        return error;

    document.addHeading(tr("Contracts to cancel in the next %n month(s)", nullptr, months), 2);
    if (due.isEmpty()) {
        document.addParagraph(tr("No support contract has its last day to cancel between %1 and %2.")
                                  .arg(ReportFormat::date(from), ReportFormat::date(until)));
    } else {
        document.addParagraph(tr("A contract that is not cancelled by its last day to cancel renews itself. "
                                 "%Ln contract(s) have that day between %1 and %2.", nullptr, int(due.size()))
                                  .arg(ReportFormat::date(from), ReportFormat::date(until)));
        ReportTable table(tr("Support contracts with a last day to cancel by %1").arg(ReportFormat::date(until)));
        table.addColumn(tr("Contract"), Align::Left, 7);
        table.addColumn(tr("Vendor"), Align::Left, 8);
        table.addColumn(tr("School authority"), Align::Left, 8);
        table.addColumn(tr("Cancel by"), Align::Left, 5);
        table.addColumn(tr("Term ends"), Align::Left, 5);
        table.addColumn(tr("Days left"), Align::Right, 4);
        table.addColumn(tr("Annual cost"), Align::Right, 6);
        const int warningDays = context.service.settings().deadlineWarningDays();
        for (const ContractSchedule::Due &entry : std::as_const(due)) {
            const bool soon = entry.daysLeft <= warningDays;
            table.addRow({{entry.contract.number, ReportTable::Plain},
                          {entry.contract.vendor, ReportTable::Plain},
                          {entry.contract.authority, ReportTable::Plain},
                          {ReportFormat::date(entry.lastDayToCancel), soon ? ReportTable::Marked : ReportTable::Plain},
                          {ReportFormat::date(entry.termEnd), ReportTable::Plain},
                          {ReportFormat::count(entry.daysLeft), ReportTable::Plain},
                          {ReportFormat::money(entry.contract.annualCostCents), ReportTable::Plain}});
        }
        document.addTable(table);
        document.addNote(tr("Marked: last day to cancel within %Ln day(s).", nullptr, warningDays));
    }
    document.addChart(QStringLiteral("contract-deadlines"), tr("Deadlines of the support contracts"), 0.5);
    return DatabaseError::none();
}

DatabaseError ReportSupportSection::writeCosts(const ReportContext &context, ReportDocument &document)
{
    ContractCosts costs;
    if (const DatabaseError error = ContractCosts::load(context.service, context.filter, costs))
        return error;
    document.addHeading(tr("Annual cost of support"), 2);
    document.addParagraph(tr("%Ln support contract(s) in force cost %1 a year.", nullptr, costs.contracts)
                              .arg(ReportFormat::money(costs.totalCents)));

    ReportTable perVendor(tr("Annual cost per vendor"));
    perVendor.addColumn(tr("Vendor"), Align::Left, 6);
    perVendor.addColumn(tr("Contracts"), Align::Right, 2);
    perVendor.addColumn(tr("Annual cost"), Align::Right, 3);
    for (const ContractCosts::Total &vendor : std::as_const(costs.vendors))
        perVendor.addRow(QStringList{vendor.name, ReportFormat::count(vendor.contracts),
                                     ReportFormat::money(vendor.annualCents)});
    perVendor.addRow(QStringList{tr("Total"), ReportFormat::count(costs.contracts), ReportFormat::money(costs.totalCents)},
                     ReportTable::RowKind::Total);
    document.addTable(perVendor);

    ReportTable perAuthority(tr("Annual cost per school authority"));
    perAuthority.addColumn(tr("School authority"), Align::Left, 6);
    perAuthority.addColumn(tr("Contracts"), Align::Right, 2);
    perAuthority.addColumn(tr("Annual cost"), Align::Right, 3);
    for (const ContractCosts::Total &authority : std::as_const(costs.authorities))
        perAuthority.addRow(QStringList{authority.name, ReportFormat::count(authority.contracts),
                                        ReportFormat::money(authority.annualCents)});
    perAuthority.addRow(QStringList{tr("Total"), ReportFormat::count(costs.contracts),
                                    ReportFormat::money(costs.totalCents)},
                        ReportTable::RowKind::Total);
    document.addTable(perAuthority);
    document.addChart(QStringLiteral("contract-costs"), tr("Annual cost of support contracts"), 0.55);
    return DatabaseError::none();
}
