// SPDX-License-Identifier: EUPL-1.2
#include "entityrowsource.h"

#include "database.h"
#include "derivedvalues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

EntityRowSource::EntityRowSource(Database &database, EntityQuery &query)
    : m_database(database)
    , m_query(query)
    , m_referenceDate(QDate::currentDate())
{
}

bool EntityRowSource::sortsInMemory() const
{
    return !m_query.sortsInDatabase();
}

QList<QVariantList> EntityRowSource::load(const SqlFragment &sql) const
{
    QList<QVariantList> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql.sql)) {
        qWarning("EntityTableModel: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("EntityTableModel: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    const int width = m_query.rowWidth();
    while (query.next()) {
        QVariantList row;
        row.reserve(width + m_query.columns().size());
        for (int i = 0; i < width; ++i)
            row << query.value(i);
        rows << row;
    }
    DerivedValues::append(m_database, m_query, rows, m_referenceDate);
    return rows;
}

QList<qint64> EntityRowSource::queryIds(const SqlFragment &sql) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql.sql)) {
        qWarning("EntityTableModel: %s", qPrintable(query.lastError().text()));
        return ids;
    }
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("EntityTableModel: %s", qPrintable(query.lastError().text()));
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<QVariantList> EntityRowSource::loadIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    const QList<QVariantList> rows = load(m_query.selectByIds(ids));
    QHash<qint64, int> position;
    for (int i = 0; i < rows.size(); ++i)
        position.insert(rows.at(i).at(EntityQuery::IdIndex).toLongLong(), i);
    QList<QVariantList> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = position.constFind(id);
        if (it != position.constEnd())
            ordered << rows.at(*it);
    }
    return ordered;
}

const QVariantList *EntityRowSource::row(int row)
{
    return m_cache.row(row, [this](int offset, int limit) {
        return loadIds(m_idsKnown ? m_orderedIds.mid(offset, limit)
                                  : queryIds(m_query.selectPageIds(offset, limit, m_denseSearch)));
    });
}

const QVariantList *EntityRowSource::loadedRow(int row) const
{
    return m_cache.cachedRow(row);
}

void EntityRowSource::loadAllSorted()
{
    QList<QVariantList> rows = load(m_query.selectAllMatching());
    const int key = derivedIndex(m_query.sortColumn());
    const bool ascending = m_query.sortOrder() == Qt::AscendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [key, ascending](const QVariantList &a, const QVariantList &b) {
        const QDate x = a.at(key).toDate();
        const QDate y = b.at(key).toDate();
        const qint64 idA = a.at(EntityQuery::IdIndex).toLongLong();
        const qint64 idB = b.at(EntityQuery::IdIndex).toLongLong();
        if (x == y)
            return ascending ? idA < idB : idA > idB;
        // Contracts without a date come first ascending, as NULLs do in the database.
        if (!x.isValid() || !y.isValid())
            return ascending ? !x.isValid() : !y.isValid();
        return ascending ? x < y : x > y;
    });
    for (const QVariantList &row : std::as_const(rows))
        m_orderedIds << row.at(EntityQuery::IdIndex).toLongLong();
    m_idsKnown = true;
    for (int offset = 0; offset < rows.size(); offset += m_cache.pageSize())
        m_cache.row(offset, [&rows](int first, int limit) { return rows.mid(first, limit); });
}

