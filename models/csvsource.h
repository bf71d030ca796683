// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "csverror.h"
#include "csvformat.h"
#include "csvreader.h"

#include <QFile>
#include <QStringList>

#include <memory>

// A CSV file opened for import: checked for size, its format detected, its header read.
// The records after the header follow one by one through next().
class CsvSource
{
public:
    // A device list of a whole county is a few megabytes; anything near this limit is
    // not a list people keep, and every row of an import is held in memory while checked.
    static constexpr qint64 DefaultMaximumSize = qint64(256) * 1024 * 1024;

    CsvSource();
    ~CsvSource();

    CsvError open(const QString &path, qint64 maximumSize = DefaultMaximumSize);

    const CsvFormat &format() const { return m_format; }
    const QStringList &header() const { return m_header.fields; }
    qint64 headerLine() const { return m_header.line; }
    QString fileName() const { return m_fileName; }

    bool next(CsvRecord &record);
    const CsvError &error() const;
    qint64 size() const { return m_size; }
    qint64 position() const;

    // Header and the first rows, for the mapping dialog's preview.
    struct Preview
    {
        CsvError error;
        CsvFormat format;
        QStringList header;
        QList<QStringList> rows;
    };
    static Preview preview(const QString &path, int rows, qint64 maximumSize = DefaultMaximumSize);

private:
    QFile m_file;
    QString m_fileName;
    CsvFormat m_format;
    CsvRecord m_header;
    qint64 m_size = 0;
    qint64 m_dataOffset = 0;
    std::unique_ptr<CsvReader> m_reader;
};
