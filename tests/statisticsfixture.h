// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

class Database;

// The small county of tests/data/statistics_fixture.sql, whose figures are worked out by
// hand in that file's comments.
namespace StatisticsFixture {

enum AuthorityId : qint64 { KreisCoesfeld = 1, StadtDuelmen = 2, GemeindeRosendahl = 3 };

// The day the fixture's figures are computed for.
QDate today();
// Runs the SQL statements of a file in tests/data/ (comments stripped, split at ";").
bool loadSql(Database &database, const QString &fileName);
bool load(Database &database);

} // namespace StatisticsFixture
