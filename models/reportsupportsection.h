// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportsection.h"

#include <QCoreApplication>

// Support: the contracts whose last day to cancel falls in the next N months (N from the
// options), and the annual cost of the contracts in force per vendor and authority.
class ReportSupportSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ReportSupportSection)

public:
    QString key() const override { return QStringLiteral("support"); }
    QString title() const override;
    DatabaseError write(const ReportContext &context, ReportDocument &document) const override;

private:
    static DatabaseError writeDeadlines(const ReportContext &context, ReportDocument &document);
    static DatabaseError writeCosts(const ReportContext &context, ReportDocument &document);
};
