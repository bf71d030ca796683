// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportsection.h"

#include <QCoreApplication>

// The state of the scope at a glance, as on the dashboard: schools, pupils, devices,
// pupils per device, devices past their cycle, funding shares, contract deadlines.
class ReportKeyFiguresSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ReportKeyFiguresSection)

public:
    QString key() const override { return QStringLiteral("key-figures"); }
    QString title() const override;
    DatabaseError write(const ReportContext &context, ReportDocument &document) const override;
};
