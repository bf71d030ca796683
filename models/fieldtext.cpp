// SPDX-License-Identifier: EUPL-1.2
#include "fieldtext.h"

#include "enumcatalog.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace FieldText {

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("FieldText", "Yes") : QCoreApplication::translate("FieldText", "No");
}

QString display(FieldKind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QLocale locale;
    switch (kind) {
    case FieldKind::Money:
        return Money::format(value.toLongLong(), locale);
    case FieldKind::Date: {
        const QDate day = value.metaType().id() == QMetaType::QDate ? value.toDate()
                                                                    : QDate::fromString(value.toString(), Qt::ISODate);
        return day.isValid() ? date(day) : value.toString();
    }
    case FieldKind::Percent: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? locale.toString(number, 'f', std::floor(number) == number ? 0 : 1) + QStringLiteral(" %")
                  : value.toString();
    }
    case FieldKind::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        return ok ? locale.toString(number) : value.toString();
    }
    case FieldKind::Decimal: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? locale.toString(number, 'g', 12) : value.toString();
    }
    case FieldKind::Bool:
        return yesNo(value.toInt() != 0);
    case FieldKind::Text:
    case FieldKind::Enum:
    case FieldKind::EnumList:
    case FieldKind::ForeignKey:
        break;
    }
    return value.toString();
}

QString display(const FieldSpec &field, const QVariant &value, const QString &referenceName)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Enum: {
        const QString label = EnumCatalog::label(*field.enumKind, value.toString());
        return label.isEmpty() ? value.toString() : label;
    }
    case FieldKind::ForeignKey:
        return referenceName.isEmpty() ? value.toString() : referenceName;
    case FieldKind::EnumList:
        return EnumCatalog::listLabel(*field.enumKind, value.toString());
    default:
        return display(field.kind, value);
    }
}

std::optional<QDate> parseDate(const QString &input)
{
    const QString text = input.trimmed();
    for (const QString &format : {QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate day = QDate::fromString(text, format);
        if (day.isValid())
            return day;
    }
    // Two-digit years as spreadsheets write them: "31.12.25" is 2025, "1.3.98" is 1998.
    const QDate shortYear = QDate::fromString(text, QStringLiteral("d.M.yy"));
    if (shortYear.isValid()) {
        const int pivot = QDate::currentDate().year() % 100 + 20;
        return shortYear.year() % 100 <= pivot ? shortYear.addYears(100) : shortYear;
    }
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char('%'));
    text = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<bool> parseBool(const QString &input)
{
    const QString text = input.trimmed().toLower();
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("ja"), QStringLiteral("j"),
                                 QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("wahr")};
    static const QStringList no{QStringLiteral("0"), QStringLiteral("nein"), QStringLiteral("n"), QStringLiteral("no"),
                                QStringLiteral("false"), QStringLiteral("falsch"), QString()};
    if (yes.contains(text) || text == yesNo(true).toLower())
        return true;
    if (no.contains(text) || text == yesNo(false).toLower())
        return false;
    return std::nullopt;
}

QVariant parse(const FieldSpec &field, const QString &input, const ReferenceResolver &resolve)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return field.kind == FieldKind::Bool ? QVariant(0) : QVariant();
    switch (field.kind) {
    case FieldKind::Text:
        return text;
    case FieldKind::Money:
        if (const auto cents = Money::parse(text))
            return *cents;
        return text;
    case FieldKind::Date:
        if (const auto day = parseDate(text))
            return day->toString(Qt::ISODate);
        return text;
    case FieldKind::Integer:
        if (const auto number = parseNumber(text); number && std::floor(*number) == *number)
            return qlonglong(*number);
        return text;
    case FieldKind::Decimal:
    case FieldKind::Percent:
        if (const auto number = parseNumber(text))
            return *number;
        return text;
    case FieldKind::Bool:
        if (const auto flag = parseBool(text))
            return *flag ? 1 : 0;
        return text;
    case FieldKind::Enum: {
        const QString code = EnumCatalog::codeFor(*field.enumKind, text);
        return code.isEmpty() ? QVariant(text) : QVariant(code);
    }
    case FieldKind::EnumList: {
        QStringList unknown;
        const QString list = EnumCatalog::normalizedList(*field.enumKind, text, &unknown);
        return unknown.isEmpty() ? QVariant(list) : QVariant(text);
    }
    case FieldKind::ForeignKey:
        if (resolve) {
            if (const auto id = resolve(*field.reference, text))
                return *id;
        }
        return text;
    }
    return text;
}

} // namespace FieldText
