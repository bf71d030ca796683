// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

struct ImportResult;

// schulit import TABLE FILE [--dry-run] [--only-valid] [--region PREFIX] [--database PATH]
// Exit code 0 only when every row was imported (with --dry-run: would be).
class ImportCommand : public CommandVerb
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

    // Problems printed before "... and N more".
    static constexpr int PrintedProblems = 50;

private:
    static void report(const ImportResult &result, const QString &fileName, QTextStream &out, QTextStream &err);
};
