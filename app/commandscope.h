// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>

class Database;
class QCommandLineParser;
class QTextStream;

// What the chart and report commands work on: an existing database and the school
// authorities named with --authority.
namespace CommandScope {
// Opens --database without creating it: a mistyped path must not leave an empty database behind.
DatabaseError openExisting(const QCommandLineParser &parser, Database &database);
// Adds the ids of the --authority names to `ids` (each once). Returns CommandVerb::Success,
// or the exit code after telling `err` which name is unknown or why the names could not be read.
int addAuthorities(const QCommandLineParser &parser, Database &database, QList<qint64> &ids, QTextStream &err);
}
