// SPDX-License-Identifier: EUPL-1.2
#include "entityquery.h"

#include "entitycatalog.h"
#include "enumcatalog.h"
#include "searchcondition.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
QString referenceAlias(int fieldIndex)
{
    return QStringLiteral("r%1").arg(fieldIndex);
}

bool isIdentifier(const QString &expression)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(expression).hasMatch();
}

// A record's name through the join of its reference (or a subquery for a complex expression).
QString referenceName(const FieldSpec &field, int fieldIndex)
{
    const EntitySpec &target = EntityCatalog::spec(*field.reference);
    if (target.displayExpression.isEmpty())
        return QStringLiteral("CAST(t.%1 AS TEXT)").arg(field.column);
    if (isIdentifier(target.displayExpression))
        return referenceAlias(fieldIndex) + QLatin1Char('.') + target.displayExpression;
    return QStringLiteral("(SELECT %1 FROM %2 WHERE id = t.%3)")
        .arg(target.displayExpression, target.table, field.column);
}
} // namespace

EntityQuery::EntityQuery(const EntitySpec &entity, Database::Engine engine)
    : m_entity(entity)
    , m_engine(engine)
    , m_columns(TableColumn::forEntity(entity))
    , m_filters(TableFilter::forEntity(entity))
{
    for (int i = 0; i < m_columns.size(); ++i)
        m_searchColumns << i;
    const int natural = entity.fieldIndex(entity.naturalKey);
    m_sortColumn = natural >= 0 ? natural : 0;
}

void EntityQuery::setSearchColumns(const QList<int> &columns)
{
    invalidate();
    m_searchColumns.clear();
    for (int column : columns) {
        if (column >= 0 && column < m_columns.size())
            m_searchColumns << column;
    }
}

QList<int> EntityQuery::searchColumns() const
{
    return m_searchColumns;
}

void EntityQuery::setFilter(const QString &key, const QVariant &value)
{
    invalidate();
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        m_filterValues.remove(key);
    else
        m_filterValues.insert(key, value);
}

void EntityQuery::setSort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < m_columns.size())
        m_sortColumn = column;
    m_sortOrder = order;
}

bool EntityQuery::sortsInDatabase() const
{
    return m_columns.at(m_sortColumn).sortsInDatabase();
}

int EntityQuery::referenceNameIndex(int fieldIndex) const
{
    int index = 2 + int(m_entity.fields.size());
    for (int i = 0; i < m_entity.fields.size(); ++i) {
        if (m_entity.fields.at(i).kind != FieldKind::ForeignKey)
            continue;
        if (i == fieldIndex)
            return index;
        ++index;
    }
    return -1;
}

QString EntityQuery::idList(const QList<qint64> &ids)
{
    // Record ids this program read from the database are written as numbers, not bound:
    // binding thousands of values costs the SQLite driver time that grows with their square.
    if (ids.isEmpty())
        return QStringLiteral("NULL");
    QString list;
    list.reserve(int(ids.size()) * 7);
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    return list;
}

int EntityQuery::rowWidth() const
{
    int width = 2 + int(m_entity.fields.size());
    for (const FieldSpec &field : m_entity.fields) {
        if (field.kind == FieldKind::ForeignKey)
            ++width;
    }
    return width;
}

QString EntityQuery::selectList() const
{
    QStringList items{QStringLiteral("t.id"), QStringLiteral("t.row_version")};
    for (const FieldSpec &field : m_entity.fields)
        items << QStringLiteral("t.") + field.column;
    for (int i = 0; i < m_entity.fields.size(); ++i) {
        if (m_entity.fields.at(i).kind == FieldKind::ForeignKey)
            items << referenceName(m_entity.fields.at(i), i);
    }
    return items.join(QStringLiteral(", "));
}

QString EntityQuery::fromWithJoins() const
{
    QString from = QStringLiteral("%1 t").arg(m_entity.table);
    for (int i = 0; i < m_entity.fields.size(); ++i) {
        const FieldSpec &field = m_entity.fields.at(i);
        if (field.kind != FieldKind::ForeignKey)
            continue;
        const EntitySpec &target = EntityCatalog::spec(*field.reference);
        if (isIdentifier(target.displayExpression))
            from += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = t.%3")
                        .arg(target.table, referenceAlias(i), field.column);
    }
    return from;
}

