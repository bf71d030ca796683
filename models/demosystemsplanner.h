// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "democounty.h"

#include <QDate>
#include <QList>
#include <QString>

class DemoRandom;

// Draws the demo county's systems inventory and its starting catalogue of minimum
// standards from the seed. Every authority runs a firewall, an MDM, a school server and
// a learning platform, most run more; authorities whose IT the county runs take the
// county's products, and the state's free platforms are common, so several products are
// shared. Its own random stream, derived from the county's, keeps the county and the
// devices as they are.
class DemoSystemsPlanner
{
public:
    struct System
    {
        int authority = 0; // index into DemoCounty::authorities
        int school = -1;   // index into DemoCounty::schools; -1: the whole authority
        QString category;
        QString product;
        QString vendor;
        QString version;
        QDate licenceEnd;
        qint64 annualCostCents = -1; // -1: not recorded
        QString operatedBy;
        QString notes;
    };

    struct Standard
    {
        QString name;
        QString area;
        QString measure;
        QString comparison;
        double threshold = 0;
        QString schoolTypes;
        QString notes;
    };

    struct Plan
    {
        QList<System> systems;
        QList<Standard> standards;
    };

    DemoSystemsPlanner(quint32 seed, const QDate &referenceDate);

    Plan plan(const DemoCounty &county) const;

    // How many authorities must share at least one product for the views to show something.
    static constexpr int MinimumSharing = 3;

private:
    void planAuthority(const DemoCounty &county, int authority, Plan &plan, DemoRandom &random) const;
    static void ensureSharing(const DemoCounty &county, Plan &plan);

    quint32 m_seed;
    QDate m_referenceDate;
};
