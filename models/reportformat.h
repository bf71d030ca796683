// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

#include <optional>

// How the committee report writes numbers, money, shares and dates: in the locale the
// program runs in (German by default: 1.234 · 1.234,56 € · 40,0 % · 31.12.2025).
namespace ReportFormat {

QString count(qint64 value);
QString decimal(double value, int decimals);
QString ratio(const std::optional<double> &value); // one decimal, or a dash when there is none
QString percent(double value);                     // one decimal and " %"
QString money(qint64 cents);
// Money without the currency sign, for columns whose header names it: "1.234,56".
QString amount(qint64 cents);
// Day, month and four-digit year in the locale's short order; a dash for no date.
QString date(const QDate &day);
QString dash();

} // namespace ReportFormat
