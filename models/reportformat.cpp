// SPDX-License-Identifier: EUPL-1.2
#include "reportformat.h"

#include "money.h"

#include <QLocale>

namespace ReportFormat {

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString ratio(const std::optional<double> &value)
{
    return value ? decimal(*value, 1) : dash();
}

QString percent(double value)
{
    return decimal(value, 1) + QStringLiteral(" %");
}

QString money(qint64 cents)
{
    return Money::format(cents);
}

QString amount(qint64 cents)
{
    QString text = Money::format(cents);
    text.chop(2); // " €"
    return text;
}

QString date(const QDate &day)
{
    if (!day.isValid())
        return dash();
    // The short formats of some locales have two-digit years; a paper for the files needs four.
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(day, format);
}

QString dash()
{
    return QStringLiteral("\u2013");
}

} // namespace ReportFormat
