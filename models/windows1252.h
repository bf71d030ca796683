// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

// Windows-1252, the code page German Excel writes "CSV (Trennzeichen-getrennt)" in.
// Qt's own codecs may lack it without ICU, so the table is here; the five undefined bytes
// keep their Latin-1 meaning, as browsers do.
namespace Windows1252 {
QString decode(const char *data, qsizetype size);
inline QString decode(const QByteArray &bytes)
{
    return decode(bytes.constData(), bytes.size());
}
}
