// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "csverror.h"
#include "csvformat.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

struct CsvRecord
{
    qint64 line = 0; // physical line the record starts in
    QStringList fields;
};

// Reads CSV records one at a time from a device (RFC 4180: quoted fields with delimiters,
// doubled quotes and line breaks), so a file of any size streams through a small buffer.
// Limits keep pathological input harmless: a field longer than maxFieldBytes (usually a
// quote mark that is never closed) or a record with more than maxColumns fields stops the
// reading with an error naming the file, the line and the field. Blank lines are skipped;
// text after a closing quote is kept, as spreadsheet programs do.
class CsvReader
{
public:
    struct Limits
    {
        int maxColumns = 1000;
        qsizetype maxFieldBytes = 1024 * 1024;
    };

    // The device must be positioned at the first byte to read (after BOM and sep= line);
    // firstLine is that byte's line number.
    CsvReader(QIODevice &device, const CsvFormat &format, const QString &fileName,
              qint64 firstLine = 1);
    CsvReader(QIODevice &device, const CsvFormat &format, const QString &fileName,
              qint64 firstLine, Limits limits);

    // False at the end of the data or on an error (see error()).
    bool next(CsvRecord &record);
    const CsvError &error() const { return m_error; }
    bool atEnd() const { return m_atEnd; }
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }

private:
    enum class Outcome { Record, LastRecord, End, Failed };
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    Outcome readRecord(QStringList &fields);
    bool fill();
    bool appendBytes(const char *data, qsizetype size, const QStringList &fields, qint64 startLine);
    bool finishField(QStringList &fields);
    bool finishField(QStringList &fields, QByteArrayView bytes);
    QString decode(QByteArrayView bytes) const;
    void fail(CsvError::Kind kind, qint64 line, int field, const QString &message);

    QIODevice &m_device;
    CsvFormat m_format;
    QString m_fileName;
    Limits m_limits;
    QByteArray m_buffer;
    QByteArray m_field;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    bool m_skipLineFeed = false;
    bool m_deviceDone = false;
    bool m_atEnd = false;
    bool m_fieldQuoted = false;
    CsvError m_error;
};
