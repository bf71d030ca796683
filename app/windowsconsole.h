// SPDX-License-Identifier: EUPL-1.2
#pragma once

// schulit.exe is a Windows GUI program (WIN32_EXECUTABLE), so Windows gives it no console and
// its stdout/stderr lead nowhere. For command-line verbs it borrows the console of the shell
// that started it. Does nothing on other systems.
namespace WindowsConsole {
void attachToParentConsole();
}
