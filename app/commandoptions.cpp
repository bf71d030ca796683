// SPDX-License-Identifier: EUPL-1.2
#include "commandoptions.h"

#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandOptions {

QCommandLineOption database()
{
    return QCommandLineOption(QStringLiteral("database"),
        QCoreApplication::translate("CommandOptions",
            "The database: a SQLite file (created when missing) or postgresql://user@host:port/dbname."),
        QStringLiteral("path"));
}

QCommandLineOption language()
{
    return QCommandLineOption(QStringLiteral("lang"),
        QCoreApplication::translate("CommandOptions", "Language of the interface: de (default) or en."),
        QStringLiteral("language"), QStringLiteral("de"));
}

QCommandLineOption demo()
{
    return QCommandLineOption(QStringLiteral("demo"),
        QCoreApplication::translate("CommandOptions", "Start on a fresh demo database."));
}

QString databaseLocation(const QCommandLineParser &parser)
{
    const QString chosen = parser.value(QStringLiteral("database"));
    return chosen.isEmpty() ? Database::defaultLocation() : chosen;
}

} // namespace CommandOptions
