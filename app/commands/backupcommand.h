// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

// schulit backup --out FILE [--database PATH]: a consistent copy of a SQLite database in use;
// for PostgreSQL it explains pg_dump.
class BackupCommand : public CommandVerb
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

    // The advice given for a PostgreSQL database.
    static QString pgDumpAdvice(const QString &url, const QString &file);
};
