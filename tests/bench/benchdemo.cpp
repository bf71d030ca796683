// SPDX-License-Identifier: EUPL-1.2
#include "benchmark.h"

#include "database.h"
#include "democountygenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

bool benchDemoCreate(BenchContext &context, QString *error)
{
    context.demoPath = QDir(context.folder).filePath(QStringLiteral("bench-demo.sqlite"));
    QElapsedTimer timer;
    timer.start();
    {
        Database database;
        DatabaseError failure = database.open(context.demoPath);
        if (!failure) {
            DemoCountyGenerator::Options options;
            options.seed = context.seed;
            options.devices = context.devices;
            options.referenceDate = context.referenceDate;
            failure = DemoCountyGenerator(options).generate(database);
        }
        if (failure) {
            *error = failure.message;
            return false;
        }
    }
    context.add(QStringLiteral("demo_create"), timer.nsecsElapsed() / 1e9, QStringLiteral("s"), 2);
    context.add(QStringLiteral("demo_file_size"), QFileInfo(context.demoPath).size() / (1024.0 * 1024.0),
                QStringLiteral("MB"));
    return true;
}

bool benchDemoOpen(BenchContext &context, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Database database;
    if (const DatabaseError failure = database.open(context.demoPath)) {
        *error = failure.message;
        return false;
    }
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM device")) || !query.next()
        || query.value(0).toInt() != context.devices) {
        *error = QStringLiteral("the demo database does not hold %1 devices").arg(context.devices);
        return false;
    }
    context.add(QStringLiteral("demo_open"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    return true;
}
