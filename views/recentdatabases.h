// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

// The databases opened last (File > Recent databases), newest first, kept in QSettings.
namespace RecentDatabases {
constexpr int MaximumCount = 8;
QStringList list();
void add(const QString &location);
void remove(const QString &location);
// The last database opened, if it still exists (a PostgreSQL address always counts).
QString mostRecent();
}
