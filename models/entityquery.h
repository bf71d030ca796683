// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "database.h"
#include "sqlfragment.h"
#include "tablecolumn.h"
#include "tablefilter.h"

#include <QVariantMap>

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

    void setSearchText(const QString &text) { m_searchText = text; }
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
    int rowWidth() const; // number of values selectPage gives per row

    SqlFragment where() const;
    SqlFragment count() const;
    SqlFragment selectPage(int offset, int limit) const;
    SqlFragment selectByIds(const QList<qint64> &ids) const;
    // Every matching row, unordered: for orders computed in C++ (contracts are few).
    SqlFragment selectAllMatching() const;
    // The value the table is sorted by for one record, and how many rows come before it.
    SqlFragment sortKeyOf(qint64 id) const;
    // One row (SELECT 1) if the record passes the search and filters.
    SqlFragment matches(qint64 id) const;
    SqlFragment countBefore(const QVariant &key, qint64 id) const;

private:
    QString selectList() const;
    QString fromWithJoins() const;
    QString sortExpression() const;
    QString columnSortExpression(const TableColumn &column) const;
    QString orderBy() const;

    const EntitySpec &m_entity;
    Database::Engine m_engine;
    QList<TableColumn> m_columns;
    QList<TableFilter> m_filters;
    QList<int> m_searchColumns;
    QString m_searchText;
    QVariantMap m_filterValues;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
