// SPDX-License-Identifier: EUPL-1.2
#include "demorandom.h"

namespace {
// Fixed salts keep the two streams apart for every seed.
constexpr quint64 countySalt = 0x436f756e7479ULL; // "County"
constexpr quint64 deviceSalt = 0x446576696365ULL; // "Device"

quint64 mix(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}
} // namespace

DemoRandom::DemoRandom(quint64 seed)
    : m_state(seed)
{
}

DemoRandom DemoRandom::countyStream(quint32 seed)
{
    return DemoRandom(mix(quint64(seed) ^ countySalt));
}

DemoRandom DemoRandom::deviceStream(quint32 seed)
{
    return DemoRandom(mix(quint64(seed) ^ deviceSalt));
}

quint64 DemoRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix(m_state);
}

int DemoRandom::uniform(int low, int high)
{
    return int(uniform64(low, high));
}

qint64 DemoRandom::uniform64(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    // The bias of the remainder is below 2^-40 for the spans used here.
    return low + qint64(next() % span);
}

bool DemoRandom::chance(int permille)
{
    return uniform(0, 999) < permille;
}

int DemoRandom::weighted(const QList<int> &weights)
{
    qint64 total = 0;
    for (int weight : weights)
        total += weight;
    qint64 ticket = uniform64(0, total - 1);
    for (int i = 0; i < weights.size(); ++i) {
        if (ticket < weights.at(i))
            return i;
        ticket -= weights.at(i);
    }
    return int(weights.size()) - 1;
}
