// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The ZIP container of an OpenDocument file, read into memory and written out again, so a
// package that another writer made can be changed file by file. Writing puts "mimetype"
// first, stored and without extra fields, as ODF asks, so that tools recognise the type
// from the first bytes. Plain ZIP without encryption or ZIP64 (no entry or package of
// 4 GB); stored and deflated entries, checked against their CRC-32 when read.
class OdfPackage
{
    Q_DECLARE_TR_FUNCTIONS(OdfPackage)

public:
    struct Entry
    {
        QString name;      // path inside the package, "/" as separator
        QByteArray data;   // uncompressed bytes
        bool compressed = true; // deflated when written; "mimetype" is always stored
    };

    // Replaces what the package held; false (and errorString(), no entries) when `zip` is
    // no ZIP archive this class can read.
    bool read(const QByteArray &zip);
    // The whole archive; empty (and errorString()) when it cannot be written.
    QByteArray write();
    QString errorString() const { return m_error; }

    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const;
    // The entry's bytes; empty when there is none.
    QByteArray file(const QString &name) const;
    // Replaces the entry's bytes, or adds it at the end.
    void setFile(const QString &name, const QByteArray &data, bool compressed = true);

private:
    QList<Entry> m_entries;
    QString m_error;
};
