// SPDX-License-Identifier: EUPL-1.2
#include "reportbuilder.h"

#include "filterchoices.h"
#include "reportdocument.h"
#include "reportfigurecache.h"
#include "reportoptions.h"
#include "reportsections.h"
#include "statisticsservice.h"

DatabaseError ReportBuilder::build(const StatisticsService &service, const ReportOptions &options, ReportDocument &out)
{
    out = ReportDocument();
    FilterChoices choices;
    if (const DatabaseError error = FilterChoices::load(service.database(), choices))
        return error;
    const StatisticsFilter filter = options.filter();
    out.title = options.title;
    out.title.dataDate = service.referenceDay(filter);
    out.heading = heading();
    out.scope = choices.describe(filter);

    ReportFigureCache figures(service, filter);
    const ReportContext context{service, options, filter, choices, figures};
    const auto sections = ReportSections::createAll();
    for (const auto &section : sections) {
        if (options.omittedSections.contains(section->key()))
            continue;
        out.addHeading(section->title(), 1);
        if (const DatabaseError error = section->write(context, out))
            return error;
    }
    return DatabaseError::none();
}

QString ReportBuilder::heading()
{
    return tr("State of school IT");
}
