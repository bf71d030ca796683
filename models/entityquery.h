// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "database.h"
#include "searchcondition.h"
#include "sqlfragment.h"
#include "tablecolumn.h"
#include "tablefilter.h"

#include <QVariantMap>

#include <optional>

// The SQL behind an entity table: which rows (search and filters), in which order, one page
// at a time. The database filters and sorts with its indexes, so a table of 100,000 devices
// never travels through C++ as a whole. Table and column names come from the catalog only.
class EntityQuery
{
public:
    EntityQuery(const EntitySpec &entity, Database::Engine engine);

    const EntitySpec &entity() const { return m_entity; }
    const QList<TableColumn> &columns() const { return m_columns; }
    const QList<TableFilter> &availableFilters() const { return m_filters; }

    void setSearchText(const QString &text)
    {
        m_searchText = text;
        invalidate();
    }
    bool hasSearch() const { return !SearchCondition::terms(m_searchText).isEmpty(); }
    // Finds referenced records by name before a search (see SearchCondition).
    void setReferenceLookup(SearchCondition::ReferenceLookup lookup)
    {
        m_lookup = std::move(lookup);
        invalidate();
    }
    // The search condition is built once per change; the referenced records it found may
    // have changed when the database did.
    void invalidate() { m_where.reset(); }
    QString searchText() const { return m_searchText; }
    // Columns the search looks in (the visible ones); all by default.
    void setSearchColumns(const QList<int> &columns);
    QList<int> searchColumns() const;
    // An invalid or null value removes the filter.
    void setFilter(const QString &key, const QVariant &value);
    QVariantMap filters() const { return m_filterValues; }

    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool sortsInDatabase() const;

    // Layout of a selected row: id, row_version, every field, every referenced record's name.
    static constexpr int IdIndex = 0;
    static constexpr int VersionIndex = 1;
    int fieldValueIndex(int fieldIndex) const { return 2 + fieldIndex; }
    int referenceNameIndex(int fieldIndex) const; // -1 unless the field is a reference
    int rowWidth() const; // number of values selectByIds gives per row

    SqlFragment where() const;
    SqlFragment count() const;
    // The ids of one page in order: a narrow query, so sorting and skipping rows moves ids,
    // not whole rows; the rows themselves come by selectByIds.
    // walkIndex: for a search most rows match, so walking the column's index finds a page
    // at once; otherwise the matches are found in one pass and sorted.
    SqlFragment selectPageIds(int offset, int limit, bool walkIndex = false) const;
    // The first page's ids, each with the number of all matches: a search's count and first
    // screen in one pass.
    SqlFragment firstPageIdsWithCount(int limit) const;
    // Up to `limit` matching ids in no particular order (a search's first, cheap look).
    SqlFragment matchingIds(int limit) const;
    // The given ids in the table's order; with matching, only those the search and filters find.
    SqlFragment orderIds(const QList<qint64> &ids, bool matching = false) const;
    // Whether the search `longer` finds only records the search `shorter` found.
    bool searchNarrows(const QString &shorter, const QString &longer) const;
    SqlFragment selectByIds(const QList<qint64> &ids) const;
    // Every matching row, unordered: for orders computed in C++ (contracts are few).
    SqlFragment selectAllMatching() const;
    // The value the table is sorted by for one record, and how many rows come before it.
    SqlFragment sortKeyOf(qint64 id) const;
    // One row (SELECT 1) if the record passes the search and filters.
    SqlFragment matches(qint64 id) const;
    SqlFragment countBefore(const QVariant &key, qint64 id) const;

private:
    static QString idList(const QList<qint64> &ids);
    QString selectList() const;
    QString fromWithJoins() const;
    QString fromForSort() const; // only the join the sort needs
    QString sortExpression() const;
    QString columnSortExpression(const TableColumn &column) const;
    // withoutIndex: SQLite orders a few known rows or a search's matches faster by sorting
    // them than by walking the column's index over the whole table.
    QString orderBy(bool withoutIndex = false) const;

    const EntitySpec &m_entity;
    Database::Engine m_engine;
    QList<TableColumn> m_columns;
    QList<TableFilter> m_filters;
    QList<int> m_searchColumns;
    QString m_searchText;
    SearchCondition::ReferenceLookup m_lookup;
    mutable std::optional<SqlFragment> m_where;
    QVariantMap m_filterValues;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
