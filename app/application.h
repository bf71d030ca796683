// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QApplication;

// Start-up: language, command line, and either a command-line verb or the main window.
namespace Application {
bool isCommandLineVerb(int argc, char *argv[]);
int run(QApplication &app);
}
