// SPDX-License-Identifier: EUPL-1.2
#include "csvsource.h"

#include "csvsniffer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvSource", text);
}
} // namespace

CsvSource::CsvSource() = default;
CsvSource::~CsvSource() = default;

CsvError CsvSource::open(const QString &path, qint64 maximumSize)
{
    m_fileName = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.exists())
        return CsvError::make(CsvError::Kind::CannotOpen, m_fileName,
                              tr("The file \"%1\" does not exist.").arg(path));
    if (info.isDir())
        return CsvError::make(CsvError::Kind::CannotOpen, m_fileName,
                              tr("\"%1\" is a folder, not a CSV file.").arg(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return CsvError::make(CsvError::Kind::CannotOpen, m_fileName,
                              tr("\"%1\" cannot be opened: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    if (m_size > maximumSize) {
        const QLocale locale;
        return CsvError::make(CsvError::Kind::TooLarge, m_fileName,
                              tr("\"%1\" is %2 large; an import reads at most %3. Please split the "
                                 "file or check that it is the right one.")
                                  .arg(m_fileName, locale.formattedDataSize(m_size),
                                       locale.formattedDataSize(maximumSize)));
    }
    const CsvSniffer::Result sniffed = CsvSniffer::sniff(m_file, m_fileName);
    if (sniffed.error)
        return sniffed.error;
    m_format = sniffed.format;
    m_dataOffset = sniffed.dataOffset;
    if (!m_file.seek(sniffed.dataOffset))
        return CsvError::make(CsvError::Kind::ReadFailed, m_fileName,
                              tr("\"%1\" cannot be read.").arg(m_fileName));
    m_reader = std::make_unique<CsvReader>(m_file, m_format, m_fileName, sniffed.firstLine);
    if (!m_reader->next(m_header)) {
        if (m_reader->error())
            return m_reader->error();
        return CsvError::make(CsvError::Kind::Empty, m_fileName,
                              tr("\"%1\" holds no header line.").arg(m_fileName));
    }
    return {};
}

bool CsvSource::next(CsvRecord &record)
{
    return m_reader && m_reader->next(record);
}

const CsvError &CsvSource::error() const
{
    static const CsvError none;
    return m_reader ? m_reader->error() : none;
}

qint64 CsvSource::position() const
{
    return m_reader ? m_dataOffset + m_reader->bytesConsumed() : 0;
}

CsvSource::Preview CsvSource::preview(const QString &path, int rows, qint64 maximumSize)
{
    Preview result;
    CsvSource source;
    result.error = source.open(path, maximumSize);
    if (result.error)
        return result;
    result.format = source.format();
    result.header = source.header();
    CsvRecord record;
    while (result.rows.size() < rows && source.next(record))
        result.rows << record.fields;
    result.error = source.error();
    return result;
}
