// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

#include <QCoreApplication>

// schulit report --out FILE.pdf|FILE.odt|FILE.html [--authority NAME]... [--committee TEXT]
//     [--meeting-date YYYY-MM-DD] [--agenda-item TEXT] [--office TEXT] [--data-date YYYY-MM-DD]
//     [--months N] [--database PATH]
class ReportCommand : public CommandVerb
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
