// SPDX-License-Identifier: EUPL-1.2
// import_csv_100k: the demo's devices exported to CSV and imported into a database that
// holds the demo's authorities, programs, schools and contracts, with every check and the
// audit trail; sqlite3_import_100k: the sqlite3 tool's .import of the same file into a bare
// table (the raw limit) and sqlite3_import_indexed_100k the same with an index on every
// column, as the device table has; export_xlsx_100k and export_csv_100k: the devices to a file.
// The *_cpu figures are processor seconds, which a busy machine distorts less than time.
#include "benchmark.h"

#include "csvexporter.h"
#include "csvimporter.h"
#include "database.h"
#include "entitycatalog.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QFile>
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

// The sqlite3 tool's script: .import of the file into a new table `device`, and an index on
// each of `indexedColumns` (the first unique), all in one transaction.
QByteArray bareImportScript(const QString &csvPath, const QStringList &indexedColumns)
{
    QByteArray script = ".mode csv\n.separator ;\nBEGIN;\n.import '" + csvPath.toUtf8() + "' device\n";
    for (qsizetype i = 0; i < indexedColumns.size(); ++i) {
        QString column = indexedColumns.at(i);
        column.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        script += (i == 0 ? "CREATE UNIQUE INDEX" : "CREATE INDEX") + QByteArray(" i") + QByteArray::number(i)
                  + " ON device(\"" + column.toUtf8() + "\");\n";
    }
    return script + "COMMIT;\n";
}

struct SqliteRun
{
    double seconds = 0;
    double cpu = 0;
};

bool runSqlite3(const QString &sqlite3, const QString &databasePath, const QByteArray &script, SqliteRun *run,
                QString *error)
{
    QFile::remove(databasePath);
    QProcess process;
    const double childBefore = cpuSeconds(true);
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, {QStringLiteral("-bail"), databasePath});
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    run->seconds = timer.nsecsElapsed() / 1e9;
    run->cpu = cpuSeconds(true) - childBefore;
    return true;
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
    SqliteRun bare;
    if (!runSqlite3(sqlite3, QDir(context.folder).filePath(QStringLiteral("bench-bare.sqlite")),
                    bareImportScript(devicesCsv(context), {}), &bare, error))
        return false;
    context.add(QStringLiteral("sqlite3_import_100k"), bare.seconds, QStringLiteral("s"), 2);
    context.add(QStringLiteral("sqlite3_import_100k_cpu"), bare.cpu, QStringLiteral("s"), 2);
    context.add(QStringLiteral("import_csv_vs_sqlite3"), seconds / bare.seconds, QStringLiteral("x"), 2);
    if (bare.cpu > 0)
        context.add(QStringLiteral("import_csv_vs_sqlite3_cpu"), cpu / bare.cpu, QStringLiteral("x"), 2);

    // The same with an index on every column, as the device table has one (the inventory
    // number unique): the limit for a table that sorts by any column.
    QFile file(devicesCsv(context));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QStringList columns = QString::fromUtf8(file.readLine()).remove(QChar(0xFEFF)).trimmed().split(QLatin1Char(';'));
    SqliteRun indexed;
    if (!runSqlite3(sqlite3, QDir(context.folder).filePath(QStringLiteral("bench-indexed.sqlite")),
                    bareImportScript(devicesCsv(context), columns), &indexed, error))
        return false;
    context.add(QStringLiteral("sqlite3_import_indexed_100k"), indexed.seconds, QStringLiteral("s"), 2);
    context.add(QStringLiteral("import_csv_vs_sqlite3_indexed"), seconds / indexed.seconds, QStringLiteral("x"), 2);
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
