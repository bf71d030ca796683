// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticsservice.h"
#include "testsupport.h"

#include <QDate>

#include <memory>

class Database;

// The small county of tests/data/systems_standards.sql: four authorities, five schools,
// devices, contracts, systems and minimum standards with hand-worked figures.
namespace SystemsFixture {
// Runs the fixture's statements on a migrated, empty database; fails the test on error.
bool load(Database &database);
// The day the fixture's figures hold for.
inline QDate referenceDay() { return QDate(2025, 6, 30); }

// The fixture in a temporary database with the statistics of its reference day, for a
// test's whole run: made in initTestCase, dropped in cleanupTestCase.
class Loaded
{
public:
    Loaded();
    bool ok() const { return m_ok; }
    Database &db() { return m_temp.db(); }
    StatisticsService &service() { return *m_service; }

private:
    TestSupport::TempDatabase m_temp;
    std::unique_ptr<StatisticsService> m_service;
    bool m_ok = false;
};
}
