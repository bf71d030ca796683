// SPDX-License-Identifier: EUPL-1.2
#include "copycommand.h"

#include "database.h"
#include "databasecopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CopyCommand", text);
}
} // namespace

QString CopyCommand::description() const
{
    return tr("Copies a whole database between SQLite and PostgreSQL: copy --from SOURCE --to TARGET.");
}

void CopyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), tr("The database to copy: a SQLite file or postgresql://..."),
                      QStringLiteral("source")});
    parser.addOption({QStringLiteral("to"), tr("The empty target: a new SQLite file or an empty PostgreSQL database."),
                      QStringLiteral("target")});
}

int CopyCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty()) {
        err << tr("Please name both databases: schulit copy --from SOURCE --to TARGET.") << Qt::endl;
        return UsageError;
    }
    // A SQLite target created here is removed again when the copy fails.
    const bool newFile = !Database::isPostgresUrl(to) && !QFileInfo::exists(to);
    QElapsedTimer timer;
    timer.start();
    DatabaseCopier::Report report;
    DatabaseError error;
    {
        Database source;
        Database target;
        error = DatabaseCopier::openPair(source, from, target, to);
        if (!error) {
            out << tr("Copying %1 to %2 ...").arg(source.location(), target.location()) << Qt::endl;
            error = DatabaseCopier(source, target).copy(&report);
        }
    }
    if (error) {
        if (newFile) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to + suffix);
        }
        err << error.message << Qt::endl;
        return Failure;
    }
    const QLocale locale;
    for (const DatabaseCopier::TableCount &count : std::as_const(report.tables))
        out << QStringLiteral("  %1 %2\n").arg(count.table.leftJustified(20), locale.toString(count.targetRows).rightJustified(10));
    out << tr("%1 rows in %2 tables copied and counted (schema version %3) in %4 s.")
               .arg(locale.toString(report.totalRows()), locale.toString(report.tables.size()),
                    QString::number(report.schemaVersion), locale.toString(timer.elapsed() / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}
