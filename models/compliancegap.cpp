// SPDX-License-Identifier: EUPL-1.2
#include "compliancegap.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <limits>

namespace {
using Measure = MinimumStandard::Measure;
using Comparison = MinimumStandard::Comparison;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ComplianceGap", text, nullptr, n);
}

// The fewest devices that keep `people / devices` at most (below) the threshold.
std::optional<qint64> devicesNeeded(qint64 people, const MinimumStandard &standard)
{
    if (standard.threshold <= 0)
        return std::nullopt;
    const double exact = double(people) / standard.threshold;
    if (standard.comparison == Comparison::AtMost)
        return qint64(std::ceil(exact - 1e-9));
    if (standard.comparison == Comparison::LessThan)
        return qint64(std::floor(exact + 1e-9)) + 1;
    return std::nullopt;
}

// The fewest devices within their cycle that keep the share at least (above) the threshold.
std::optional<qint64> withinNeeded(int cycled, const MinimumStandard &standard)
{
    const double exact = standard.threshold * cycled / 100.0;
    if (standard.comparison == Comparison::AtLeast)
        return qint64(std::ceil(exact - 1e-9));
    if (standard.comparison == Comparison::MoreThan)
        return qint64(std::floor(exact + 1e-9)) + 1;
    return std::nullopt;
}

QString mainSentence(const MinimumStandard &standard, int notMet)
{
    const QString threshold = MinimumStandard::valueText(standard.measure, standard.threshold);
    const bool atLeast = standard.comparison == Comparison::AtLeast;
    const bool atMost = standard.comparison == Comparison::AtMost;
    switch (standard.measure) {
    case Measure::BroadbandMbits:
        if (atLeast)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) lack %1.", nullptr, notMet).arg(threshold);
        break;
    case Measure::WlanCoveragePercent:
        if (atLeast)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) have less than %1 WLAN coverage.", nullptr, notMet).arg(threshold);
        break;
    case Measure::PupilsPerDevice:
        if (atMost && standard.threshold == 1)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) have more than one pupil per device.", nullptr, notMet);
        if (atMost)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) have more than %1 pupils per device.", nullptr, notMet).arg(threshold);
        break;
    case Measure::TeachersPerDevice:
        if (atMost && standard.threshold == 1)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) have more than one teacher per teacher device.", nullptr, notMet);
        if (atMost)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) have more than %1 teachers per teacher device.", nullptr, notMet).arg(threshold);
        break;
    case Measure::DevicesWithinCyclePercent:
        if (atLeast)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) have less than %1 of their devices within the replacement cycle.", nullptr, notMet)
                .arg(threshold);
        break;
    case Measure::SupportContracts:
        if (atLeast && standard.threshold == 1)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) are not covered by a running support contract.", nullptr, notMet);
        break;
    case Measure::MdmSystems:
        if (atLeast && standard.threshold == 1)
            return QCoreApplication::translate(
                "ComplianceGap", "%Ln school(s) have no mobile device management of their authority.", nullptr, notMet);
        break;
    }
    return QCoreApplication::translate(
        "ComplianceGap", "%Ln school(s) do not meet \"%1\" (%2).", nullptr, notMet).arg(standard.name, standard.requirementText());
}

QString shortfallSentence(Measure measure, qint64 shortfall)
{
    const int n = int(qMin<qint64>(shortfall, std::numeric_limits<int>::max()));
    switch (measure) {
    case Measure::PupilsPerDevice:
        return QCoreApplication::translate(
            "ComplianceGap", "%Ln more device(s) for pupils would close the gap.", nullptr, n);
    case Measure::TeachersPerDevice:
        return QCoreApplication::translate(
            "ComplianceGap", "%Ln more teacher device(s) would close the gap.", nullptr, n);
    case Measure::DevicesWithinCyclePercent:
        return QCoreApplication::translate(
            "ComplianceGap", "Replacing %Ln device(s) would close the gap.", nullptr, n);
    default:
        return {};
    }
}
} // namespace

std::optional<qint64> ComplianceGap::schoolShortfall(const MinimumStandard &standard,
                                                     const SchoolMeasures::School &school)
{
    switch (standard.measure) {
    case Measure::PupilsPerDevice:
    case Measure::TeachersPerDevice: {
        const bool pupils = standard.measure == Measure::PupilsPerDevice;
        const std::optional<qint64> people = pupils ? school.pupils : school.teachers;
        if (!people || *people <= 0)
            return std::nullopt;
        const std::optional<qint64> needed = devicesNeeded(*people, standard);
        if (!needed)
            return std::nullopt;
        return qMax<qint64>(0, *needed - (pupils ? school.pupilDevices : school.teacherDevices));
    }
    case Measure::DevicesWithinCyclePercent: {
        if (school.cycledDevices == 0)
            return std::nullopt;
        const std::optional<qint64> needed = withinNeeded(school.cycledDevices, standard);
        if (!needed)
            return std::nullopt;
        const qint64 within = school.cycledDevices - school.pastCycleDevices;
        // More than every device cannot be within the cycle; replacing all is the most.
        return qBound(qint64(0), *needed - within, qint64(school.pastCycleDevices));
    }
    default:
        return std::nullopt;
    }
}

ComplianceGap ComplianceGap::of(const StandardsCompliance &compliance, int standard)
{
    using Status = StandardsCompliance::Status;
    const MinimumStandard &criterion = compliance.standards.at(standard);
    ComplianceGap gap;
    gap.standard = standard;
    gap.name = criterion.name;
    const StandardsCompliance::Tally &total = compliance.totals.at(standard);
    gap.applicable = total.applicable();
    gap.notMet = total.notMet;
    gap.noData = total.noData;
    QSet<qint64> authorities;
    for (const StandardsCompliance::SchoolRow &row : compliance.schools) {
        if (row.cells.at(standard).status != Status::NotMet)
            continue;
        authorities.insert(row.school.authorityId);
        if (const std::optional<qint64> missing = schoolShortfall(criterion, row.school))
            gap.shortfall = gap.shortfall.value_or(0) + *missing;
    }
    gap.authoritiesNotMet = int(authorities.size());

    QStringList sentences;
    if (gap.applicable == 0) {
        sentences << tr("It applies to no school here.");
    } else if (gap.notMet == 0 && gap.noData == 0) {
        sentences << QCoreApplication::translate("ComplianceGap", "All %Ln school(s) meet it.", nullptr, gap.applicable);
    } else if (gap.notMet == 0) {
        sentences << tr("No school misses it as far as the figures tell.");
    } else {
        sentences << mainSentence(criterion, gap.notMet);
        if (gap.shortfall && *gap.shortfall > 0)
            sentences << shortfallSentence(criterion.measure, *gap.shortfall);
    }
    if (gap.noData > 0)
        sentences << QCoreApplication::translate("ComplianceGap", "%Ln school(s) lack the figures to tell.", nullptr, gap.noData);
    gap.sentence = sentences.join(QLatin1Char(' '));
    return gap;
}

QList<ComplianceGap> ComplianceGap::of(const StandardsCompliance &compliance)
{
    QList<ComplianceGap> gaps;
    for (int i = 0; i < compliance.standards.size(); ++i)
        gaps.append(of(compliance, i));
    return gaps;
}
