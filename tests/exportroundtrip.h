// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QList>
#include <QString>

class Database;

// What the export tests share: databases to export from (a small demo county; the systems
// and standards fixture) and the order in which tables can be imported again.
namespace ExportRoundTrip {
enum class Source { DemoCounty, SystemsFixture };
bool fill(Database &database, Source source);
// Referenced tables before the tables that refer to them (schools before the contracts
// that cover them).
QList<const EntitySpec *> importOrder();
}
