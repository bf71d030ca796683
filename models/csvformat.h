// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

// How a CSV file is written: detected by CsvSniffer, used by CsvReader.
struct CsvFormat
{
    enum class Encoding {
        Utf8,
        Utf8WithBom,
        Windows1252,
    };

    Encoding encoding = Encoding::Utf8;
    char delimiter = ';';
    bool hasSepLine = false; // Excel's "sep=;" first line

    // For messages and the import dialog, e.g. "UTF-8 with BOM" and "semicolon".
    QString encodingName() const;
    QString delimiterName() const;
};
