// SPDX-License-Identifier: EUPL-1.2
#include "chartcommand.h"

#include "chartdocument.h"
#include "chartexporter.h"
#include "chartregistry.h"
#include "commandoptions.h"
#include "commandscope.h"
#include "database.h"
#include "enumcatalog.h"
#include "statisticsservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ChartCommand", text);
}

// A whole number from an option, or nothing (with the message written) when it is not one.
std::optional<int> number(const QCommandLineParser &parser, const QString &option, int fallback, QTextStream &err)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).trimmed().toInt(&ok);
    if (!ok) {
        err << QCoreApplication::translate("ChartCommand", "--%1 needs a whole number, not \"%2\".").arg(option, parser.value(option)) << Qt::endl;
        return std::nullopt;
    }
    return value;
}

QString chartList()
{
    QStringList lines;
    for (const ChartRegistry::Entry &entry : ChartRegistry::all())
        lines << QStringLiteral("  %1  %2").arg(entry.name.leftJustified(22), entry.title());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString ChartCommand::description() const
{
    return tr("Writes a chart as PNG, SVG or PDF; --list shows the charts.");
}

void ChartCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The chart (see --list)."), QStringLiteral("[name]"));
    parser.addOption({QStringLiteral("list"), tr("Lists the charts with their titles.")});
    parser.addOption({QStringLiteral("format"), tr("png, svg or pdf (default: from the file name)."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("width"), tr("Width in pixels (default 1200)."), QStringLiteral("pixels")});
    parser.addOption({QStringLiteral("height"),
                      tr("Height in pixels (default 800, more when a long chart needs it to show every label)."),
                      QStringLiteral("pixels")});
    parser.addOption({QStringLiteral("dpi"), tr("Resolution of a PNG in dots per inch (default 96)."),
                      QStringLiteral("dpi")});
    parser.addOption({QStringLiteral("authority"),
                      tr("Only this school authority (by name); repeat for several."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("school-type"),
                      tr("Only this school type (key such as 02, or name); repeat for several."),
                      QStringLiteral("type")});
    parser.addOption({QStringLiteral("year"), tr("The state at the end of this year."), QStringLiteral("year")});
    parser.addOption({QStringLiteral("per-authority"),
                      tr("One bar group per school authority instead of the sum (%1).")
                          .arg(ChartRegistry::groupableNames().join(QStringLiteral(", ")))});
}

int ChartCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(QStringLiteral("list"))) {
        out << chartList() << Qt::endl;
        return Success;
    }
    // The first positional argument is the verb itself.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err << tr("Please name a chart:") << Qt::endl << chartList() << Qt::endl;
        return UsageError;
    }
    if (positional.size() > 2) {
        err << tr("Only one chart at a time, please (got: %1).").arg(positional.mid(1).join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    const QString chartName = positional.at(1);
    if (!ChartRegistry::find(chartName)) {
        err << tr("There is no chart named \"%1\". These are known:").arg(chartName) << Qt::endl
            << chartList() << Qt::endl;
        return UsageError;
    }

    const bool perAuthority = parser.isSet(QStringLiteral("per-authority"));
    if (perAuthority && !ChartRegistry::find(chartName)->groupable) {
        err << tr("The chart \"%1\" cannot be split per school authority; these can: %2.")
                   .arg(chartName, ChartRegistry::groupableNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }

    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << tr("Please name the file to write with --out FILE.") << Qt::endl;
        return UsageError;
    }
    const std::optional<ChartExporter::Format> format = parser.isSet(QStringLiteral("format"))
        ? ChartExporter::formatFromName(parser.value(QStringLiteral("format")))
        : ChartExporter::formatFromPath(path);
    if (!format) {
        err << (parser.isSet(QStringLiteral("format"))
                    ? tr("--format must be png, svg or pdf, not \"%1\".").arg(parser.value(QStringLiteral("format")))
                    : tr("Cannot tell the format from \"%1\"; please add --format png, svg or pdf.").arg(path))
            << Qt::endl;
        return UsageError;
    }

    ChartExporter::Options options;
    const std::optional<int> width = number(parser, QStringLiteral("width"), options.size.width(), err);
    const std::optional<int> height = number(parser, QStringLiteral("height"), options.size.height(), err);
    const std::optional<int> dpi = number(parser, QStringLiteral("dpi"), options.dpi, err);
    if (!width || !height || !dpi)
        return UsageError;
    options.size = QSize(*width, *height);
    options.dpi = *dpi;
    const QString badSize = ChartExporter::checkOptions(options);
    if (!badSize.isEmpty()) {
        err << badSize << Qt::endl;
        return UsageError;
    }

    StatisticsFilter filter;
    const std::optional<int> year = number(parser, QStringLiteral("year"), 0, err);
    if (!year)
        return UsageError;
    if (*year != 0 && (*year < 1900 || *year > 2200)) {
        err << tr("--year needs a year such as 2024, not \"%1\".").arg(*year) << Qt::endl;
        return UsageError;
    }
    filter.year = *year;
    for (const QString &type : parser.values(QStringLiteral("school-type"))) {
        const QString code = EnumCatalog::codeFor(EnumKind::SchoolType, type);
        if (code.isEmpty()) {
            err << tr("There is no school type \"%1\".").arg(type) << Qt::endl;
            return UsageError;
        }
        filter.schoolTypes << code;
    }

    Database database;
    if (const DatabaseError error = CommandScope::openExisting(parser, database)) {
        err << error.message << Qt::endl;
        return Failure;
    }
    if (const int status = CommandScope::addAuthorities(parser, database, filter.authorityIds, err); status != Success)
        return status;

    const StatisticsService service(database, StatisticsSettings::load(QSettings()));
    DatabaseError error;
    const std::unique_ptr<ChartDocument> chart = ChartRegistry::build(
        chartName, service, filter,
        perAuthority ? ChartRegistry::Grouping::PerAuthority : ChartRegistry::Grouping::Summed, error);
    if (!chart) {
        err << error.message << Qt::endl;
        return Failure;
    }
    // Without --height a long chart grows until its labels show (the full county per authority).
    if (!parser.isSet(QStringLiteral("height")))
        options.growToPreferredHeight(chart->preferredHeight());
    const QString problem = ChartExporter::save(*chart, *format, path, options);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return Failure;
    }
    out << tr("Chart \"%1\" written to %2 (%3 x %4 pixels).")
               .arg(chart->title(), path)
               .arg(options.size.width())
               .arg(options.size.height())
        << Qt::endl;
    return Success;
}
