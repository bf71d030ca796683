// SPDX-License-Identifier: EUPL-1.2
#include "reportcommand.h"

#include "commandoptions.h"
#include "commandscope.h"
#include "database.h"
#include "reportgenerator.h"
#include "reportoptions.h"
#include "statisticssettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <optional>

namespace {
// A date option in ISO form; `fallback` when not given, nothing (message written) when malformed.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &option, const QDate &fallback,
                                QTextStream &err)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        err << ReportCommand::tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(option, parser.value(option))
            << Qt::endl;
        return std::nullopt;
    }
    return date;
}
} // namespace

QString ReportCommand::description() const
{
    return tr("Writes the committee report as PDF, ODT or HTML.");
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"), tr("The file to write: .pdf, .odt or .html."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("authority"),
                      tr("Only this school authority (by name); repeat for several. Default: all."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("committee"), tr("The committee the report is for."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("meeting-date"), tr("The day of the meeting (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("agenda-item"), tr("The item on the agenda."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("office"), tr("The office that writes the report."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("data-date"),
                      tr("The day the figures are counted for (YYYY-MM-DD, default today)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("months"),
                      tr("Contracts whose last day to cancel falls within this many months (default 6)."),
                      QStringLiteral("n")});
}

int ReportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << tr("Please name the file to write with --out FILE.pdf, FILE.odt or FILE.html.") << Qt::endl;
        return UsageError;
    }
    const std::optional<ReportGenerator::Format> format = ReportGenerator::formatFromPath(path);
    if (!format) {
        err << tr("Cannot tell the format from \"%1\": the file name must end in .pdf, .odt or .html.").arg(path)
            << Qt::endl;
        return UsageError;
    }

    ReportOptions options;
    options.title.committee = parser.value(QStringLiteral("committee")).trimmed();
    options.title.agendaItem = parser.value(QStringLiteral("agenda-item")).trimmed();
    options.title.office = parser.value(QStringLiteral("office")).trimmed();
    const std::optional<QDate> meetingDate = dateOption(parser, QStringLiteral("meeting-date"), QDate(), err);
    const std::optional<QDate> dataDate = dateOption(parser, QStringLiteral("data-date"), QDate::currentDate(), err);
    if (!meetingDate || !dataDate)
        return UsageError;
    options.title.meetingDate = *meetingDate;
    options.title.dataDate = *dataDate;
    if (parser.isSet(QStringLiteral("months"))) {
        bool ok = false;
        options.contractMonths = parser.value(QStringLiteral("months")).trimmed().toInt(&ok);
        if (!ok || options.contractMonths < 1 || options.contractMonths > ReportOptions::MaxContractMonths) {
            err << tr("--months needs a number from 1 to %1, not \"%2\".")
                       .arg(ReportOptions::MaxContractMonths)
                       .arg(parser.value(QStringLiteral("months")))
                << Qt::endl;
            return UsageError;
        }
    }

    Database database;
    if (const DatabaseError error = CommandScope::openExisting(parser, database)) {
        err << error.message << Qt::endl;
        return Failure;
    }
    if (const int status = CommandScope::addAuthorities(parser, database, options.authorityIds, err); status != Success)
        return status;

    QElapsedTimer timer;
    timer.start();
    ReportGenerator generator(database, StatisticsSettings::load(QSettings()), options);
    if (const DatabaseError error = generator.prepare()) {
        err << error.message << Qt::endl;
        return Failure;
    }
    const QString problem = generator.write(*format, path);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return Failure;
    }
    const QString seconds = QLocale().toString(timer.elapsed() / 1000.0, 'f', 1);
    if (*format == ReportGenerator::Format::Pdf)
        out << tr("Report written to %1 (%Ln page(s)) in %2 s.", nullptr, generator.pageCount()).arg(path, seconds);
    else
        out << tr("Report written to %1 in %2 s.").arg(path, seconds);
    out << Qt::endl;
    return Success;
}
