// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>

class StatisticsService;
struct StatisticsFilter;

// The annual cost of the support contracts in force, per vendor and per authority
// (chart `contract-costs`, the report's support section). A contract without automatic
// renewal that ended before the reference day no longer costs anything and is left out.
class ContractCosts
{
public:
    struct Cell
    {
        QString vendor;
        qint64 authorityId = 0;
        QString authority;
        qint64 annualCents = 0;
        int contracts = 0;
    };
    struct Total
    {
        QString name;
        qint64 id = 0; // authority id; 0 for vendors
        qint64 annualCents = 0;
        int contracts = 0;
    };

    QList<Cell> cells;
    QList<Total> vendors;     // highest annual cost first, then by name
    QList<Total> authorities; // by name
    qint64 totalCents = 0;
    int contracts = 0;

    qint64 cents(const QString &vendor, qint64 authorityId) const;

    static DatabaseError load(const StatisticsService &service, const StatisticsFilter &filter, ContractCosts &out);
};
