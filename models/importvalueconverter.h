// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QDate>
#include <QHash>
#include <QVariant>

#include <optional>

class ReferenceResolver;

// Turns the text of a cell into the value a field stores: numbers with decimal comma or
// point, amounts ("1.234,56 €"), dates as dd.MM.yyyy or ISO, yes/no in German and English,
// enumerations by code or label, references by natural key. An empty cell gives NULL; text
// that cannot be read gives a sentence saying why.
class ImportValueConverter
{
public:
    struct Result
    {
        QVariant value;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit ImportValueConverter(const ReferenceResolver *references = nullptr);

    Result convert(const FieldSpec &field, const QString &text);

    static std::optional<qint64> parseInteger(const QString &text);
    static std::optional<double> parseDecimal(const QString &text);
    static std::optional<QDate> parseDate(const QString &text);
    static std::optional<bool> parseBool(const QString &text);

private:
    QString enumCode(EnumKind kind, const QString &text);

    const ReferenceResolver *m_references;
    // codeFor walks the catalog each time; a file repeats a handful of values.
    QHash<EnumKind, QHash<QString, QString>> m_enumCache;
};
