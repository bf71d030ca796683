// SPDX-License-Identifier: EUPL-1.2
#include "commandrunner.h"

#include "commandoptions.h"
#include "commandverb.h"

#include <QCommandLineParser>
#include <QTextStream>

CommandRun runCommand(CommandVerb &verb, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CommandOptions::database());
    verb.addOptions(parser);
    CommandRun run;
    if (!parser.parse(QStringList{QStringLiteral("schulit"), verb.name()} + arguments)) {
        run.err = parser.errorText();
        return run;
    }
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = verb.run(parser, out, err);
    out.flush();
    err.flush();
    return run;
}
