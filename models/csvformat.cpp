// SPDX-License-Identifier: EUPL-1.2
#include "csvformat.h"

#include <QCoreApplication>

QString CsvFormat::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QCoreApplication::translate("CsvFormat", "UTF-8 with BOM");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString CsvFormat::delimiterName() const
{
    switch (delimiter) {
    case ';':
        return QCoreApplication::translate("CsvFormat", "semicolon");
    case ',':
        return QCoreApplication::translate("CsvFormat", "comma");
    case '\t':
        return QCoreApplication::translate("CsvFormat", "tab");
    default:
        return QStringLiteral("\"%1\"").arg(QLatin1Char(delimiter));
    }
}
