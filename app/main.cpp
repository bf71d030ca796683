// SPDX-License-Identifier: EUPL-1.2
#include "application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Command-line verbs run without a screen (CI, scheduled tasks, a server without X).
    if (Application::isCommandLineVerb(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Application::run(app);
}