QString EntityQuery::fromForSort() const
{
    QString from = QStringLiteral("%1 t").arg(m_entity.table);
    const TableColumn &column = m_columns.at(m_sortColumn);
    const FieldSpec *field = column.field(m_entity);
    if (field && field->kind == FieldKind::ForeignKey) {
        const EntitySpec &target = EntityCatalog::spec(*field->reference);
        if (isIdentifier(target.displayExpression))
            from += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = t.%3")
                        .arg(target.table, referenceAlias(column.fieldIndex), field->column);
    }
    return from;
}

QString EntityQuery::columnSortExpression(const TableColumn &column) const
{
    if (const FieldSpec *field = column.field(m_entity)) {
        if (field->kind == FieldKind::ForeignKey)
            return referenceName(*field, column.fieldIndex);
        if (field->kind != FieldKind::Enum)
            return QStringLiteral("t.") + field->column;
        // Enumerations sort by the label people read, not by the stored code.
        QList<EnumEntry> entries = EnumCatalog::entries(*field->enumKind);
        std::sort(entries.begin(), entries.end(), [](const EnumEntry &a, const EnumEntry &b) {
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
        QString expression = QStringLiteral("CASE t.") + field->column;
        for (int i = 0; i < entries.size(); ++i) {
            QString code = entries.at(i).code;
            code.replace(QLatin1Char('\''), QStringLiteral("''"));
            expression += QStringLiteral(" WHEN '%1' THEN %2").arg(code).arg(i);
        }
        return expression + QStringLiteral(" END");
    }
    switch (column.derived) {
    case DerivedColumn::AllocationRemaining:
        return QStringLiteral("(t.allocated_cents - t.spent_cents)");
    case DerivedColumn::AllocationShareSpent:
        return QStringLiteral("CASE WHEN t.allocated_cents = 0 THEN 0 ELSE t.spent_cents * 1.0 / t.allocated_cents END");
    case DerivedColumn::ContractSchools:
        return QStringLiteral("(SELECT COUNT(*) FROM contract_school cs WHERE cs.contract_id = t.id)");
    default:
        return QStringLiteral("t.id");
    }
}

QString EntityQuery::sortExpression() const
{
    return columnSortExpression(m_columns.at(m_sortColumn));
}

QString EntityQuery::orderBy(bool withoutIndex) const
{
    // NULLs first when ascending is SQLite's own order, so its indexes serve the sort;
    // PostgreSQL is told the same explicitly.
    QString expression = sortExpression();
    static const QRegularExpression column(QStringLiteral("^t\\.[a-z0-9_]+$"));
    if (withoutIndex && m_engine == Database::Engine::SQLite && column.match(expression).hasMatch())
        expression.prepend(QLatin1Char('+')); // SQLite's way to keep an index out of the plan
    if (m_sortOrder == Qt::AscendingOrder)
        return QStringLiteral(" ORDER BY %1 ASC NULLS FIRST, t.id ASC").arg(expression);
    return QStringLiteral(" ORDER BY %1 DESC NULLS LAST, t.id DESC").arg(expression);
}

SqlFragment EntityQuery::where() const
{
    if (m_where)
        return *m_where;
    SqlFragment condition;
    for (const TableFilter &filter : m_filters) {
        if (m_filterValues.contains(filter.key))
            condition.append({filter.condition(), {m_filterValues.value(filter.key)}}, QStringLiteral(" AND "));
    }
    QList<TableColumn> searched;
    for (int column : m_searchColumns)
        searched << m_columns.at(column);
    condition.append(SearchCondition(m_entity, m_engine, m_lookup).build(m_searchText, searched), QStringLiteral(" AND "));
    if (!condition.isEmpty())
        condition.sql.prepend(QStringLiteral(" WHERE "));
    m_where = condition;
    return condition;
}

SqlFragment EntityQuery::count() const
{
    SqlFragment query{QStringLiteral("SELECT COUNT(*) FROM %1 t").arg(m_entity.table), {}};
    return query.append(where(), QString());
}

SqlFragment EntityQuery::selectPageIds(int offset, int limit, bool walkIndex) const
{
    SqlFragment query{QStringLiteral("SELECT t.id FROM %1").arg(fromForSort()), {}};
    query.append(where(), QString());
    // Matches of a search may gather anywhere in the column's order; one pass and a sort
    // costs the same wherever they are.
    query.sql += orderBy(hasSearch() && !walkIndex) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    return query;
}

SqlFragment EntityQuery::firstPageIdsWithCount(int limit) const
{
    SqlFragment query{QStringLiteral("SELECT t.id, COUNT(*) OVER () FROM %1").arg(fromForSort()), {}};
    query.append(where(), QString());
    query.sql += orderBy(true) + QStringLiteral(" LIMIT %1").arg(limit);
    return query;
}

SqlFragment EntityQuery::matchingIds(int limit) const
{
    SqlFragment query{QStringLiteral("SELECT t.id FROM %1 t").arg(m_entity.table), {}};
    query.append(where(), QString());
    query.sql += QStringLiteral(" LIMIT %1").arg(limit);
    return query;
}

SqlFragment EntityQuery::orderIds(const QList<qint64> &ids, bool matching) const
{
    SqlFragment query{QStringLiteral("SELECT t.id FROM %1 WHERE t.id IN (%2)").arg(fromForSort(), idList(ids)), {}};
    if (matching) {
        SqlFragment condition = where();
        if (!condition.isEmpty())
            condition.sql.replace(0, 7, QStringLiteral(" AND "));
        query.append(condition, QString());
    }
    query.sql += orderBy(true);
    return query;
}

bool EntityQuery::searchNarrows(const QString &shorter, const QString &longer) const
{
    QList<TableColumn> searched;
    for (int column : m_searchColumns)
        searched << m_columns.at(column);
    return SearchCondition(m_entity, m_engine).narrows(shorter, longer, searched);
}

SqlFragment EntityQuery::selectByIds(const QList<qint64> &ids) const
{
    return {QStringLiteral("SELECT %1 FROM %2 WHERE t.id IN (%3)").arg(selectList(), fromWithJoins(), idList(ids)), {}};
}

SqlFragment EntityQuery::selectAllMatching() const
{
    SqlFragment query{QStringLiteral("SELECT %1 FROM %2").arg(selectList(), fromWithJoins()), {}};
    return query.append(where(), QString());
}

SqlFragment EntityQuery::sortKeyOf(qint64 id) const
{
    return {QStringLiteral("SELECT %1 FROM %2 WHERE t.id = ?").arg(sortExpression(), fromForSort()), {id}};
}

SqlFragment EntityQuery::matches(qint64 id) const
{
    SqlFragment query{QStringLiteral("SELECT 1 FROM %1 t WHERE t.id = ?").arg(m_entity.table), {id}};
    SqlFragment condition = where();
    if (!condition.isEmpty())
        condition.sql.replace(0, 7, QStringLiteral(" AND "));
    return query.append(condition, QString());
}

SqlFragment EntityQuery::countBefore(const QVariant &key, qint64 id) const
{
    const QString expression = sortExpression();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    SqlFragment position;
    if (key.isNull()) {
        position.sql = ascending ? QStringLiteral("(%1 IS NULL AND t.id < ?)")
                                 : QStringLiteral("(%1 IS NOT NULL OR t.id > ?)");
        position.sql = position.sql.arg(expression);
        position.values = {id};
    } else {
        position.sql = ascending ? QStringLiteral("(%1 IS NULL OR %1 < ? OR (%1 = ? AND t.id < ?))")
                                 : QStringLiteral("(%1 > ? OR (%1 = ? AND t.id > ?))");
        position.sql = position.sql.arg(expression);
        position.values = {key, key, id};
    }
    SqlFragment query{QStringLiteral("SELECT COUNT(*) FROM %1").arg(fromForSort()), {}};
    SqlFragment condition = where();
    if (condition.isEmpty())
        condition.sql = QStringLiteral(" WHERE ");
    else
        condition.sql += QStringLiteral(" AND ");
    condition.append(position, QString());
    return query.append(condition, QString());
}
