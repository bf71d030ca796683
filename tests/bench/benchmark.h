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
// benchmemory.cpp: peak_rss, the process's peak resident memory; run it last.
bool benchPeakMemory(BenchContext &context, QString *error);
