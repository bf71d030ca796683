// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>

class Database;

// The small county of tests/data/systems_standards.sql: four authorities, five schools,
// devices, contracts, systems and minimum standards with hand-worked figures.
namespace SystemsFixture {
// Runs the fixture's statements on a migrated, empty database; fails the test on error.
bool load(Database &database);
// The day the fixture's figures hold for.
inline QDate referenceDay() { return QDate(2025, 6, 30); }
}
