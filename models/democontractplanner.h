// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "democounty.h"

#include <QDate>

class DemoRandom;

// Draws the support contracts of the demo county: one to four per authority, with regional
// vendors, covered schools and start dates one to six years back. A few contracts get their
// next last day to cancel within the warning window after the reference date, the others
// later, so the deadline warnings have something to show.
class DemoContractPlanner
{
public:
    static constexpr int WarningWindowDays = 90;

    explicit DemoContractPlanner(const QDate &referenceDate);

    void plan(DemoCounty &county, DemoRandom &random) const;

private:
    void addContracts(DemoCounty &county, int authority, int count, DemoRandom &random) const;
    void chooseStart(DemoCounty::Contract &contract, bool dueSoon, DemoRandom &random) const;
    bool isDueSoon(const DemoCounty::Contract &contract, const QDate &start) const;

    QDate m_referenceDate;
};
