// SPDX-License-Identifier: EUPL-1.2
// schulit_bench: works on a demo county (100,000 devices by default) and prints one line
// per figure, "name value unit", e.g. "demo_create 2.41 s". Not run by ctest.
#include "benchmark.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
// The measurements in the order they run; later ones use the demo the first one wrote.
const BenchEntry measurements[] = {
    {"demo_create", benchDemoCreate},
    {"demo_open", benchDemoOpen},
    {"import_csv", benchImportCsv},
    {"export_devices", benchExportDevices},
    {"table_open", benchTables}, // with search_keystroke, table_sort, scroll_to_end, table_rss
    {"report_pdf", benchReportPdf},
    {"charts", benchCharts},
    {"peak_rss", benchPeakMemory}, // last: the peak over everything before
};
} // namespace

int main(int argc, char *argv[])
{
    // The table figures paint the real widgets; without a screen they paint offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schulit_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of Schul-IT Koordination."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Devices in the demo county (default 100000)."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the demo county (default 1)."),
                      QStringLiteral("s"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only these measurements (comma-separated); "
                                                             "demo_create always runs."),
                      QStringLiteral("names")});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir folder;
    if (!folder.isValid()) {
        err << "schulit_bench: cannot create a temporary folder" << Qt::endl;
        return 1;
    }

    BenchContext context;
    context.folder = folder.path();
    context.devices = parser.value(QStringLiteral("devices")).toInt();
    context.seed = parser.value(QStringLiteral("seed")).toUInt();
    context.referenceDate = QDate::currentDate();
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    int failures = 0;
    for (const BenchEntry &entry : measurements) {
        const QString name = QString::fromLatin1(entry.name);
        if (!only.isEmpty() && !only.contains(name) && name != QLatin1String("demo_create"))
            continue;
        const qsizetype before = context.figures.size();
        QString error;
        if (!entry.run(context, &error)) {
            err << "schulit_bench: " << name << ": " << error << Qt::endl;
            ++failures;
            if (name == QLatin1String("demo_create"))
                return 1;
            continue;
        }
        for (qsizetype i = before; i < context.figures.size(); ++i) {
            const BenchFigure &figure = context.figures.at(i);
            out << figure.name << ' ' << QString::number(figure.value, 'f', figure.decimals) << ' '
                << figure.unit << Qt::endl;
        }
    }
    return failures == 0 ? 0 : 1;
}
