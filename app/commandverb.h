// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QCommandLineParser;
class QTextStream;

// One verb of the command line (`schulit demo`, `schulit export`, ...).
class CommandVerb
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    virtual ~CommandVerb() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;
};
