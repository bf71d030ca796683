// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

// schulit copy --from SOURCE --to TARGET: a whole database between SQLite and PostgreSQL.
class CopyCommand : public CommandVerb
{
public:
    QString name() const override { return QStringLiteral("copy"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
