// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

// Tells valid UTF-8 from other text, chunk by chunk, so a large file never has to be held
// in memory; a character cut at a chunk's end continues in the next chunk. Rejects what
// decoders would have to repair: overlong forms, surrogates, code points above U+10FFFF.
class Utf8Validator
{
public:
    // False as soon as the bytes so far cannot be UTF-8.
    bool feed(const char *data, qsizetype size);
    // True when everything fed was valid and no character is left unfinished.
    bool isComplete() const { return m_valid && m_pending == 0; }
    bool isValid() const { return m_valid; }
    // Whether any byte above 0x7F was seen (pure ASCII is valid in both encodings).
    bool sawNonAscii() const { return m_nonAscii; }

    static bool isValid(const char *data, qsizetype size);

private:
    int m_pending = 0;        // continuation bytes still expected
    unsigned char m_low = 0x80;  // allowed range of the next continuation byte
    unsigned char m_high = 0xBF;
    bool m_valid = true;
    bool m_nonAscii = false;
};
