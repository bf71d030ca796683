// SPDX-License-Identifier: EUPL-1.2
#include "benchmark.h"

#include "database.h"
#include "reportgenerator.h"
#include "reportoptions.h"
#include "statisticssettings.h"

#include <QDir>
#include <QElapsedTimer>

#include <ctime>

bool benchReportPdf(BenchContext &context, QString *error)
{
    Database database;
    if (const DatabaseError failure = database.open(context.demoPath)) {
        *error = failure.message;
        return false;
    }
    ReportOptions options;
    options.title.committee = QStringLiteral("Ausschuss für Bildung und Schule");
    options.title.meetingDate = context.referenceDate.addDays(30);
    options.title.agendaItem = QStringLiteral("TOP 5");
    options.title.office = QStringLiteral("Zentrale Koordinierungsstelle Schul-IT");
    options.title.dataDate = context.referenceDate;
    const QString path = QDir(context.folder).filePath(QStringLiteral("bench-report.pdf"));

    // Everything the report action does after its dialog: statistics, sections, charts,
    // layout and the PDF written to disk.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    ReportGenerator generator(database, StatisticsSettings(), options);
    if (const DatabaseError failure = generator.prepare()) {
        *error = failure.message;
        return false;
    }
    const QString problem = generator.writePdf(path);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    // The processor time alongside: on a busy machine the wall clock counts the waiting too.
    // (std::clock() is processor time on Linux and macOS; on Windows it is wall time.)
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const QString name = context.devices == 100000 ? QStringLiteral("report_pdf_100k")
                                                   : QStringLiteral("report_pdf_%1").arg(context.devices);
    context.add(name, seconds, QStringLiteral("s"), 2);
    context.add(name + QStringLiteral("_cpu"), cpuSeconds, QStringLiteral("s"), 2);
    context.add(QStringLiteral("report_pdf_pages"), generator.pageCount(), QStringLiteral("pages"), 0);
    return true;
}
