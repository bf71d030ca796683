// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QtGlobal>

#include <utility>

// A small, explicit random number generator (SplitMix64) for the demo county: the same
// seed gives the same numbers on every platform and compiler, which the standard
// distributions do not promise. Not for anything that needs to be secret.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // The stream the county (authorities, schools, contracts, programs) is drawn from,
    // and a separate one for the devices, so the device count never changes the county.
    static DemoRandom countyStream(quint32 seed);
    static DemoRandom deviceStream(quint32 seed);

    quint64 next();
    // A whole number from low to high, both included.
    int uniform(int low, int high);
    qint64 uniform64(qint64 low, qint64 high);
    // True in `permille` of 1000 cases.
    bool chance(int permille);
    // An index into weights, chosen in proportion to the weights (all >= 0, sum > 0).
    int weighted(const QList<int> &weights);

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(uniform(0, int(items.size()) - 1));
    }

    template <typename T>
    void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            std::swap(items[i], items[uniform(0, int(i))]);
    }

private:
    quint64 m_state;
};
