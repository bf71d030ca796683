// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

class CommandVerb;

// Runs a command-line verb as `schulit VERB ARGUMENTS...` would, capturing what it prints.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandRun runCommand(CommandVerb &verb, const QStringList &arguments);
