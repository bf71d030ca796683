// SPDX-License-Identifier: EUPL-1.2
#include "backupcommand.h"

#include "commandoptions.h"
#include "connectionsettings.h"
#include "database.h"
#include "sqlitebackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BackupCommand", text);
}
} // namespace

QString BackupCommand::description() const
{
    return tr("Makes a consistent copy of a SQLite database, also while it is in use: backup --out FILE.");
}

void BackupCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"), tr("The backup file to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("force"), tr("Replace the backup file if it exists.")});
}

QString BackupCommand::pgDumpAdvice(const QString &url, const QString &file)
{
    // The address without a password; pg_dump reads it from the same password file.
    const QString address = ConnectionSettings::fromUrl(url).toUrl();
    const QString target = file.isEmpty() ? QStringLiteral("schulit.dump") : file;
    return tr("A PostgreSQL database is backed up with PostgreSQL's own pg_dump, which also works "
              "while people are working:\n"
              "  pg_dump --format=custom --file=\"%1\" \"%2\"\n"
              "Restore it into a new, empty database with:\n"
              "  pg_restore --no-owner --dbname=\"postgresql://.../NEW_DATABASE\" \"%1\"\n"
              "then run: schulit admin init-roles --database postgresql://.../NEW_DATABASE\n"
              "Or copy it into a SQLite file: schulit copy --from \"%2\" --to FILE.sqlite")
        .arg(target, address);
}

int BackupCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString location = CommandOptions::databaseLocation(parser);
    const QString file = parser.value(QStringLiteral("out"));
    if (Database::isPostgresUrl(location)) {
        err << pgDumpAdvice(location, file) << Qt::endl;
        return Failure;
    }
    if (file.isEmpty()) {
        err << tr("Please name the backup file with --out FILE.") << Qt::endl;
        return UsageError;
    }
    const SqliteBackup::Result result = SqliteBackup::create(location, file, parser.isSet(QStringLiteral("force")));
    if (result.error) {
        err << result.error.message << Qt::endl;
        return Failure;
    }
    out << tr("Backup of %1 written to %2 (%3 KB, schema version %4).")
               .arg(location, file, QLocale().toString((result.bytes + 1023) / 1024), QString::number(result.schemaVersion))
        << Qt::endl;
    return Success;
}
