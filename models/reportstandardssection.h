// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportsection.h"

#include <QCoreApplication>

// Common minimum standards: how many schools meet each standard, the gaps in plain
// numbers, how each school authority fares, and the chart `standards-compliance`.
class ReportStandardsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ReportStandardsSection)

public:
    QString key() const override { return QStringLiteral("standards"); }
    QString title() const override;
    DatabaseError write(const ReportContext &context, ReportDocument &document) const override;
};
