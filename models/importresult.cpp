// SPDX-License-Identifier: EUPL-1.2
#include "importresult.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportResult", text);
}
} // namespace

QString ImportResult::summary() const
{
    if (!error.isEmpty())
        return error;
    const QLocale locale;
    auto number = [&locale](qint64 value) { return locale.toString(value); };
    if (cancelled)
        return tr("The import was cancelled. Nothing was changed.");

    QStringList parts;
    parts << tr("%1 rows read").arg(number(rowsRead));
    if (skippedOutsideRegion > 0)
        parts << tr("%1 outside the region skipped").arg(number(skippedOutsideRegion));
    if (skippedNotSchools > 0)
        parts << tr("%1 school offices (no schools) skipped").arg(number(skippedNotSchools));
    QString text = parts.join(QStringLiteral(", ")) + QStringLiteral(". ");

    const QString counts = (written ? tr("%1 added, %2 updated, %3 unchanged")
                                    : tr("%1 to add, %2 to update, %3 unchanged"))
                               .arg(number(added), number(updated), number(unchanged));
    if (written) {
        text += counts + QStringLiteral(".");
        if (authoritiesCreated > 0)
            text += QLatin1Char(' ') + tr("%1 new school authorities were created for unknown Träger numbers; "
                                          "please check them.").arg(number(authoritiesCreated));
        if (invalidRows > 0)
            text += QLatin1Char(' ') + tr("%1 rows with problems were not imported.").arg(number(invalidRows));
        return text;
    }
    if (dryRun) {
        text += tr("Dry run: %1.").arg(counts);
        if (invalidRows > 0)
            text += QLatin1Char(' ') + tr("%1 rows have problems.").arg(number(invalidRows));
        return text + QLatin1Char(' ') + tr("Nothing was written.");
    }
    if (invalidRows > 0)
        return text + tr("Nothing was imported because %1 of %2 rows have problems.")
                          .arg(number(invalidRows), number(rowsRead));
    return text + tr("Nothing was written.");
}
