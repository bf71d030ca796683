// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityquery.h"
#include "rowpagecache.h"

#include <QDate>
#include <QList>
#include <QVariantList>

#include <optional>

class Database;

// Which rows an entity table shows, how many, and their values a page at a time, by the
// cheapest way the query allows: without a search the sort's index pages the ids; a
// search first takes up to SmallResult + 1 matching ids in one look, keeps a few
// thousand as an ordered list (and narrows that list as the user types on), counts a
// middling number with its first page in one pass, and leaves the count of a search most
// rows match to be done later, returning an estimate. Contracts sorted by a computed date
// are loaded and ordered in C++ (there are few).
class EntityRowSource
{
public:
    // Up to this many search results are kept as a list of ids instead of being counted.
    static constexpr int SmallResult = 5000;

    EntityRowSource(Database &database, EntityQuery &query);

    // "Today" for the contract deadlines.
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    QDate referenceDate() const { return m_referenceDate; }

    // How many rows the query gives now; forgets the rows loaded so far. With estimateAllowed
    // a search most rows match returns an estimate (isEstimate()); exactCount() follows.
    int count(bool estimateAllowed);
    bool isEstimate() const { return m_estimate; }
    int exactCount() const;
    qint64 unfilteredCount() const { return m_unfilteredCount; }
    // The records changed: the last matches no longer bound the next search.
    void forgetNarrowing() { m_narrowing.reset(); }

    // A row's values: EntityQuery's layout, then one per table column (derived values).
    const QVariantList *row(int row);
    const QVariantList *loadedRow(int row) const;
    int derivedIndex(int column) const { return m_query.rowWidth() + column; }
    int loadedRowOfId(qint64 id) const; // without asking the database
    int rowOfId(qint64 id) const;       // -1 when the record does not match
    QList<qint64> queryIds(const SqlFragment &sql) const;

private:
    struct Narrowing
    {
        QString searchText;
        QVariantMap filters;
        QList<int> columns;
        QList<qint64> ids;
    };

    bool sortsInMemory() const;
    QList<QVariantList> load(const SqlFragment &sql) const;
    QList<QVariantList> loadIds(const QList<qint64> &ids) const; // in the given order
    void loadAllSorted();
    int firstPageAndCount();
    int estimateFromProbe(const QList<qint64> &probe) const;

    Database &m_database;
    EntityQuery &m_query;
    RowPageCache m_cache;
    QDate m_referenceDate;
    // The rows' ids in order when they are few: a narrow search, or a sort computed in C++.
    QList<qint64> m_orderedIds;
    bool m_idsKnown = false;
    bool m_denseSearch = false; // most rows match the search
    bool m_estimate = false;
    qint64 m_unfilteredCount = 0;
    std::optional<Narrowing> m_narrowing;
};
