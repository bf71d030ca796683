// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

// Why a CSV file cannot be read, with a sentence that names the file, the line and the field.
struct CsvError
{
    enum class Kind {
        None,
        CannotOpen,
        Empty,
        TooLarge,
        Binary,
        Workbook,
        Utf16,
        UnclosedQuote,
        FieldTooLong,
        TooManyColumns,
        ReadFailed,
    };

    Kind kind = Kind::None;
    QString fileName;
    qint64 line = 0;  // 1-based physical line of the file; 0 when the whole file is meant
    int field = 0;    // 1-based field of the record; 0 when the whole line is meant
    QString message;  // translated sentence

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static CsvError make(Kind kind, const QString &fileName, const QString &message,
                         qint64 line = 0, int field = 0)
    {
        return CsvError{kind, fileName, line, field, message};
    }
};
