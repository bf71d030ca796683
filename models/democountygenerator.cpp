// SPDX-License-Identifier: EUPL-1.2
#include "democountygenerator.h"

#include "database.h"

DemoCountyGenerator::DemoCountyGenerator(Options options)
    : m_options(options)
{
}

DatabaseError DemoCountyGenerator::generate(Database &, const Progress &) const
{
    return {};
}
