// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>

class Database;

// The small county of tests/data/tables_fixture.sql for the table, editing and audit tests:
// 2 authorities, 3 schools, 5 devices, 2 contracts, 2 allocations, 1 measure.
namespace TableFixture {

enum SchoolId : qint64 { AnneFrank = 1, GrundschuleNord = 2, RealschuleSued = 3 };
enum DeviceId : qint64 { Ipad = 1, ThinkPad = 2, OptiPlex = 3, GalaxyTab = 4, ActivPanel = 5 };

// The day the contract deadlines are computed for.
QDate referenceDate();
bool load(Database &database);
// Adds `count` devices with plain SQL (no audit): inventory numbers BIG-000000 ...,
// manufacturers in turn Acer, Dell, HP, Lenovo, Apple, schools in turn 1, 2, 3, status in_use
// except every 10th defective; price 100,00 € + n cents.
bool addDevices(Database &database, int count);

} // namespace TableFixture
