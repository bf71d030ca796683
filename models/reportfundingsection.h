// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportsection.h"

#include <QCoreApplication>
#include <QDate>

class FundingStatus;

// Funding: per program and authority allocated / approved / paid out / spent / remaining,
// the programs' deadlines with the next one of each marked, and the chart.
class ReportFundingSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ReportFundingSection)

public:
    QString key() const override { return QStringLiteral("funding"); }
    QString title() const override;
    DatabaseError write(const ReportContext &context, ReportDocument &document) const override;

    // The earlier of the two deadlines that is on or after `from`; invalid when both passed.
    static QDate nextDeadline(const QDate &spending, const QDate &proofOfUse, const QDate &from);

private:
    static void writeAmounts(const FundingStatus &perAuthority, const FundingStatus &summed,
                             ReportDocument &document);
    static void writeDeadlines(const FundingStatus &summed, const QDate &from, ReportDocument &document);
};
