// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "standardscompliance.h"

#include <QList>
#include <QString>

#include <optional>

// The gap to a minimum standard in plain numbers, for the gap list, the dashboard and the
// committee report: how many schools miss it, how many lack figures, and where a count
// says more, how much is missing ("12 schools lack 1 Gbit/s"; "340 more devices would
// close the gap").
struct ComplianceGap
{
    int standard = 0; // index into StandardsCompliance::standards
    QString name;
    int applicable = 0;
    int notMet = 0;
    int noData = 0;
    int authoritiesNotMet = 0; // authorities with at least one school that misses it
    // Devices to add (pupils or teachers per device) or to replace (replacement cycle)
    // at the schools that miss the standard; none for other measures.
    std::optional<qint64> shortfall;
    QString sentence;

    // One per standard, in the order of the standards.
    static QList<ComplianceGap> of(const StandardsCompliance &compliance);
    static ComplianceGap of(const StandardsCompliance &compliance, int standard);
    // What a school misses of the standard in devices, or none (see shortfall).
    static std::optional<qint64> schoolShortfall(const MinimumStandard &standard,
                                                 const SchoolMeasures::School &school);
};
