// SPDX-License-Identifier: EUPL-1.2
#include "csvreader.h"

#include "windows1252.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

constexpr qsizetype ChunkSize = 256 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice &device, const CsvFormat &format, const QString &fileName,
                     qint64 firstLine)
    : CsvReader(device, format, fileName, firstLine, Limits{})
{
}

CsvReader::CsvReader(QIODevice &device, const CsvFormat &format, const QString &fileName,
                     qint64 firstLine, Limits limits)
    : m_device(device)
    , m_format(format)
    , m_fileName(fileName)
    , m_limits(limits)
    , m_line(firstLine)
{
}

void CsvReader::fail(CsvError::Kind kind, qint64 line, int field, const QString &message)
{
    m_error = CsvError::make(kind, m_fileName, message, line, field);
    m_atEnd = true;
}

bool CsvReader::fill()
{
    if (m_deviceDone)
        return false;
    m_consumedBefore += m_buffer.size();
    m_pos = 0;
    m_buffer.resize(ChunkSize);
    const qint64 got = m_device.read(m_buffer.data(), ChunkSize);
    if (got < 0) {
        m_buffer.clear();
        m_deviceDone = true;
        fail(CsvError::Kind::ReadFailed, m_line, 0,
             tr("%1, line %2: the file cannot be read any further (%3).")
                 .arg(m_fileName, QLocale().toString(m_line), m_device.errorString()));
        return false;
    }
    m_buffer.resize(got);
    if (got == 0) {
        m_deviceDone = true;
        return false;
    }
    return true;
}

QString CsvReader::decode(QByteArrayView bytes) const
{
    if (m_format.encoding == CsvFormat::Encoding::Windows1252)
        return Windows1252::decode(bytes.data(), bytes.size());
    return QString::fromUtf8(bytes);
}

bool CsvReader::appendBytes(const char *data, qsizetype size, const QStringList &fields,
                            qint64 startLine)
{
    if (m_field.size() + size > m_limits.maxFieldBytes) {
        const QLocale locale;
        const QString message = m_fieldQuoted
            ? tr("%1, line %2, field %3: the quoted value is longer than %4 bytes. A closing quote "
                 "mark is probably missing.")
            : tr("%1, line %2, field %3: the value is longer than %4 bytes. Is this really a CSV file?");
        fail(CsvError::Kind::FieldTooLong, startLine, int(fields.size()) + 1,
             message.arg(m_fileName, locale.toString(startLine), locale.toString(fields.size() + 1),
                         locale.toString(qint64(m_limits.maxFieldBytes))));
        return false;
    }
    m_field.append(data, size);
    return true;
}

bool CsvReader::finishField(QStringList &fields)
{
    const bool finished = finishField(fields, m_field);
    m_field.truncate(0);
    return finished;
}

bool CsvReader::finishField(QStringList &fields, QByteArrayView bytes)
{
    if (fields.size() >= m_limits.maxColumns) {
        const QLocale locale;
        fail(CsvError::Kind::TooManyColumns, m_line, int(fields.size()) + 1,
             tr("%1, line %2: the line has more than %3 fields; at most %3 are supported. Is the "
                "delimiter right?").arg(m_fileName, locale.toString(m_line), locale.toString(m_limits.maxColumns)));
        return false;
    }
    fields.append(decode(bytes));
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    while (!m_atEnd) {
        if (m_skipLineFeed) {
            if (m_pos >= m_buffer.size() && !fill())
                break;
            if (m_buffer.at(m_pos) == '\n')
                ++m_pos;
            m_skipLineFeed = false;
        }
        record.line = m_line;
        record.fields.clear();
        const Outcome outcome = readRecord(record.fields);
        if (outcome == Outcome::Failed || outcome == Outcome::End) {
            m_atEnd = true;
            return false;
        }
        if (outcome == Outcome::LastRecord)
            m_atEnd = true;
        const bool blank = record.fields.size() == 1 && !m_fieldQuoted && record.fields.first().isEmpty();
        if (!blank)
            return true;
    }
    return false;
}

CsvReader::Outcome CsvReader::readRecord(QStringList &fields)
{
    State state = State::FieldStart;
    const char delimiter = m_format.delimiter;
    const qint64 startLine = m_line;
    qint64 quoteLine = m_line;
    m_field.truncate(0);
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error)
                return Outcome::Failed;
            if (state == State::Quoted) {
                const QLocale locale;
                fail(CsvError::Kind::UnclosedQuote, quoteLine, int(fields.size()) + 1,
                     tr("%1, line %2, field %3: the quoted value that starts here is never closed. "
                        "A quote mark is missing.")
                         .arg(m_fileName, locale.toString(quoteLine), locale.toString(fields.size() + 1)));
                return Outcome::Failed;
            }
            if (state == State::FieldStart && fields.isEmpty())
                return Outcome::End;
            return finishField(fields) ? Outcome::LastRecord : Outcome::Failed;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        switch (state) {
        case State::FieldStart:
            m_fieldQuoted = data[m_pos] == '"';
            if (m_fieldQuoted) {
                state = State::Quoted;
                quoteLine = m_line;
                ++m_pos;
            } else {
                state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != delimiter && data[i] != '\n' && data[i] != '\r')
                ++i;
            // A value that lies whole in the buffer (most do) is decoded from there, not copied first.
            const bool whole = i < size && m_field.isEmpty() && i - m_pos <= m_limits.maxFieldBytes;
            if (!whole && !appendBytes(data + m_pos, i - m_pos, fields, startLine))
                return Outcome::Failed;
            const qsizetype from = m_pos;
            m_pos = i;
            if (i == size)
                break;
            const char c = data[m_pos++];
            if (!(whole ? finishField(fields, QByteArrayView(data + from, i - from)) : finishField(fields)))
                return Outcome::Failed;
            if (c == delimiter) {
                state = State::FieldStart;
                break;
            }
            m_skipLineFeed = c == '\r';
            ++m_line;
            return Outcome::Record;
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != '"') {
                if (data[i] == '\n')
                    ++m_line;
                ++i;
            }
            if (!appendBytes(data + m_pos, i - m_pos, fields, quoteLine))
                return Outcome::Failed;
            m_pos = i;
            if (i < size) {
                ++m_pos;
                state = State::AfterQuote;
            }
            break;
        }
        case State::AfterQuote: {
            const char c = data[m_pos];
            if (c == '"') {
                // A doubled quote inside a quoted value stands for one quote.
                if (!appendBytes("\"", 1, fields, quoteLine))
                    return Outcome::Failed;
                ++m_pos;
                state = State::Quoted;
            } else if (c == delimiter || c == '\n' || c == '\r') {
                state = State::Unquoted; // ends the field at once
            } else {
                state = State::Unquoted; // text after the closing quote is kept
            }
            break;
        }
        }
    }
}
