// SPDX-License-Identifier: EUPL-1.2
#include "reportstandardssection.h"

#include "compliancegap.h"
#include "reportdocument.h"
#include "reportformat.h"
#include "standardscompliance.h"

namespace {
using Align = ReportTable::Align;
using Status = StandardsCompliance::Status;
} // namespace

QString ReportStandardsSection::title() const
{
    return tr("Common minimum standards");
}

DatabaseError ReportStandardsSection::write(const ReportContext &context, ReportDocument &document) const
{
    StandardsCompliance compliance;
    if (const DatabaseError error = StandardsCompliance::load(context.service, context.filter, compliance))
        return error;
    if (compliance.standards.isEmpty()) {
        document.addParagraph(tr("No common minimum standard has been agreed in the program yet."));
        return DatabaseError::none();
    }

    int fullyMet = 0;
    for (const StandardsCompliance::Tally &tally : std::as_const(compliance.totals)) {
        if (tally.status() == Status::Met)
            ++fullyMet;
    }
    document.addParagraph(tr("%1 of %n agreed minimum standard(s) are met by every school they apply to. "
                             "A school without the figures a standard needs counts as not meeting it in "
                             "the share.", nullptr, int(compliance.standards.size()))
                              .arg(ReportFormat::count(fullyMet)));

    ReportTable overview(tr("Schools meeting each minimum standard"));
    overview.addColumn(tr("Minimum standard"), Align::Left, 5);
    overview.addColumn(tr("Requirement"), Align::Left, 4);
    overview.addColumn(tr("Met"), Align::Right, 2);
    overview.addColumn(tr("Not met"), Align::Right, 2);
    overview.addColumn(tr("No data"), Align::Right, 2);
    overview.addColumn(tr("Share met"), Align::Right, 2);
    for (int i = 0; i < compliance.standards.size(); ++i) {
        const MinimumStandard &standard = compliance.standards.at(i);
        const StandardsCompliance::Tally &tally = compliance.totals.at(i);
        const std::optional<double> share = tally.sharePercent();
        overview.addRow({{standard.name, ReportTable::Plain},
                         {standard.requirementText(), ReportTable::Plain},
                         {ReportFormat::count(tally.met), ReportTable::Plain},
                         {ReportFormat::count(tally.notMet), tally.notMet > 0 ? ReportTable::Marked : ReportTable::Plain},
                         {ReportFormat::count(tally.noData), ReportTable::Plain},
                         {share ? ReportFormat::percent(*share) : ReportFormat::dash(), ReportTable::Plain}});
    }
    document.addTable(overview);
    document.addNote(tr("Marked: schools that do not meet the standard."));

    document.addHeading(tr("The gaps in numbers"), 2);
    ReportTable gaps(tr("What is missing to meet the minimum standards"));
    gaps.addColumn(tr("Minimum standard"), Align::Left, 4);
    gaps.addColumn(tr("Gap"), Align::Left, 9);
    for (const ComplianceGap &gap : ComplianceGap::of(compliance))
        gaps.addRow(QStringList{gap.name, gap.sentence});
    document.addTable(gaps);

    if (compliance.authorities.size() > 1) {
        document.addHeading(tr("Per school authority"), 2);
        ReportTable perAuthority(tr("Minimum standards per school authority"));
        perAuthority.addColumn(tr("School authority"), Align::Left, 5);
        perAuthority.addColumn(tr("Met by all schools"), Align::Right, 3);
        perAuthority.addColumn(tr("Missed by a school"), Align::Right, 3);
        perAuthority.addColumn(tr("Figures missing"), Align::Right, 3);
        perAuthority.addColumn(tr("Not applicable"), Align::Right, 3);
        for (const StandardsCompliance::AuthorityRow &row : std::as_const(compliance.authorities)) {
            int counts[4] = {0, 0, 0, 0};
            for (const StandardsCompliance::Tally &tally : row.tallies)
                ++counts[int(tally.status())];
            perAuthority.addRow({{row.name, ReportTable::Plain},
                                 {ReportFormat::count(counts[int(Status::Met)]), ReportTable::Plain},
                                 {ReportFormat::count(counts[int(Status::NotMet)]),
                                  counts[int(Status::NotMet)] > 0 ? ReportTable::Marked : ReportTable::Plain},
                                 {ReportFormat::count(counts[int(Status::NoData)]), ReportTable::Plain},
                                 {ReportFormat::count(counts[int(Status::NotApplicable)]), ReportTable::Plain}});
        }
        document.addTable(perAuthority);
    }
    document.addChart(QStringLiteral("standards-compliance"), tr("Share of schools meeting each minimum standard"),
                      0.6);
    return DatabaseError::none();
}
