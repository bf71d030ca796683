// SPDX-License-Identifier: EUPL-1.2
#include "reportfundingsection.h"

#include "fundingstatus.h"
#include "reportdocument.h"
#include "reportformat.h"
#include "statisticsservice.h"

namespace {
using Align = ReportTable::Align;

QStringList amounts(const QString &label, const FundingStatus::Row &row)
{
    return {label,
            ReportFormat::amount(row.allocatedCents),
            ReportFormat::amount(row.approvedCents),
            ReportFormat::amount(row.paidOutCents),
            ReportFormat::amount(row.spentCents),
            ReportFormat::amount(row.remainingCents())};
}

// A deadline's cell: marked when it is the program's next one, muted once it has passed.
ReportTable::Cell deadlineCell(const QDate &deadline, const QDate &next, const QDate &from)
{
    if (!deadline.isValid())
        return {ReportFormat::dash(), ReportTable::Plain};
    if (deadline < from)
        return {ReportFundingSection::tr("%1 (passed)").arg(ReportFormat::date(deadline)), ReportTable::Muted};
    return {ReportFormat::date(deadline), deadline == next ? ReportTable::Marked : ReportTable::Plain};
}
} // namespace

QString ReportFundingSection::title() const
{
    return tr("Funding");
}

QDate ReportFundingSection::nextDeadline(const QDate &spending, const QDate &proofOfUse, const QDate &from)
{
    QDate next;
    for (const QDate &deadline : {spending, proofOfUse}) {
        if (deadline.isValid() && deadline >= from && (!next.isValid() || deadline < next))
            next = deadline;
    }
    return next;
}

DatabaseError ReportFundingSection::write(const ReportContext &context, ReportDocument &document) const
{
    FundingStatus perAuthority;
    if (const DatabaseError error =
            FundingStatus::load(context.service, context.filter, FundingStatus::Grouping::PerAuthority, perAuthority))
        return error;
    FundingStatus summed;
    if (const DatabaseError error =
            FundingStatus::load(context.service, context.filter, FundingStatus::Grouping::Summed, summed))
        return error;
    if (summed.rows.isEmpty()) {
        document.addParagraph(tr("No funding program has allocated a budget to the school authorities of this report."));
        return DatabaseError::none();
    }
    writeAmounts(perAuthority, summed, document);
    writeDeadlines(summed, context.service.referenceDay(context.filter), document);
    document.addChart(QStringLiteral("funding-status"), tr("Funding per program"), 0.55);
    return DatabaseError::none();
}

void ReportFundingSection::writeAmounts(const FundingStatus &perAuthority, const FundingStatus &summed,
                                        ReportDocument &document)
{
    document.addHeading(tr("Budgets per program and school authority"), 2);
    document.addParagraph(tr("Of %1 allocated, %2 have been approved, %3 paid out and %4 spent; %5 remain to be "
                             "spent.")
                              .arg(ReportFormat::money(summed.total.allocatedCents),
                                   ReportFormat::money(summed.total.approvedCents),
                                   ReportFormat::money(summed.total.paidOutCents),
                                   ReportFormat::money(summed.total.spentCents),
                                   ReportFormat::money(summed.total.remainingCents())));

    ReportTable table(tr("Funding per program and school authority"));
    // Five amounts side by side: the currency goes into the headers to leave room for the figures.
    table.addColumn(tr("Program / school authority"), Align::Left, 6);
    table.addColumn(tr("Allocated (€)"), Align::Right, 3);
    table.addColumn(tr("Approved (€)"), Align::Right, 3);
    table.addColumn(tr("Paid out (€)"), Align::Right, 3);
    table.addColumn(tr("Spent (€)"), Align::Right, 3);
    table.addColumn(tr("Remaining (€)"), Align::Right, 3);
    for (const FundingStatus::Row &program : summed.rows) {
        table.addGroupRow(program.program);
        int authorities = 0;
        for (const FundingStatus::Row &row : perAuthority.rows) {
            if (row.programId != program.programId)
                continue;
            table.addRow(amounts(row.authority, row));
            ++authorities;
        }
        if (authorities > 1)
            table.addRow(amounts(tr("Program total"), program), ReportTable::RowKind::Total);
    }
    table.addRow(amounts(tr("Total of all programs"), summed.total), ReportTable::RowKind::Total);
    document.addTable(table);
    document.addNote(tr("Remaining: allocated but not yet spent."));
}

void ReportFundingSection::writeDeadlines(const FundingStatus &summed, const QDate &from, ReportDocument &document)
{
    document.addHeading(tr("Deadlines"), 2);
    ReportTable table(tr("Deadlines of the funding programs"));
    table.addColumn(tr("Program"), Align::Left, 5);
    table.addColumn(tr("Spend by"), Align::Left, 3);
    table.addColumn(tr("Proof of use by"), Align::Left, 4); // "Verwendungsnachweis bis" in one line
    table.addColumn(tr("Next deadline"), Align::Left, 3);
    QDate earliest;
    QString earliestProgram;
    for (const FundingStatus::Row &program : summed.rows) {
        const QDate next = nextDeadline(program.spendingDeadline, program.proofOfUseDeadline, from);
        const QString remaining = next.isValid() ? tr("in %Ln day(s)", nullptr, int(from.daysTo(next)))
                                                 : ReportFormat::dash();
        table.addRow({{program.program, ReportTable::Plain},
                      deadlineCell(program.spendingDeadline, next, from),
                      deadlineCell(program.proofOfUseDeadline, next, from),
                      {remaining, ReportTable::Plain}});
        if (next.isValid() && (!earliest.isValid() || next < earliest)) {
            earliest = next;
            earliestProgram = program.program;
        }
    }
    document.addTable(table);
    if (earliest.isValid()) {
        document.addNote(tr("Marked: the next deadline of each program. The next of all is on %1 (%2).")
                             .arg(ReportFormat::date(earliest), earliestProgram));
    } else {
        document.addNote(tr("All deadlines of these programs have passed."));
    }
}
