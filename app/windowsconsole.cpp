// SPDX-License-Identifier: EUPL-1.2
#include "windowsconsole.h"

#include <QtGlobal>

// Why attach instead of a console twin (schulit-cli.exe): one executable keeps one set of
// sources, one install rule and one Start-menu target, and the verbs need nothing but
// stdout/stderr. The price: an interactive cmd.exe or PowerShell does not wait for a GUI
// program, so the prompt may come back before the output, and %ERRORLEVEL% is not set.
// Batch files, Task Scheduler, `start /wait schulit ...` and PowerShell's
// `Start-Process -Wait` do wait and see the exit code; README "Windows" says so.
// When the caller redirected stdout/stderr to a file or pipe, those handles already work
// and are kept; only the missing ones are pointed at the parent's console.

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <io.h>

#include <cstdio>
#include <cstdlib>

namespace {

UINT originalOutputCodePage = 0;

bool isUsable(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

void restoreCodePage()
{
    if (originalOutputCodePage != 0)
        SetConsoleOutputCP(originalOutputCodePage);
}

void reopen(FILE *stream, DWORD which)
{
    FILE *reopened = nullptr;
    if (freopen_s(&reopened, "CONOUT$", "w", stream) == 0) {
        // Unbuffered, so stdout and stderr lines keep their order on the screen.
        setvbuf(stream, nullptr, _IONBF, 0);
        // Code that asks Windows for the handle (rather than the C runtime) finds it too.
        SetStdHandle(which, reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream))));
    }
}

} // namespace

namespace WindowsConsole {

void attachToParentConsole()
{
    const bool outUsable = isUsable(STD_OUTPUT_HANDLE);
    const bool errUsable = isUsable(STD_ERROR_HANDLE);
    if (outUsable && errUsable)
        return;
    // Started from Explorer or a scheduled task without a console: nothing to attach to.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    if (!outUsable)
        reopen(stdout, STD_OUTPUT_HANDLE);
    if (!errUsable)
        reopen(stderr, STD_ERROR_HANDLE);
    // QTextStream writes UTF-8; the console shows umlauts only in the UTF-8 code page. The
    // console belongs to the shell, so its code page is put back when the program ends.
    originalOutputCodePage = GetConsoleOutputCP();
    if (originalOutputCodePage != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreCodePage);
    else
        originalOutputCodePage = 0;
}

} // namespace WindowsConsole

#else

namespace WindowsConsole {

void attachToParentConsole()
{
}

} // namespace WindowsConsole

#endif
