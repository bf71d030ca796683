// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "minimumstandard.h"

#include <QList>
#include <QString>

#include <optional>

class StatisticsService;
struct StatisticsFilter;

// What the minimum standards are measured on, per school of a filter: the school's own
// figures and a handful of SQL aggregates over its devices, covering contracts and its
// authority's systems (one grouped query each, never a loop over devices).
class SchoolMeasures
{
public:
    struct School
    {
        qint64 id = 0;
        QString number;
        QString name;
        QString type;
        qint64 authorityId = 0;
        QString authority;
        std::optional<qint64> pupils;
        std::optional<qint64> teachers;
        std::optional<double> broadbandMbits;
        std::optional<double> wlanCoveragePercent;
        int devices = 0;          // every device of the school, whatever its state
        int pupilDevices = 0;     // PCs, notebooks, tablets in use for pupils
        int teacherDevices = 0;   // PCs, notebooks, tablets in use for teachers
        int cycledDevices = 0;    // in use, with a replacement cycle and a known age
        int pastCycleDevices = 0; // of those, older than their cycle on the reference day
        int contracts = 0;        // support contracts covering it, running on the reference day
        int mdmSystems = 0;       // MDM systems of its authority for it, licence not ended

        // The measured value, or none when the figures it needs are missing: no pupils
        // (teachers) recorded, or no device with a replacement cycle. Pupils without any
        // pupil device give an infinite ratio, which fails every upper limit.
        std::optional<double> value(MinimumStandard::Measure measure) const;
    };

    // Schools ordered by authority and name.
    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter,
                              QList<School> &out);

private:
    static DatabaseError loadDevices(const StatisticsService &service, const StatisticsFilter &filter,
                                     QList<School> &schools);
    static DatabaseError loadContracts(const StatisticsService &service, const StatisticsFilter &filter,
                                       QList<School> &schools);
    static DatabaseError loadMdm(const StatisticsService &service, const StatisticsFilter &filter,
                                 QList<School> &schools);
};