int EntityRowSource::count(bool estimateAllowed)
{
    m_cache.clear();
    m_orderedIds.clear();
    m_idsKnown = false;
    m_denseSearch = false;
    m_estimate = false;
    m_query.invalidate();
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_query.entity().table)) && query.next())
        m_unfilteredCount = query.value(0).toLongLong();
    if (sortsInMemory()) {
        loadAllSorted();
        return int(m_orderedIds.size());
    }
    // A search first takes a cheap look: a few thousand matches are kept as an ordered list
    // of ids (one pass over the table, then paging costs nothing); more are counted.
    const std::optional<Narrowing> previous = std::exchange(m_narrowing, std::nullopt);
    if (m_query.hasSearch()) {
        // Typing on narrows the last few matches down, without reading the table again.
        if (previous && previous->filters == m_query.filters() && previous->columns == m_query.searchColumns()
            && m_query.searchNarrows(previous->searchText, m_query.searchText())) {
            m_orderedIds = previous->ids.isEmpty() ? previous->ids : queryIds(m_query.orderIds(previous->ids, true));
            m_idsKnown = true;
            m_narrowing = Narrowing{m_query.searchText(), m_query.filters(), m_query.searchColumns(), m_orderedIds};
            return int(m_orderedIds.size());
        }
        const QList<qint64> ids = queryIds(m_query.matchingIds(SmallResult + 1));
        if (ids.size() <= SmallResult) {
            m_orderedIds = ids.isEmpty() ? ids : queryIds(m_query.orderIds(ids));
            m_idsKnown = true;
            m_narrowing = Narrowing{m_query.searchText(), m_query.filters(), m_query.searchColumns(), m_orderedIds};
            return int(m_orderedIds.size());
        }
        const int estimate = estimateFromProbe(ids);
        m_denseSearch = estimate >= m_unfilteredCount / 2;
        if (!m_denseSearch)
            return firstPageAndCount();
        // Most rows match: the index gives the first page at once; the count takes a pass.
        if (estimateAllowed) {
            m_estimate = true;
            return estimate;
        }
    }
    return exactCount();
}

int EntityRowSource::firstPageAndCount()
{
    const SqlFragment sql = m_query.firstPageIdsWithCount(m_cache.pageSize());
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql.sql);
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("EntityTableModel: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    QList<qint64> ids;
    int count = 0;
    while (query.next()) {
        ids << query.value(0).toLongLong();
        count = query.value(1).toInt();
    }
    const QList<QVariantList> rows = loadIds(ids);
    m_cache.row(0, [&rows](int, int) { return rows; });
    return count;
}

int EntityRowSource::exactCount() const
{
    const SqlFragment count = m_query.count();
    QSqlQuery query(m_database.connection());
    query.prepare(count.sql);
    for (const QVariant &value : count.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("EntityTableModel: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toInt();
}

int EntityRowSource::estimateFromProbe(const QList<qint64> &probe) const
{
    // The probe read the table in storage order until it had its matches; as many matches
    // as it found in the rows it read, so many in the rest.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id <= ?").arg(m_query.entity().table));
    query.addBindValue(probe.last());
    const qint64 read = query.exec() && query.next() ? std::max<qint64>(1, query.value(0).toLongLong()) : 1;
    return int(std::clamp<qint64>(probe.size() * m_unfilteredCount / read, probe.size(), m_unfilteredCount));
}

int EntityRowSource::loadedRowOfId(qint64 id) const
{
    if (m_idsKnown)
        return int(m_orderedIds.indexOf(id));
    return m_cache.findCached(EntityQuery::IdIndex, id);
}

int EntityRowSource::rowOfId(qint64 id) const
{
    if (m_idsKnown)
        return int(m_orderedIds.indexOf(id));
    const int cached = m_cache.findCached(EntityQuery::IdIndex, id);
    if (cached >= 0)
        return cached;
    auto single = [this](const SqlFragment &sql, bool *found) {
        QSqlQuery query(m_database.connection());
        query.prepare(sql.sql);
        for (const QVariant &value : sql.values)
            query.addBindValue(value);
        *found = query.exec() && query.next();
        return *found ? query.value(0) : QVariant();
    };
    bool found = false;
    single(m_query.matches(id), &found);
    if (!found)
        return -1;
    const QVariant key = single(m_query.sortKeyOf(id), &found);
    if (!found)
        return -1;
    const int row = single(m_query.countBefore(key, id), &found).toInt();
    return found ? row : -1;
}
