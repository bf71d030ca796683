// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QString>

// A consistent copy of a SQLite database that may be in use by the program at the same
// time. It uses SQLite's VACUUM INTO (SQLite 3.27 and later; Debian 12 ships 3.40) on a
// connection of its own: the statement reads one snapshot inside a read transaction, so
// writers on other connections go on (WAL mode) and the copy shows the database as it was
// at one moment. This needs no direct link to the SQLite library, unlike the
// sqlite3_backup_* functions, which Qt's QSQLITE driver does not expose; as a bonus the copy
// is compact. The copy is written next to the target and renamed only after an integrity
// check, so a failed backup never leaves a half-written file under the target's name.
class SqliteBackup
{
public:
    struct Result
    {
        DatabaseError error;
        int schemaVersion = 0;
        qint64 bytes = 0;
    };

    static Result create(const QString &sourcePath, const QString &targetPath, bool replace = false);

    // Whether the linked SQLite supports VACUUM INTO.
    static bool isSupported(QString *version = nullptr);
};
