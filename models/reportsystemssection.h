// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportsection.h"

#include <QCoreApplication>

// Systems inventory: how many systems the authorities of the scope run, per category the
// products with the number of authorities using each, the products they share, and the
// chart `systems-commonality`.
class ReportSystemsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ReportSystemsSection)

public:
    QString key() const override { return QStringLiteral("systems"); }
    QString title() const override;
    DatabaseError write(const ReportContext &context, ReportDocument &document) const override;
};
