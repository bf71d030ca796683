// SPDX-License-Identifier: EUPL-1.2
#include "importcommand.h"

#include "commandoptions.h"
#include "csvimporter.h"
#include "database.h"
#include "entitycatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}
} // namespace

QString ImportCommand::description() const
{
    return tr("Reads a CSV file into a table: import TABLE FILE [--dry-run] [--only-valid] [--region PREFIX].");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("table"),
        tr("The table: %1.").arg(EntityCatalog::commandNames().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file (also the official NRW school list)."));
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and tell what would happen; write nothing.")});
    parser.addOption({QStringLiteral("only-valid"), tr("Import the valid rows even if other rows have problems.")});
    parser.addOption({QStringLiteral("region"),
                      tr("NRW school list: import only schools whose Gemeindeschluessel starts with PREFIX "
                         "(e.g. 05558 for Kreis Coesfeld)."),
                      QStringLiteral("prefix")});
}

void ImportCommand::report(const ImportResult &result, const QString &fileName, QTextStream &out, QTextStream &err)
{
    const QLocale locale;
    if (!result.error.isEmpty()) {
        err << result.error << Qt::endl;
        return;
    }
    if (!result.ignoredColumns.isEmpty())
        out << tr("Columns without a matching field (ignored): %1.").arg(result.ignoredColumns.join(QStringLiteral(", ")))
            << Qt::endl;
    if (!result.missingRequiredFields.isEmpty())
        err << tr("The file has no column for %1; new records need it.")
                   .arg(result.missingRequiredFields.join(QStringLiteral(", ")))
            << Qt::endl;
    for (qsizetype i = 0; i < result.problems.size() && i < PrintedProblems; ++i) {
        const ImportProblem &problem = result.problems.at(i);
        if (problem.column.isEmpty())
            err << tr("%1, line %2: %3").arg(fileName, locale.toString(problem.line), problem.message) << Qt::endl;
        else
            err << tr("%1, line %2, column \"%3\": %4")
                       .arg(fileName, locale.toString(problem.line), problem.column, problem.message)
                << Qt::endl;
    }
    if (result.problemCount > PrintedProblems)
        err << tr("... and %1 more problems.").arg(locale.toString(result.problemCount - PrintedProblems)) << Qt::endl;
    (result.isComplete() ? out : err) << result.summary() << Qt::endl;
    if (!result.written && !result.dryRun && result.invalidRows > 0)
        err << tr("Correct the rows, or add --only-valid to import the valid rows only.") << Qt::endl;
}

int ImportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.size() != 2) {
        err << tr("Please name a table and a file: schulit import TABLE FILE (tables: %1).")
                   .arg(EntityCatalog::commandNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    const EntitySpec *entity = EntityCatalog::byCommandName(arguments.at(0));
    if (!entity) {
        err << tr("\"%1\" is no table. Tables: %2.")
                   .arg(arguments.at(0), EntityCatalog::commandNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.onlyValid = parser.isSet(QStringLiteral("only-valid"));
    options.regionPrefix = parser.value(QStringLiteral("region")).trimmed();
    static const QRegularExpression regionShape(QStringLiteral("^\\d{1,8}$"));
    if (parser.isSet(QStringLiteral("region"))) {
        if (!regionShape.match(options.regionPrefix).hasMatch()) {
            err << tr("--region needs the first digits of a Gemeindeschluessel (1 to 8 digits, e.g. 05558), "
                      "not \"%1\".").arg(options.regionPrefix)
                << Qt::endl;
            return UsageError;
        }
        if (entity->kind != EntityKind::School) {
            err << tr("--region applies only to the schools (the official NRW school list).") << Qt::endl;
            return UsageError;
        }
    }
    const QString path = arguments.at(1);
    if (!QFileInfo::exists(path)) {
        err << tr("The file \"%1\" does not exist.").arg(path) << Qt::endl;
        return Failure;
    }

    Database database;
    if (const DatabaseError error = database.open(CommandOptions::databaseLocation(parser))) {
        err << error.message << Qt::endl;
        return Failure;
    }
    const ImportResult result = CsvImporter(database, *entity).run(path, options);
    report(result, QFileInfo(path).fileName(), out, err);
    return result.isComplete() ? Success : Failure;
}
