// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

// The built program run as people run it: in a child process, offscreen, with its settings
// in a folder of the test's own.
namespace SchulitProcess {
struct Run
{
    int exitCode = -1; // -1 when it crashed or did not finish in time
    QString out;
    QString err;
};

Run run(const QString &binary, const QString &configFolder, const QStringList &arguments, int timeoutMs = 120000);
}
