// SPDX-License-Identifier: EUPL-1.2
#include "csvsniffer.h"

#include "utf8validator.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>

#include <cstring>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvSniffer", text);
}

constexpr qsizetype ScanChunk = 1024 * 1024;
constexpr int SampleLines = 30;

bool startsWith(const QByteArray &data, const char *prefix, qsizetype length)
{
    return data.size() >= length && std::memcmp(data.constData(), prefix, size_t(length)) == 0;
}

// Control characters other than tab, line breaks, form feed and the DOS end-of-file mark
// do not occur in text that people write.
bool looksBinary(const QByteArray &sample)
{
    qsizetype controls = 0;
    for (const char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A)
            ++controls;
    }
    return controls * 100 > sample.size();
}

// Field counts of the first lines when split at `delimiter`, honouring quotes.
QList<int> fieldCounts(const QByteArray &sample, char delimiter)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    bool lineHasContent = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < SampleLines; ++i) {
        const char c = sample.at(i);
        if (quoted) {
            if (c == '"')
                quoted = false; // a doubled quote re-opens at once below
            continue;
        }
        if (c == '"') {
            quoted = true;
            lineHasContent = true;
        } else if (c == delimiter) {
            ++fields;
            lineHasContent = true;
        } else if (c == '\n' || c == '\r') {
            if (lineHasContent)
                counts << fields;
            fields = 1;
            lineHasContent = false;
        } else {
            lineHasContent = true;
        }
    }
    // The last line counts only when it is complete or the sample is the whole file.
    if (lineHasContent && counts.size() < SampleLines && sample.size() < CsvSniffer::SampleSize)
        counts << fields;
    return counts;
}
} // namespace

char CsvSniffer::detectDelimiter(const QByteArray &sample)
{
    // In order of preference when two split equally well: German Excel writes semicolons.
    static const char candidates[] = {';', '\t', ','};
    char best = ';';
    qint64 bestScore = 0;
    for (const char delimiter : candidates) {
        const QList<int> counts = fieldCounts(sample, delimiter);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        const int header = counts.first();
        // A header may end in a delimiter the data lines lack (the NRW school list does).
        int consistent = 0;
        for (int count : counts) {
            if (count >= header - 1 && count <= header + 1)
                ++consistent;
        }
        if (consistent * 2 < counts.size())
            continue;
        const qint64 score = qint64(header) * consistent;
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

CsvSniffer::Result CsvSniffer::sniff(QIODevice &device, const QString &fileName)
{
    Result result;
    auto fail = [&](CsvError::Kind kind, const QString &message) {
        result.error = CsvError::make(kind, fileName, message);
        return result;
    };
    if (!device.seek(0))
        return fail(CsvError::Kind::ReadFailed, tr("\"%1\" cannot be read.").arg(fileName));
    const QByteArray sample = device.read(SampleSize);
    if (sample.trimmed().isEmpty())
        return fail(CsvError::Kind::Empty, tr("\"%1\" is empty.").arg(fileName));
    if (startsWith(sample, "PK\x03\x04", 4))
        return fail(CsvError::Kind::Workbook,
                    tr("\"%1\" is an Excel workbook or another ZIP file, not a CSV file. In Excel, "
                       "save it with \"Save as\" as \"CSV UTF-8\" first.").arg(fileName));
    if (startsWith(sample, "\xD0\xCF\x11\xE0", 4))
        return fail(CsvError::Kind::Workbook,
                    tr("\"%1\" is an old Excel workbook (XLS), not a CSV file. In Excel, save it "
                       "with \"Save as\" as \"CSV UTF-8\" first.").arg(fileName));
    if (startsWith(sample, "\xFF\xFE", 2) || startsWith(sample, "\xFE\xFF", 2))
        return fail(CsvError::Kind::Utf16,
                    tr("\"%1\" is written in UTF-16 (Excel's \"Unicode text\"). Please save it as "
                       "\"CSV UTF-8\" instead.").arg(fileName));
    if (looksBinary(sample))
        return fail(CsvError::Kind::Binary,
                    tr("\"%1\" is not a text file. Please choose a CSV file.").arg(fileName));

    qsizetype offset = 0;
    const bool bom = startsWith(sample, "\xEF\xBB\xBF", 3);
    if (bom)
        offset = 3;

    // Every byte decides the encoding: a single umlaut in line 90,000 written by Windows
    // makes the whole file Windows-1252. A NUL byte anywhere makes it binary.
    Utf8Validator validator;
    if (!device.seek(0))
        return fail(CsvError::Kind::ReadFailed, tr("\"%1\" cannot be read.").arg(fileName));
    QByteArray chunk;
    while (!device.atEnd()) {
        chunk = device.read(ScanChunk);
        if (chunk.isEmpty())
            break;
        if (std::memchr(chunk.constData(), 0, size_t(chunk.size())))
            return fail(CsvError::Kind::Binary,
                        tr("\"%1\" contains binary data and is not a CSV file.").arg(fileName));
        if (!bom)
            validator.feed(chunk.constData(), chunk.size());
    }
    if (bom)
        result.format.encoding = CsvFormat::Encoding::Utf8WithBom;
    else if (validator.isComplete())
        result.format.encoding = CsvFormat::Encoding::Utf8;
    else
        result.format.encoding = CsvFormat::Encoding::Windows1252;

    // Excel's "sep=;" line names the delimiter and is no data.
    const QByteArray rest = sample.mid(offset);
    const QByteArray head = rest.left(8).toLower();
    const qsizetype quote = head.startsWith('"') ? 1 : 0;
    if (head.mid(quote, 4) == "sep=" && rest.size() > quote + 4) {
        const char delimiter = rest.at(quote + 4);
        qsizetype end = rest.indexOf('\n');
        if (delimiter != '"' && delimiter != '\n' && delimiter != '\r') {
            result.format.delimiter = delimiter;
            result.format.hasSepLine = true;
            offset += end < 0 ? rest.size() : end + 1;
            result.firstLine = 2;
        }
    }
    if (!result.format.hasSepLine)
        result.format.delimiter = detectDelimiter(rest);
    result.dataOffset = offset;
    return result;
}
