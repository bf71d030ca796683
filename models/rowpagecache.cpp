// SPDX-License-Identifier: EUPL-1.2
#include "rowpagecache.h"

RowPageCache::RowPageCache(int pageSize, int maxPages)
    : m_pageSize(pageSize)
    , m_maxPages(maxPages)
{
}

const QVariantList *RowPageCache::row(int row, const Loader &load)
{
    if (row < 0)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= m_maxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, load(page * m_pageSize, m_pageSize));
        m_recent.append(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const QVariantList *RowPageCache::cachedRow(int row) const
{
    if (row < 0)
        return nullptr;
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.constEnd() || row % m_pageSize >= it->size())
        return nullptr;
    return &it->at(row % m_pageSize);
}

int RowPageCache::findCached(int column, const QVariant &value) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).value(column) == value)
                return it.key() * m_pageSize + i;
        }
    }
    return -1;
}

void RowPageCache::clear()
{
    m_pages.clear();
    m_recent.clear();
}
