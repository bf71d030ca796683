// SPDX-License-Identifier: EUPL-1.2
#include "commandscope.h"

#include "commandoptions.h"
#include "commandverb.h"
#include "database.h"
#include "filterchoices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace CommandScope {

DatabaseError openExisting(const QCommandLineParser &parser, Database &database)
{
    Database::Options options;
    options.createIfMissing = false;
    return database.open(CommandOptions::databaseLocation(parser), options);
}

int addAuthorities(const QCommandLineParser &parser, Database &database, QList<qint64> &ids, QTextStream &err)
{
    const QStringList names = parser.values(QStringLiteral("authority"));
    if (names.isEmpty())
        return CommandVerb::Success;
    FilterChoices choices;
    if (const DatabaseError error = FilterChoices::load(database, choices)) {
        err << error.message << Qt::endl;
        return CommandVerb::Failure;
    }
    for (const QString &name : names) {
        const qint64 id = choices.authorityId(name);
        if (id == 0) {
            QStringList known;
            for (const FilterChoices::Authority &candidate : std::as_const(choices.authorities))
                known << candidate.name;
            err << QCoreApplication::translate("CommandScope", "There is no school authority named \"%1\". Known: %2.")
                       .arg(name, known.join(QStringLiteral(", ")))
                << Qt::endl;
            return CommandVerb::UsageError;
        }
        if (!ids.contains(id))
            ids << id;
    }
    return CommandVerb::Success;
}

} // namespace CommandScope
