// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QDate>

#include <functional>

class Database;

// Writes a realistic demo county into an empty, migrated database: the county and its 11
// towns and municipalities (named after Kreis Coesfeld's), about 75 schools, support
// contracts, the DigitalPakt programs with allocations and measures, and N devices.
// The seed alone decides the county; the device count only adds devices, so two runs with
// one seed and different device counts have the same schools. Dates are laid out around
// the reference date (contracts whose last day to cancel is near it, devices of the last
// eight years), so one seed and one reference date give the same database.
class DemoCountyGenerator
{
public:
    struct Options
    {
        quint32 seed = 1;
        int devices = 20000;
        QDate referenceDate = QDate::currentDate();
    };

    // Return false to cancel; done and total count devices.
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoCountyGenerator(Options options);

    DatabaseError generate(Database &database, const Progress &progress = {}) const;

private:
    Options m_options;
};
