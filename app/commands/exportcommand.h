// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

// schulit export TABLE --format csv|xlsx --out FILE [--database PATH]
class ExportCommand : public CommandVerb
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
