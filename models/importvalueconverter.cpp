// SPDX-License-Identifier: EUPL-1.2
#include "importvalueconverter.h"

#include "enumcatalog.h"
#include "money.h"
#include "referenceresolver.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportValueConverter", text);
}

QString withoutSpaces(const QString &text)
{
    QString result = text;
    result.remove(QLatin1Char(' '));
    result.remove(QChar(0x00A0));
    result.remove(QChar(0x202F));
    return result;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// "1.234.567" or "1,234" or "1'234": groups of three after the first.
bool isGrouped(const QString &text, QChar separator)
{
    const QStringList groups = text.split(separator);
    if (groups.size() < 2 || groups.first().size() > 3 || !allDigits(groups.first()))
        return false;
    for (int i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || !allDigits(groups.at(i)))
            return false;
    }
    return true;
}

// "1234,56", "1234.5", "-80": what exports write. Anything else goes to Money::parse,
// whose regular expressions cost more than the rest of a row's checks together.
std::optional<qint64> plainCents(const QString &text)
{
    QStringView digits(text);
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits = digits.mid(1);
    qsizetype separator = -1;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            if (separator >= 0)
                return std::nullopt;
            separator = i;
        } else if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    const QStringView whole = separator < 0 ? digits : digits.left(separator);
    const QStringView fraction = separator < 0 ? QStringView() : digits.mid(separator + 1);
    if (whole.isEmpty() || whole.size() > 15 || (separator >= 0 && (fraction.isEmpty() || fraction.size() > 2)))
        return std::nullopt;
    qint64 cents = whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        cents += fraction.toLongLong() * (fraction.size() == 1 ? 10 : 1);
    return negative ? -cents : cents;
}

// QDate::toString(Qt::ISODate) formats through the locale machinery; years are 1000..9999 here.
QString isoDate(const QDate &date)
{
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        out += digits;
    };
    put(date.year(), 4);
    *out++ = QLatin1Char('-');
    put(date.month(), 2);
    *out++ = QLatin1Char('-');
    put(date.day(), 2);
    return text;
}

int dateNumber(QStringView text, int minDigits, int maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits || !allDigits(text))
        return -1;
    // At most four ASCII digits: no need for the locale-aware toInt().
    int value = 0;
    for (const QChar c : text)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}
} // namespace

ImportValueConverter::ImportValueConverter(const ReferenceResolver *references)
    : m_references(references)
{
}

std::optional<qint64> ImportValueConverter::parseInteger(const QString &input)
{
    QString text = withoutSpaces(input);
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text.remove(0, 1);
    }
    if (text.size() > 18)
        return std::nullopt;
    if (!allDigits(text)) {
        if (isGrouped(text, QLatin1Char('.')) || isGrouped(text, QLatin1Char('\'')))
            text.remove(QLatin1Char('.')).remove(QLatin1Char('\''));
        else {
            // "25,00" from a spreadsheet is still a whole number.
            const std::optional<double> value = parseDecimal(text);
            if (!value || *value != double(qint64(*value)))
                return std::nullopt;
            return negative ? -qint64(*value) : qint64(*value);
        }
    }
    const qint64 value = text.toLongLong();
    return negative ? -value : value;
}

std::optional<double> ImportValueConverter::parseDecimal(const QString &input)
{
    QString text = withoutSpaces(input);
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text.remove(0, 1);
    }
    if (text.isEmpty() || text.size() > 30)
        return std::nullopt;
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const qsizetype point = text.lastIndexOf(QLatin1Char('.'));
    QString integerPart = text;
    QString fraction;
    // The separator that comes last is the decimal one; the other groups thousands.
    const qsizetype decimal = std::max(comma, point);
    if (decimal >= 0) {
        const QChar separator = text.at(decimal);
        const QChar grouping = separator == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
        if (text.count(separator) > 1) {
            // "1.234.567": only groups, no decimals.
            if (!isGrouped(text, separator))
                return std::nullopt;
            integerPart = QString(text).remove(separator);
        } else {
            integerPart = text.left(decimal);
            fraction = text.mid(decimal + 1);
            if (integerPart.contains(grouping)) {
                if (!isGrouped(integerPart, grouping))
                    return std::nullopt;
                integerPart.remove(grouping);
            }
            if (!fraction.isEmpty() && !allDigits(fraction))
                return std::nullopt;
        }
    }
    if (integerPart.isEmpty())
        integerPart = QStringLiteral("0");
    if (!allDigits(integerPart))
        return std::nullopt;
    bool ok = false;
    const double value = (integerPart + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction)).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<QDate> ImportValueConverter::parseDate(const QString &input)
{
    QStringView text = QStringView(input).trimmed();
    // Spreadsheets may add a time of day ("31.12.2025 00:00", "2025-12-31T00:00:00").
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('T')) {
            text.truncate(i);
            break;
        }
    }
    const bool german = text.contains(QLatin1Char('.'));
    const QChar separator = german ? QLatin1Char('.') : QLatin1Char('-');
    const qsizetype first = text.indexOf(separator);
    const qsizetype second = first < 0 ? -1 : text.indexOf(separator, first + 1);
    if (second < 0 || text.indexOf(separator, second + 1) >= 0)
        return std::nullopt;
    const QStringView a = text.left(first);
    const QStringView b = text.mid(first + 1, second - first - 1);
    const QStringView c = text.mid(second + 1);
    // Four-digit years only: "31.12.25" could be 1925 or 2025.
    const int year = german ? dateNumber(c, 4, 4) : dateNumber(a, 4, 4);
    const int month = dateNumber(b, 1, 2);
    const int day = german ? dateNumber(a, 1, 2) : dateNumber(c, 1, 2);
    if (year < 1000 || month < 1 || day < 1)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<bool> ImportValueConverter::parseBool(const QString &input)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("ja"), QStringLiteral("j"),
                                 QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                 QStringLiteral("wahr"), QStringLiteral("x")};
    static const QStringList no{QStringLiteral("0"), QStringLiteral("nein"), QStringLiteral("n"),
                                QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("falsch")};
    const QString text = input.trimmed().toLower();
    if (yes.contains(text) || text == QCoreApplication::translate("ExportValue", "yes").toLower())
        return true;
    if (no.contains(text) || text == QCoreApplication::translate("ExportValue", "no").toLower())
        return false;
    return std::nullopt;
}

