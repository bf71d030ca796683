// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "csverror.h"
#include "csvformat.h"

#include <QByteArray>

class QIODevice;

// Finds out how a CSV file is written before it is read: refuses what is no text (binary
// files, Excel workbooks, UTF-16), tells UTF-8 (with or without BOM) from Windows-1252 by
// checking every byte, honours Excel's "sep=" line and otherwise picks the delimiter
// (semicolon, comma or tab) that splits the first lines into equally many fields.
class CsvSniffer
{
public:
    struct Result
    {
        CsvFormat format;
        CsvError error;
        qint64 dataOffset = 0; // first byte after the BOM and the sep= line
        qint64 firstLine = 1;  // line number at dataOffset
    };

    // Reads the device from the start; it must be open and seekable.
    static Result sniff(QIODevice &device, const QString &fileName);

    // The delimiter that splits the lines of the sample most consistently.
    static char detectDelimiter(const QByteArray &sample);

    static constexpr qsizetype SampleSize = 64 * 1024;
};
