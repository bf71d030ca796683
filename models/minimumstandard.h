// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// One criterion of the common minimum standards as the evaluation uses it: a measure of a
// school, a comparison and a threshold, and the school types it applies to. The catalogue
// itself is the table minimum_standard, edited like every other table.
struct MinimumStandard
{
    // The codes of EnumKind::StandardMeasure, in the same order.
    enum class Measure {
        BroadbandMbits,
        WlanCoveragePercent,
        PupilsPerDevice,
        TeachersPerDevice,
        DevicesWithinCyclePercent,
        SupportContracts,
        MdmSystems,
    };
    static constexpr int MeasureCount = 7;

    // The codes of EnumKind::StandardComparison, in the same order.
    enum class Comparison { AtLeast, MoreThan, AtMost, LessThan };

    qint64 id = 0;
    QString name;
    QString area; // code of EnumKind::StandardArea
    Measure measure = Measure::BroadbandMbits;
    Comparison comparison = Comparison::AtLeast;
    double threshold = 0;
    QStringList schoolTypes; // empty: every school type

    bool appliesTo(const QString &schoolType) const;
    // Whether a measured value keeps the standard; an infinite value (pupils but no
    // device) compares like any other.
    bool isMet(double value) const;
    // The requirement in words, e.g. "at least 1 Gbit/s" or "at most 5 pupils per device".
    QString requirementText() const;

    static QString measureCode(Measure measure);
    static std::optional<Measure> measureFromCode(const QString &code);
    static QString comparisonCode(Comparison comparison);
    static std::optional<Comparison> comparisonFromCode(const QString &code);
    // A measured value in words with its unit: "250 Mbit/s", "3,5 pupils per device".
    static QString valueText(Measure measure, double value);
    // A plain number in the user's locale without trailing zeros: "1.000", "2,5".
    static QString numberText(double value);

    // The catalogue, ordered by area and name; rows with unknown codes are skipped.
    static DatabaseError loadAll(const Database &database, QList<MinimumStandard> &out);
};
