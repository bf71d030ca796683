// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QVariant>

// One value of an exported row with its type, so every file format writes it its own way
// (a CSV as German text, an Excel file as a typed cell).
struct ExportCell
{
    enum class Type {
        Empty,
        Text,    // value: QString (also enumeration labels and referenced keys)
        Integer, // value: qint64
        Decimal, // value: double
        Money,   // value: qint64 cents
        Date,    // value: QDate
        Bool,    // value: bool
    };

    Type type = Type::Empty;
    QVariant value;
};
