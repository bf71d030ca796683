// SPDX-License-Identifier: EUPL-1.2
#include "money.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdlib>

namespace Money {

QString format(qint64 cents, const QLocale &locale)
{
    const bool negative = cents < 0;
    const quint64 absolute = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString text = locale.toString(qulonglong(absolute / 100));
    text += locale.decimalPoint();
    text += QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return text + QStringLiteral(" €");
}

std::optional<qint64> parse(const QString &input, const QLocale &)
{
    QString text = input.trimmed();
    text.remove(QStringLiteral("€"));
    text.remove(QRegularExpression(QStringLiteral("^EUR|EUR$"), QRegularExpression::CaseInsensitiveOption));
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.remove(QLatin1Char(' '));
    if (text.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9.,']+$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    text.remove(QLatin1Char('\''));

    // The decimal separator is the last '.' or ',' followed by one or two digits; any other
    // separator groups thousands and must stand before groups of exactly three digits.
    const int lastSep = std::max(text.lastIndexOf(QLatin1Char('.')), text.lastIndexOf(QLatin1Char(',')));
    QString integerPart = text;
    QString fraction;
    if (lastSep >= 0) {
        const int digitsAfter = text.size() - lastSep - 1;
        // "1.234" and "1,234" both group thousands; cents never have three decimals.
        const bool isDecimal = digitsAfter >= 1 && digitsAfter <= 2 && text.count(text.at(lastSep)) == 1;
        if (isDecimal) {
            integerPart = text.left(lastSep);
            fraction = text.mid(lastSep + 1);
        } else if (digitsAfter != 3) {
            return std::nullopt;
        }
    }
    // What remains before the decimal part may only hold thousands groups.
    const QStringList groups = integerPart.split(QRegularExpression(QStringLiteral("[.,]")));
    for (int i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return std::nullopt;
    }
    if (groups.constFirst().isEmpty() && groups.size() > 1)
        return std::nullopt;
    integerPart = groups.join(QString());
    if (integerPart.isEmpty())
        integerPart = QStringLiteral("0");
    if (integerPart.size() > 15)
        return std::nullopt;
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    const qint64 cents = integerPart.toLongLong() * 100 + fraction.toLongLong();
    return negative ? -cents : cents;
}

double sharePercent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0.0;
    return std::round(double(part) * 1000.0 / double(whole)) / 10.0;
}

qint64 applyPercent(qint64 cents, double percent)
{
    return qint64(std::llround(double(cents) * percent / 100.0));
}

} // namespace Money
