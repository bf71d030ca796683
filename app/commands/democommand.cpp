// SPDX-License-Identifier: EUPL-1.2
#include "democommand.h"

#include "database.h"
#include "democountygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCommand", text);
}
} // namespace

QString DemoCommand::description() const
{
    return tr("Writes a demo county into a new database file.");
}

void DemoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"), tr("The new database file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("devices"), tr("Number of devices (default 20000)."),
                      QStringLiteral("n"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the random county (default 1)."),
                      QStringLiteral("s"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("force"), tr("Replace the file if it exists.")});
}

int DemoCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << tr("Please name the new database with --out FILE.") << Qt::endl;
        return UsageError;
    }
    bool devicesOk = false;
    bool seedOk = false;
    const int devices = parser.value(QStringLiteral("devices")).toInt(&devicesOk);
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!devicesOk || devices < 0 || devices > 2000000) {
        err << tr("--devices needs a number from 0 to 2000000, not \"%1\".")
                   .arg(parser.value(QStringLiteral("devices"))) << Qt::endl;
        return UsageError;
    }
    if (!seedOk) {
        err << tr("--seed needs a whole number, not \"%1\".").arg(parser.value(QStringLiteral("seed"))) << Qt::endl;
        return UsageError;
    }
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(QStringLiteral("force"))) {
            err << tr("\"%1\" exists already. Choose another file or add --force to replace it.").arg(path) << Qt::endl;
            return Failure;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    QElapsedTimer timer;
    timer.start();
    Database database;
    DatabaseError error = database.open(path);
    if (!error)
        error = DemoCountyGenerator({seed, devices, QDate::currentDate()}).generate(database);
    if (error) {
        err << error.message << Qt::endl;
        database.close();
        QFile::remove(path);
        return Failure;
    }
    out << tr("Demo county written to %1 (%2 devices, seed %3) in %4 s.")
               .arg(path, QLocale().toString(devices), QString::number(seed),
                    QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}
