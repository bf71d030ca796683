// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QList>
#include <QVariantList>

#include <functional>

// The few pages of a long result a table has shown lately. A screen shows some 40 rows, so
// a handful of pages of 256 rows each keeps scrolling smooth while a 100,000-row table
// holds only a few thousand rows in memory; the oldest page is dropped first.
class RowPageCache
{
public:
    using Loader = std::function<QList<QVariantList>(int offset, int limit)>;

    explicit RowPageCache(int pageSize = 256, int maxPages = 24);

    int pageSize() const { return m_pageSize; }
    // The row, loading its page when needed; nullptr past the end or when loading failed.
    const QVariantList *row(int row, const Loader &load);
    // The row only if its page is loaded.
    const QVariantList *cachedRow(int row) const;
    // The row whose value at `column` equals `value` among the loaded pages, or -1.
    int findCached(int column, const QVariant &value) const;
    void clear();

private:
    int m_pageSize;
    int m_maxPages;
    QHash<int, QList<QVariantList>> m_pages;
    QList<int> m_recent; // most recently used last
};
