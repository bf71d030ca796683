// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

// Money is kept as integer cents everywhere; floating point never touches an amount.
namespace Money {
// "1.234,56 €" in a German locale, "-12,00 €" for a negative amount.
QString format(qint64 cents, const QLocale &locale = QLocale());
// Accepts what people type or spreadsheets write: "1.234,56 €", "1234,56", "1234.56",
// "EUR 12", "-5". Ambiguous or malformed text gives no value.
std::optional<qint64> parse(const QString &text, const QLocale &locale = QLocale());
// part / whole in percent, rounded to one decimal; 0 when whole is 0.
double sharePercent(qint64 part, qint64 whole);
// cents * percent / 100, rounded half away from zero; percent may have decimals.
qint64 applyPercent(qint64 cents, double percent);
}
