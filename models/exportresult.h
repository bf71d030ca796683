// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>

// What an export wrote, or why it could not (a sentence).
struct ExportResult
{
    QString error;
    bool cancelled = false;
    qint64 rows = 0;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// done/total rows; return false to cancel (the file is then not written).
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;
