// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "reportoptions.h"
#include "statisticsfilter.h"

#include <QString>

class FilterChoices;
class ReportDocument;
class ReportFigureCache;
class StatisticsService;

// What a section works with: the statistics (with the report's data date as "today"),
// the options and the scope as a filter, the authorities' names, and figures other
// sections need too (computed once).
struct ReportContext
{
    const StatisticsService &service;
    const ReportOptions &options;
    const StatisticsFilter &filter;
    const FilterChoices &choices;
    ReportFigureCache &figures;
};

// One section of the committee report (key figures, equipment, funding, support, ...).
// A new section is one class implementing this and one line in reportsections.cpp.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    // Stable, for the settings that leave a section out: "equipment".
    virtual QString key() const = 0;
    // The section's heading, in the interface language.
    virtual QString title() const = 0;
    // Adds the section's blocks after its heading, which the report builder writes.
    virtual DatabaseError write(const ReportContext &context, ReportDocument &document) const = 0;
};
