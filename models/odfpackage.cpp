// SPDX-License-Identifier: EUPL-1.2
#include "odfpackage.h"

#include <QDateTime>
#include <QPair>
#include <QtEndian>

#include <algorithm>
#include <limits>

#include <zlib.h>

namespace {
constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr int LocalHeaderSize = 30;
constexpr int CentralHeaderSize = 46;
constexpr int EndSize = 22;
constexpr quint16 Stored = 0;
constexpr quint16 Deflated = 8;
constexpr quint16 Encrypted = 0x0001;
constexpr quint16 Utf8Names = 0x0800;
constexpr quint16 VersionNeeded = 20;
// Raw deflate streams without zlib header, as ZIP stores them.
constexpr int RawDeflate = -15;
const QString MimetypeName = QStringLiteral("mimetype");

quint16 u16(const char *at)
{
    return qFromLittleEndian<quint16>(at);
}

quint32 u32(const char *at)
{
    return qFromLittleEndian<quint32>(at);
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// What the local header and the central directory both say of an entry, in the same order.
struct HeaderFields
{
    quint16 flags = 0;
    quint16 method = Stored;
    quint16 time = 0;
    quint16 date = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint16 nameLength = 0;
};

void putHeaderFields(QByteArray &out, const HeaderFields &fields)
{
    put16(out, VersionNeeded);
    put16(out, fields.flags);
    put16(out, fields.method);
    put16(out, fields.time);
    put16(out, fields.date);
    put32(out, fields.crc);
    put32(out, fields.compressedSize);
    put32(out, fields.size);
    put16(out, fields.nameLength);
    put16(out, 0); // no extra field
}

quint32 crc(const QByteArray &data)
{
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

bool inflateRaw(const char *data, qsizetype size, qsizetype expected, QByteArray &out)
{
    z_stream stream{};
    if (inflateInit2(&stream, RawDeflate) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    stream.avail_in = uInt(size);
    // One spare byte: a stream that would produce more than announced shows up as not ended.
    QByteArray spare(expected + 1, Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(spare.data());
    stream.avail_out = uInt(spare.size());
    const int result = inflate(&stream, Z_FINISH);
    const bool ok = result == Z_STREAM_END && qsizetype(stream.total_out) == expected;
    inflateEnd(&stream);
    if (ok)
        out = spare.left(expected);
    return ok;
}

bool deflateRaw(const QByteArray &data, QByteArray &out)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, RawDeflate, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const bool ok = deflate(&stream, Z_FINISH) == Z_STREAM_END;
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return ok;
}

// MS-DOS date and time, as ZIP stores them: two seconds resolution, years from 1980.
QPair<quint16, quint16> dosDateTime(const QDateTime &when)
{
    const QDate date = when.date();
    const QTime time = when.time();
    if (!when.isValid() || date.year() < 1980 || date.year() > 2107)
        return {quint16((1 << 5) | 1), 0};
    const auto dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    const auto dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    return {dosDate, dosTime};
}
} // namespace

bool OdfPackage::read(const QByteArray &zip)
{
    m_entries.clear();
    m_error.clear();
    const char *base = zip.constData();
    const qsizetype size = zip.size();
    // The end record sits in the last 22 bytes plus a comment of at most 64 KB.
    qsizetype end = -1;
    for (qsizetype at = size - EndSize; at >= 0 && at >= size - EndSize - 0xffff; --at) {
        if (u32(base + at) == EndSignature) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        m_error = tr("The file is not a ZIP archive.");
        return false;
    }
    const QString damaged = tr("The ZIP archive is damaged.");
    QList<Entry> entries;
    const QString unsupported =
        tr("The ZIP archive uses something this program cannot read (encryption, ZIP64 or another compression).");
    const quint16 count = u16(base + end + 10);
    const quint32 directorySize = u32(base + end + 12);
    const quint32 directoryOffset = u32(base + end + 16);
    if (directoryOffset == 0xffffffff || count == 0xffff) {
        m_error = unsupported;
        return false;
    }
    if (qsizetype(directoryOffset) + qsizetype(directorySize) > end) {
        m_error = damaged;
        return false;
    }
    qsizetype at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > end || u32(base + at) != CentralHeaderSignature) {
            m_error = damaged;
            return false;
        }
        const quint16 flags = u16(base + at + 8);
        const quint16 method = u16(base + at + 10);
        const quint32 expectedCrc = u32(base + at + 16);
        const quint32 compressedSize = u32(base + at + 20);
        const quint32 size32 = u32(base + at + 24);
        const quint16 nameLength = u16(base + at + 28);
        const quint16 extraLength = u16(base + at + 30);
        const quint16 commentLength = u16(base + at + 32);
        const quint32 localOffset = u32(base + at + 42);
        if (at + CentralHeaderSize + nameLength > end) {
            m_error = damaged;
            return false;
        }
        const QByteArray rawName(base + at + CentralHeaderSize, nameLength);
        at += CentralHeaderSize + nameLength + extraLength + commentLength;
        if ((flags & Encrypted) || (method != Stored && method != Deflated) || compressedSize == 0xffffffff
            || size32 == 0xffffffff || localOffset == 0xffffffff) {
            m_error = unsupported;
            return false;
        }
        // The sizes come from the central directory: the local header may defer them to a
        // data descriptor after the data.
        const qsizetype local = localOffset;
        if (local + LocalHeaderSize > size || u32(base + local) != LocalHeaderSignature) {
            m_error = damaged;
            return false;
        }
        const qsizetype dataStart = local + LocalHeaderSize + u16(base + local + 26) + u16(base + local + 28);
        if (dataStart + qsizetype(compressedSize) > size) {
            m_error = damaged;
            return false;
        }
        Entry entry;
        entry.name = (flags & Utf8Names) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        entry.compressed = method == Deflated;
        if (method == Stored) {
            if (compressedSize != size32) {
                m_error = damaged;
                return false;
            }
            entry.data = QByteArray(base + dataStart, compressedSize);
        } else if (!inflateRaw(base + dataStart, compressedSize, size32, entry.data)) {
            m_error = damaged;
            return false;
        }
        if (crc(entry.data) != expectedCrc) {
            m_error = damaged;
            return false;
        }
        entries.append(entry);
    }
    m_entries = entries;
    return true;
}

QByteArray OdfPackage::write()
{
    m_error.clear();
    QList<Entry> ordered;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.name == MimetypeName)
            ordered.prepend({entry.name, entry.data, false});
        else
            ordered.append(entry);
    }
    const auto [dosDate, dosTime] = dosDateTime(QDateTime::currentDateTime());
    const QString tooLarge = tr("The document is too large for a ZIP archive.");
    if (ordered.size() >= 0xffff) {
        m_error = tooLarge;
        return {};
    }
    QByteArray out;
    QByteArray directory;
    for (const Entry &entry : std::as_const(ordered)) {
        const QByteArray name = entry.name.toUtf8();
        constexpr qint64 limit = std::numeric_limits<quint32>::max();
        if (entry.data.size() >= limit || name.size() > 0xffff) {
            m_error = tooLarge;
            return {};
        }
        QByteArray stored;
        // Small files can grow when deflated; they are stored instead.
        bool deflated = entry.compressed && !entry.data.isEmpty();
        if (deflated) {
            if (!deflateRaw(entry.data, stored)) {
                m_error = tr("\"%1\" could not be compressed.").arg(entry.name);
                return {};
            }
            if (stored.size() >= entry.data.size())
                deflated = false;
        }
        if (!deflated)
            stored = entry.data;
        if (out.size() + LocalHeaderSize + name.size() + stored.size() >= limit) {
            m_error = tooLarge;
            return {};
        }
        const quint16 method = deflated ? Deflated : Stored;
        const bool ascii = std::all_of(name.cbegin(), name.cend(), [](char c) { return uchar(c) < 0x80; });
        const quint16 flags = ascii ? 0 : Utf8Names;
        const quint32 checksum = crc(entry.data);
        const auto offset = quint32(out.size());

        const HeaderFields fields{flags, method, dosTime, dosDate, checksum, quint32(stored.size()),
                                  quint32(entry.data.size()), quint16(name.size())};
        put32(out, LocalHeaderSignature);
        putHeaderFields(out, fields);
        out.append(name);
        out.append(stored);

        put32(directory, CentralHeaderSignature);
        put16(directory, VersionNeeded); // "made by": the same version, no particular system
        putHeaderFields(directory, fields);
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory.append(name);
    }
    if (out.size() + qint64(directory.size()) + EndSize >= std::numeric_limits<quint32>::max()) {
        m_error = tooLarge;
        return {};
    }
    const auto directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, EndSignature);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the directory
    put16(out, quint16(ordered.size()));
    put16(out, quint16(ordered.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0); // comment
    return out;
}

bool OdfPackage::contains(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return true;
    }
    return false;
}

QByteArray OdfPackage::file(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return entry.data;
    }
    return {};
}

void OdfPackage::setFile(const QString &name, const QByteArray &data, bool compressed)
{
    for (Entry &entry : m_entries) {
        if (entry.name == name) {
            entry.data = data;
            entry.compressed = compressed;
            return;
        }
    }
    m_entries.append({name, data, compressed});
}
