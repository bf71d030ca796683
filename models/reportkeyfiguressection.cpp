// SPDX-License-Identifier: EUPL-1.2
#include "reportkeyfiguressection.h"

#include "contractcosts.h"
#include "contractschedule.h"
#include "keyfigures.h"
#include "reportdocument.h"
#include "reportfigurecache.h"
#include "reportformat.h"
#include "statisticsservice.h"

namespace {
QString shareOfAllocation(double percent)
{
    return ReportKeyFiguresSection::tr("%1 of the allocated budget").arg(ReportFormat::percent(percent));
}
} // namespace

QString ReportKeyFiguresSection::title() const
{
    return tr("Key figures");
}

DatabaseError ReportKeyFiguresSection::write(const ReportContext &context, ReportDocument &document) const
{
    const KeyFigures *cached = nullptr;
    if (const DatabaseError error = context.figures.keyFigures(cached))
        return error;
    const KeyFigures &figures = *cached;
    const QDate from = context.service.referenceDay(context.filter);
    const int months = context.options.contractMonths;
    QList<ContractSchedule::Due> due;
    if (const DatabaseError error =
            ContractSchedule::dueWithin(context.service, context.filter, int(from.daysTo(from.addMonths(months))), due))
        return error;
    ContractCosts costs;
    if (const DatabaseError error = ContractCosts::load(context.service, context.filter, costs))
        return error;

    document.addParagraph(tr("The figures describe the state on %1 for: %2.")
                              .arg(ReportFormat::date(from), document.scope));

    using Align = ReportTable::Align;
    ReportTable table(tr("Key figures"));
    table.addColumn(tr("Figure"), Align::Left, 5);
    table.addColumn(tr("Value"), Align::Right, 3);
    table.addColumn(tr("Remark"), Align::Left, 5);
    table.addRow(QStringList{tr("Schools"), ReportFormat::count(figures.schools), QString()});
    table.addRow(QStringList{tr("Pupils"), ReportFormat::count(figures.pupils), QString()});
    table.addRow(QStringList{tr("Devices in use"), ReportFormat::count(figures.devicesInUse), QString()});
    table.addRow(QStringList{tr("Pupil devices (PC, notebook, tablet)"), ReportFormat::count(figures.pupilDevices),
                             QString()});
    const double target = context.service.settings().targetPupilsPerDevice();
    const bool aboveTarget = !figures.pupilsPerDevice || *figures.pupilsPerDevice > target;
    table.addRow({{tr("Pupils per pupil device"), ReportTable::Plain},
                  {ReportFormat::ratio(figures.pupilsPerDevice), aboveTarget ? ReportTable::Marked : ReportTable::Plain},
                  {tr("target: %1").arg(ReportFormat::decimal(target, 1)), ReportTable::Plain}});
    table.addRow(QStringList{tr("Devices past their replacement cycle"), ReportFormat::count(figures.devicesPastCycle),
                             tr("%1 of %2 devices of known age")
                                 .arg(ReportFormat::percent(figures.pastCyclePercent),
                                      ReportFormat::count(figures.devicesWithCycle))});
    table.addRow(QStringList{tr("Funding allocated"), ReportFormat::money(figures.allocatedCents), QString()});
    table.addRow(QStringList{tr("Funding approved"), ReportFormat::money(figures.approvedCents),
                             shareOfAllocation(figures.approvedPercent)});
    table.addRow(QStringList{tr("Funding paid out"), ReportFormat::money(figures.paidOutCents),
                             shareOfAllocation(figures.paidOutPercent)});
    table.addRow(QStringList{tr("Funding spent"), ReportFormat::money(figures.spentCents),
                             shareOfAllocation(figures.spentPercent)});
    table.addRow(QStringList{tr("Support contracts in force"), ReportFormat::count(costs.contracts),
                             tr("annual cost %1").arg(ReportFormat::money(costs.totalCents))});
    table.addRow({{tr("Contracts with a last day to cancel in the next %n month(s)", nullptr, months), ReportTable::Plain},
                  {ReportFormat::count(due.size()), due.isEmpty() ? ReportTable::Plain : ReportTable::Marked},
                  {due.isEmpty() ? QString()
                                 : tr("the first on %1").arg(ReportFormat::date(due.constFirst().lastDayToCancel)),
                   ReportTable::Plain}});
    document.addTable(table);
    document.addNote(tr("Marked values need attention: more pupils per device than the target, or contracts "
                        "that must be cancelled soon if they are not to renew."));
    return DatabaseError::none();
}
