// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>

#include <optional>

class StatisticsService;
struct StatisticsFilter;

// Pupils per pupil device (PC, notebook or tablet in use, not given to teachers or the
// administration), per school and in total, against the office's target
// (chart `pupils-per-device`).
class PupilsPerDevice
{
public:
    struct School
    {
        qint64 schoolId = 0;
        QString schoolNumber;
        QString name;
        QString authority;
        qint64 pupils = 0;
        int devices = 0;
        std::optional<double> ratio; // none when the school has no pupil devices or no pupils
    };

    double target = 0;
    // Highest ratio first; then schools with pupils but no devices; then those without pupils.
    QList<School> schools;
    qint64 pupils = 0;
    int devices = 0;
    std::optional<double> ratio;
    int schoolsAboveTarget = 0; // more pupils per device than the target, or no devices at all

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter,
                              PupilsPerDevice &out);
};
