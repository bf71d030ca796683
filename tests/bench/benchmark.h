// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The pieces of schulit_bench. A measurement is one function that works on the shared
// demo database and adds its figures; schulit_bench.cpp lists the measurements in the
// order they run. To add a figure: write `bool benchSomething(BenchContext &, QString *)`
// in a file of its own here, declare it below and add one line to the table.

struct BenchFigure
{
    QString name;  // lower_case, e.g. demo_create
    double value = 0;
    QString unit;  // s, ms, MB, ...
    int decimals = 1;
};

struct BenchContext
{
    QString folder;   // a temporary folder, removed afterwards
    QString demoPath; // the demo database, written by benchDemoCreate
    int devices = 100000;
    quint32 seed = 1;
    QDate referenceDate;
    QList<BenchFigure> figures;

    void add(const QString &name, double value, const QString &unit, int decimals = 1)
    {
        figures.append({name, value, unit, decimals});
    }
};

// Returns false and sets `error` when the measurement cannot run.
using BenchMeasurement = bool (*)(BenchContext &context, QString *error);

struct BenchEntry
{
    const char *name;
    BenchMeasurement run;
};

// benchdemo.cpp: demo_create (writing the demo county), demo_file_size, demo_open
// (opening the demo database and counting its devices).
bool benchDemoCreate(BenchContext &context, QString *error);
bool benchDemoOpen(BenchContext &context, QString *error);
// benchimportexport.cpp: import_csv_100k (the demo's devices through the CSV import, all
// checks and the audit trail on), sqlite3_import_100k (the sqlite3 tool's .import of the same
// file into a bare table), import_csv_vs_sqlite3; export_xlsx_100k, export_csv_100k.
bool benchImportCsv(BenchContext &context, QString *error);
bool benchExportDevices(BenchContext &context, QString *error);
// benchtables.cpp: table_open, search_keystroke, table_sort, scroll_to_end (ms) and table_rss
// (MB) of the device table, through the real page, model and view; needs a QApplication.
bool benchTables(BenchContext &context, QString *error);
// benchreport.cpp: report_pdf_100k, the committee report for the whole county as a PDF
// (statistics, sections, vector charts, layout, file), its processor time report_pdf_100k_cpu,
// and report_pdf_pages; needs a QApplication.
bool benchReportPdf(BenchContext &context, QString *error);
// benchcharts.cpp: chart_data_<chart> (the statistics of each chart and of the key figures,
// median of 5 runs, ms) with its processor time chart_data_<chart>_cpu, chart_build_<chart> (statistics and chart) and chart_png_<chart>
// (drawn into a 1200 x 800 PNG, ms) for every registered chart; needs a QApplication.
bool benchCharts(BenchContext &context, QString *error);
// benchmemory.cpp: peak_rss, the process's peak resident memory; run it last.
bool benchPeakMemory(BenchContext &context, QString *error);
