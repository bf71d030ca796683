// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

// schulit chart NAME --format png|svg|pdf --out FILE [--width W] [--height H] [--dpi D]
//               [--authority NAME]... [--school-type CODE]... [--year YYYY] [--per-authority]
//               [--database PATH]
// schulit chart --list
class ChartCommand : public CommandVerb
{
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
