// SPDX-License-Identifier: EUPL-1.2
// import_csv_100k: the demo's devices exported to CSV and imported into a database that
// holds the demo's authorities, programs, schools and contracts, with every check and the
// audit trail; sqlite3_import_100k: the sqlite3 tool's .import of the same file into a bare
// table (the raw limit); export_xlsx_100k and export_csv_100k: the devices to a file.
// The *_cpu figures are processor seconds, which a busy machine distorts less than time.
#include "benchmark.h"

#include "csvexporter.h"
#include "csvimporter.h"
#include "database.h"
#include "entitycatalog.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
// Processor time (user + system) of this process or of its finished children, in
// seconds: on a shared machine it says more than the wall clock. 0 where unknown.
double cpuSeconds(bool children)
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    Q_UNUSED(children);
    return 0;
#endif
}

QString devicesCsv(const BenchContext &context)
{
    return QDir(context.folder).filePath(QStringLiteral("bench-devices.csv"));
}

bool exportTable(Database &database, EntityKind kind, const QString &path, QString *error)
{
    const ExportResult result = CsvExporter::write(database, ExportRequest::wholeTable(kind), path);
    if (!result.ok())
        *error = result.error;
    return result.ok();
}
} // namespace

bool benchImportCsv(BenchContext &context, QString *error)
{
    const QList<EntityKind> base{EntityKind::Authority, EntityKind::FundingProgram, EntityKind::School,
                                 EntityKind::SupportContract};
    {
        Database demo;
        if (const DatabaseError failure = demo.open(context.demoPath)) {
            *error = failure.message;
            return false;
        }
        for (EntityKind kind : base) {
            if (!exportTable(demo, kind, QDir(context.folder).filePath(EntityCatalog::spec(kind).commandName + QStringLiteral(".csv")), error))
                return false;
        }
        if (!exportTable(demo, EntityKind::Device, devicesCsv(context), error))
            return false;
    }
    Database target;
    if (const DatabaseError failure = target.open(QDir(context.folder).filePath(QStringLiteral("bench-import.sqlite")))) {
        *error = failure.message;
        return false;
    }
    for (EntityKind kind : base) {
        const EntitySpec &entity = EntityCatalog::spec(kind);
        const ImportResult result = CsvImporter(target, entity).run(QDir(context.folder).filePath(entity.commandName + QStringLiteral(".csv")), {});
        if (!result.isComplete()) {
            *error = result.summary();
            return false;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(false);
    const ImportResult result = CsvImporter(target, EntityCatalog::spec(EntityKind::Device)).run(devicesCsv(context), {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds(false) - cpuBefore;
    if (!result.isComplete() || result.added != context.devices) {
        *error = result.summary();
        return false;
    }
    context.add(QStringLiteral("import_csv_100k"), seconds, QStringLiteral("s"), 2);
    context.add(QStringLiteral("import_csv_100k_cpu"), cpu, QStringLiteral("s"), 2);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        *error = QStringLiteral("the sqlite3 tool is missing");
        return false;
    }
    QProcess process;
    const double childBefore = cpuSeconds(true);
    timer.restart();
    process.start(sqlite3, {QDir(context.folder).filePath(QStringLiteral("bench-bare.sqlite")), QStringLiteral("-cmd"),
                            QStringLiteral(".mode csv"), QStringLiteral("-cmd"), QStringLiteral(".separator ;"),
                            QStringLiteral(".import %1 device").arg(devicesCsv(context))});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    const double raw = timer.nsecsElapsed() / 1e9;
    const double rawCpu = cpuSeconds(true) - childBefore;
    context.add(QStringLiteral("sqlite3_import_100k"), raw, QStringLiteral("s"), 2);
    context.add(QStringLiteral("sqlite3_import_100k_cpu"), rawCpu, QStringLiteral("s"), 2);
    context.add(QStringLiteral("import_csv_vs_sqlite3"), seconds / raw, QStringLiteral("x"), 2);
    if (rawCpu > 0)
        context.add(QStringLiteral("import_csv_vs_sqlite3_cpu"), cpu / rawCpu, QStringLiteral("x"), 2);
    return true;
}

bool benchExportDevices(BenchContext &context, QString *error)
{
    Database demo;
    if (const DatabaseError failure = demo.open(context.demoPath)) {
        *error = failure.message;
        return false;
    }
    const ExportRequest devices = ExportRequest::wholeTable(EntityKind::Device);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(false);
    const ExportResult xlsx = XlsxExporter::write(demo, {devices}, QDir(context.folder).filePath(QStringLiteral("bench-devices.xlsx")));
    const double xlsxSeconds = timer.nsecsElapsed() / 1e9;
    const double xlsxCpu = cpuSeconds(false) - cpuBefore;
    timer.restart();
    const ExportResult csv = CsvExporter::write(demo, devices, QDir(context.folder).filePath(QStringLiteral("bench-export.csv")));
    const double csvSeconds = timer.nsecsElapsed() / 1e9;
    if (!xlsx.ok() || !csv.ok()) {
        *error = xlsx.ok() ? csv.error : xlsx.error;
        return false;
    }
    context.add(QStringLiteral("export_xlsx_100k"), xlsxSeconds, QStringLiteral("s"), 2);
    context.add(QStringLiteral("export_xlsx_100k_cpu"), xlsxCpu, QStringLiteral("s"), 2);
    context.add(QStringLiteral("export_csv_100k"), csvSeconds, QStringLiteral("s"), 2);
    return true;
}
