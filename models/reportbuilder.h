// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QCoreApplication>

class ReportDocument;
class StatisticsService;
struct ReportOptions;

// Assembles the committee report: the title block, the scope, and every section of
// ReportSections that the options do not leave out, each under its numbered heading.
// The statistics service's "today" is the report's data date.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static DatabaseError build(const StatisticsService &service, const ReportOptions &options, ReportDocument &out);
    // The paper's title: "State of school IT".
    static QString heading();
};
