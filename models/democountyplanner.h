// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "democounty.h"

#include <QDate>

class DemoRandom;

// Draws the demo county from a seed: the authorities, their schools and support contracts
// (DemoContractPlanner), the funding programs with allocations and measures
// (DemoFundingPlanner). Pure computation; the same seed and reference date give the same
// county, whatever the number of devices that follows.
class DemoCountyPlanner
{
public:
    DemoCountyPlanner(quint32 seed, const QDate &referenceDate);

    DemoCounty plan() const;

    // "Anna Terhorst": a plausible name for a contact or a media officer.
    static QString personName(DemoRandom &random);

private:
    void planAuthorities(DemoCounty &county, DemoRandom &random) const;
    void planSchools(DemoCounty &county, DemoRandom &random) const;
    void assignSchoolNumbers(DemoCounty &county, DemoRandom &random) const;

    quint32 m_seed;
    QDate m_referenceDate;
};
