// SPDX-License-Identifier: EUPL-1.2
#include "utf8validator.h"

#include <cstring>

bool Utf8Validator::feed(const char *data, qsizetype size)
{
    if (!m_valid)
        return false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        if (m_pending == 0) {
            // Runs of ASCII are the common case: check eight bytes at a time.
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, bytes + i, 8);
                if (word & Q_UINT64_C(0x8080808080808080))
                    break;
                i += 8;
            }
            if (i >= size)
                break;
            const unsigned char c = bytes[i++];
            if (c < 0x80)
                continue;
            m_nonAscii = true;
            m_low = 0x80;
            m_high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                m_pending = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                m_pending = 2;
                if (c == 0xE0)
                    m_low = 0xA0; // overlong
                else if (c == 0xED)
                    m_high = 0x9F; // surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                m_pending = 3;
                if (c == 0xF0)
                    m_low = 0x90;
                else if (c == 0xF4)
                    m_high = 0x8F;
            } else {
                m_valid = false;
                return false;
            }
        } else {
            const unsigned char c = bytes[i++];
            if (c < m_low || c > m_high) {
                m_valid = false;
                return false;
            }
            m_low = 0x80;
            m_high = 0xBF;
            --m_pending;
        }
    }
    return true;
}

bool Utf8Validator::isValid(const char *data, qsizetype size)
{
    Utf8Validator validator;
    validator.feed(data, size);
    return validator.isComplete();
}
