// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "minimumstandard.h"
#include "schoolmeasures.h"

#include <QList>
#include <QString>

#include <optional>

class StatisticsService;
struct StatisticsFilter;

// Whether each school, each authority and the whole filter meets each minimum standard:
// the data behind the traffic-light table, the chart `standards-compliance`, the gap list,
// the dashboard summary and the committee report's section.
class StandardsCompliance
{
public:
    enum class Status {
        Met,
        NotMet,
        NoData,        // the figures the measure needs are missing
        NotApplicable, // the standard does not apply to the school type (or: no such school)
    };

    struct Cell
    {
        Status status = Status::NotApplicable;
        std::optional<double> value;
    };

    // How the schools of a group (an authority, the filter) fare with one standard.
    struct Tally
    {
        int met = 0;
        int notMet = 0;
        int noData = 0;
        int applicable() const { return met + notMet + noData; }
        // Share of the schools it applies to that meet it, 0..100; none without such schools.
        std::optional<double> sharePercent() const;
        // Not met when one school misses it; no data when none misses it but one lacks
        // figures; met when all meet it; not applicable without schools it applies to.
        Status status() const;
        void add(Status status);
    };

    struct SchoolRow
    {
        SchoolMeasures::School school;
        QList<Cell> cells; // one per standard
    };

    struct AuthorityRow
    {
        qint64 id = 0;
        QString name;
        QList<Tally> tallies; // one per standard
    };

    QList<MinimumStandard> standards;
    QList<SchoolRow> schools;           // ordered by authority and name
    QList<AuthorityRow> authorities;    // those with schools in the filter, by name
    QList<Tally> totals;                // one per standard, over all schools of the filter

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter,
                              StandardsCompliance &out);
    // Evaluates given standards on given measured schools (no database).
    static StandardsCompliance evaluate(const QList<MinimumStandard> &standards,
                                        const QList<SchoolMeasures::School> &schools);
    static Cell evaluateCell(const MinimumStandard &standard, const SchoolMeasures::School &school);

    // "met", "not met", "no data", "not applicable", translated.
    static QString statusText(Status status);
    // The schools of `standard` (an index) with that status.
    QList<SchoolMeasures::School> schoolsWith(int standard, Status status) const;
};
