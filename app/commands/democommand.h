// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

// schulit demo --out FILE [--devices N] [--seed S]
class DemoCommand : public CommandVerb
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
