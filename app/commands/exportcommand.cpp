// SPDX-License-Identifier: EUPL-1.2
#include "exportcommand.h"

#include "commandoptions.h"
#include "commandscope.h"
#include "csvexporter.h"
#include "database.h"
#include "entitycatalog.h"
#include "xlsxexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}
} // namespace

QString ExportCommand::description() const
{
    return tr("Writes a table to a CSV or Excel file: export TABLE --format csv|xlsx --out FILE.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("table"),
        tr("The table: %1.").arg(EntityCatalog::commandNames().join(QStringLiteral(", "))));
    parser.addOption({QStringLiteral("format"), tr("csv (for German Excel) or xlsx; default: the file's suffix."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("file")});
}

int ExportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.size() != 1) {
        err << tr("Please name one table to export: %1.").arg(EntityCatalog::commandNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    const EntitySpec *entity = EntityCatalog::byCommandName(arguments.first());
    if (!entity) {
        err << tr("\"%1\" is no table. Tables: %2.")
                   .arg(arguments.first(), EntityCatalog::commandNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << tr("Please name the file to write with --out FILE.") << Qt::endl;
        return UsageError;
    }
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(path).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        err << tr("Please choose the format with --format csv or --format xlsx.") << Qt::endl;
        return UsageError;
    }

    Database database;
    if (const DatabaseError error = CommandScope::openExisting(parser, database)) {
        err << error.message << Qt::endl;
        return Failure;
    }
    const ExportRequest request = ExportRequest::wholeTable(entity->kind);
    const ExportResult result = format == QLatin1String("csv")
        ? CsvExporter::write(database, request, path)
        : XlsxExporter::write(database, {request}, path);
    if (!result.ok()) {
        err << result.error << Qt::endl;
        return Failure;
    }
    out << tr("%1 %2 written to %3.").arg(QLocale().toString(result.rows), entity->plural(), path) << Qt::endl;
    return Success;
}
