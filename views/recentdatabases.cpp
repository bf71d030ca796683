// SPDX-License-Identifier: EUPL-1.2
#include "recentdatabases.h"

#include "database.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace {
const QString kKey = QStringLiteral("recentDatabases");

void store(const QStringList &locations)
{
    QSettings().setValue(kKey, locations);
}
} // namespace

namespace RecentDatabases {

QStringList list()
{
    return QSettings().value(kKey).toStringList();
}

void add(const QString &given)
{
    // A password never goes into the settings.
    QString location = given;
    if (Database::isPostgresUrl(given)) {
        QUrl url(given);
        url.setPassword(QString());
        location = url.toString();
    }
    QStringList locations = list();
    locations.removeAll(location);
    locations.prepend(location);
    while (locations.size() > MaximumCount)
        locations.removeLast();
    store(locations);
}

void remove(const QString &location)
{
    QStringList locations = list();
    locations.removeAll(location);
    store(locations);
}

QString mostRecent()
{
    for (const QString &location : list()) {
        if (Database::isPostgresUrl(location) || QFileInfo::exists(location))
            return location;
    }
    return {};
}

} // namespace RecentDatabases
