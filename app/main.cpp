// SPDX-License-Identifier: EUPL-1.2
#include "aboutdialog.h"
#include "application.h"
#include "windowsconsole.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    const bool commandLineVerb = Application::isCommandLineVerb(argc, argv);
    // On Windows the verbs print to the console that started them (see windowsconsole.cpp).
    if (commandLineVerb)
        WindowsConsole::attachToParentConsole();
    // Command-line verbs run without a screen (CI, scheduled tasks, a server without X).
    if (commandLineVerb && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setWindowIcon(AboutDialog::programIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral(SCHULIT_APP_ID));
    return Application::run(app);
}