QString ImportValueConverter::enumCode(EnumKind kind, const QString &text)
{
    QHash<QString, QString> &cache = m_enumCache[kind];
    const auto it = cache.constFind(text);
    if (it != cache.cend())
        return it.value();
    const QString code = EnumCatalog::codeFor(kind, text);
    cache.insert(text, code);
    return code;
}

ImportValueConverter::Result ImportValueConverter::convert(const FieldSpec &field, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    auto failure = [](const QString &message) { return Result{QVariant(), message}; };
    switch (field.kind) {
    case FieldKind::Text:
        return {text, {}};
    case FieldKind::Integer:
        if (const std::optional<qint64> value = parseInteger(text))
            return {*value, {}};
        return failure(tr("%1 must be a whole number, not \"%2\".").arg(field.label(), text));
    case FieldKind::Decimal:
    case FieldKind::Percent:
        if (const std::optional<double> value = parseDecimal(text))
            return {*value, {}};
        return failure(tr("%1 must be a number, not \"%2\".").arg(field.label(), text));
    case FieldKind::Money:
        if (const std::optional<qint64> cents = plainCents(text))
            return {*cents, {}};
        if (const std::optional<qint64> cents = Money::parse(text))
            return {*cents, {}};
        return failure(tr("%1 is not an amount of money: \"%2\".").arg(field.label(), text));
    case FieldKind::Date:
        if (const std::optional<QDate> date = parseDate(text))
            return {isoDate(*date), {}};
        return failure(tr("%1 is not a valid date: \"%2\". Please write dates as 31.12.2025 or "
                          "2025-12-31.").arg(field.label(), text));
    case FieldKind::Bool:
        if (const std::optional<bool> value = parseBool(text))
            return {*value ? 1 : 0, {}};
        return failure(tr("%1 must be yes or no, not \"%2\".").arg(field.label(), text));
    case FieldKind::Enum: {
        const QString code = enumCode(*field.enumKind, text);
        if (!code.isEmpty())
            return {code, {}};
        QStringList labels;
        for (const EnumEntry &entry : EnumCatalog::entries(*field.enumKind))
            labels << entry.label;
        return failure(tr("\"%1\" is not a known value for %2 (known: %3).")
                           .arg(text, field.label(), labels.join(QStringLiteral(", "))));
    }
    case FieldKind::EnumList: {
        QStringList unknown;
        const QString stored = EnumCatalog::normalizedList(*field.enumKind, text, &unknown);
        if (unknown.isEmpty())
            return {stored, {}};
        return failure(tr("\"%1\" is not a known value for %2.").arg(unknown.join(QStringLiteral(", ")), field.label()));
    }
    case FieldKind::ForeignKey: {
        if (!m_references)
            return failure(ReferenceResolver::notFoundMessage(field, text));
        const ReferenceResolver::Lookup lookup = m_references->find(*field.reference, text);
        if (lookup.match == ReferenceResolver::Match::Found)
            return {lookup.id, {}};
        if (lookup.match == ReferenceResolver::Match::Ambiguous)
            return failure(ReferenceResolver::ambiguousMessage(field, text));
        return failure(ReferenceResolver::notFoundMessage(field, text));
    }
    }
    return {text, {}};
}
