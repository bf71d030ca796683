// SPDX-License-Identifier: EUPL-1.2
#include "benchmark.h"

#include <QFile>
#include <QRegularExpression>

bool benchPeakMemory(BenchContext &context, QString *error)
{
    // Linux reports the high-water mark of the resident set as "VmHWM:  90112 kB".
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("peak memory is only measured on Linux (/proc/self/status)");
        return false;
    }
    static const QRegularExpression line(QStringLiteral("^VmHWM:\\s*(\\d+)\\s*kB"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    if (!match.hasMatch()) {
        *error = QStringLiteral("no VmHWM in /proc/self/status");
        return false;
    }
    context.add(QStringLiteral("peak_rss"), match.captured(1).toLongLong() / 1024.0, QStringLiteral("MB"), 0);
    return true;
}
