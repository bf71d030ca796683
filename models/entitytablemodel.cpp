// SPDX-License-Identifier: EUPL-1.2
#include "entitytablemodel.h"

#include "changenotifier.h"
#include "derivedvalues.h"
#include "entitycatalog.h"
#include "fieldtext.h"
#include "recordeditor.h"

#include <QBrush>
#include <QColor>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = !a.isValid() || a.isNull() || a.toString().isEmpty();
    const bool bEmpty = !b.isValid() || b.isNull() || b.toString().isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
}

const QColor kRefusedBackground(0xf8, 0xd7, 0xda);
const QColor kAttentionBackground(0xff, 0xe8, 0xb0);
} // namespace

EntityTableModel::EntityTableModel(RecordEditor &editor, const EntitySpec &entity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_query(entity, editor.database().engine())
    , m_referenceDate(QDate::currentDate())
{
    // The tables whose changes this table shows: its own, the names of what it refers to.
    QStringList watched{entity.table};
    for (const FieldSpec &field : entity.fields) {
        if (field.kind == FieldKind::ForeignKey)
            watched << EntityCatalog::spec(*field.reference).table;
    }
    if (entity.kind == EntityKind::SupportContract)
        watched << QStringLiteral("contract_school") << QStringLiteral("school");
    connect(editor.database().notifier(), &ChangeNotifier::tableChanged, this, [this, watched](const QString &table) {
        if (watched.contains(table))
            refresh();
    });
    m_rowCount = countRows();
}

EntityTableModel::~EntityTableModel() = default;

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_query.columns().size());
}

int EntityTableModel::columnOf(const QString &fieldColumn) const
{
    const int field = entity().fieldIndex(fieldColumn);
    for (int i = 0; i < m_query.columns().size() && field >= 0; ++i) {
        if (m_query.columns().at(i).fieldIndex == field)
            return i;
    }
    return -1;
}

QList<QVariantList> EntityTableModel::load(const SqlFragment &sql) const
{
    QList<QVariantList> rows;
    QSqlQuery query(m_editor.database().connection());
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
    DerivedValues::append(m_editor.database(), m_query, rows, m_referenceDate);
    return rows;
}

const QVariantList *EntityTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    if (sortsInMemory())
        return row < m_allRows.size() ? &m_allRows.at(row) : nullptr;
    return m_cache.row(row, [this](int offset, int limit) { return load(m_query.selectPage(offset, limit)); });
}

void EntityTableModel::loadAllSorted()
{
    m_allRows = load(m_query.selectAllMatching());
    const int key = derivedIndex(m_query.sortColumn());
    const bool ascending = m_query.sortOrder() == Qt::AscendingOrder;
    std::stable_sort(m_allRows.begin(), m_allRows.end(), [key, ascending](const QVariantList &a, const QVariantList &b) {
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
}

int EntityTableModel::countRows()
{
    m_cache.clear();
    m_allRows.clear();
    QSqlQuery query(m_editor.database().connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(entity().table)) && query.next())
        m_unfilteredCount = query.value(0).toLongLong();
    if (sortsInMemory()) {
        loadAllSorted();
        return int(m_allRows.size());
    }
    // The first page is needed anyway; when it is not full it is the whole answer, which
    // saves a second pass over a large table for a narrow search.
    const QList<QVariantList> first = load(m_query.selectPage(0, m_cache.pageSize()));
    if (first.size() < m_cache.pageSize()) {
        m_cache.row(0, [&first](int, int) { return first; });
        return int(first.size());
    }
    const SqlFragment count = m_query.count();
    query.prepare(count.sql);
    for (const QVariant &value : count.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("EntityTableModel: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    m_cache.row(0, [&first](int, int) { return first; });
    return query.value(0).toInt();
}

void EntityTableModel::reset()
{
    beginResetModel();
    m_rowCount = countRows();
    endResetModel();
    emit countsChanged();
}

void EntityTableModel::refresh()
{
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : persistent) {
        const QVariantList *row = sortsInMemory() ? rowAt(index.row()) : m_cache.cachedRow(index.row());
        ids << (row ? row->at(EntityQuery::IdIndex).toLongLong() : 0);
    }
    const int before = m_rowCount;
    const qint64 unfilteredBefore = m_unfilteredCount;
    const int after = countRows();
    if (after != before) {
        beginResetModel();
        m_rowCount = after;
        endResetModel();
        emit countsChanged();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QModelIndexList moved;
    for (int i = 0; i < persistent.size(); ++i) {
        const QModelIndex &old = persistent.at(i);
        const int row = ids.at(i) == 0 ? old.row() : rowOfId(ids.at(i));
        moved << (row < 0 ? QModelIndex() : index(row, old.column()));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
    if (unfilteredBefore != m_unfilteredCount)
        emit countsChanged();
}

void EntityTableModel::setSearchText(const QString &text)
{
    if (text == m_query.searchText())
        return;
    m_query.setSearchText(text);
    reset();
}

void EntityTableModel::setSearchColumns(const QList<int> &columns)
{
    if (columns == m_query.searchColumns())
        return;
    m_query.setSearchColumns(columns);
    if (!m_query.searchText().trimmed().isEmpty())
        reset();
}

void EntityTableModel::setFilter(const QString &key, const QVariant &value)
{
    const QVariantMap before = m_query.filters();
    m_query.setFilter(key, value);
    if (before != m_query.filters())
        reset();
}

void EntityTableModel::setReferenceDate(const QDate &date)
{
    m_referenceDate = date;
    reset();
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_query.setSort(column, order);
    reset();
}

qint64 EntityTableModel::recordId(int row) const
{
    const QVariantList *values = rowAt(row);
    return values ? values->at(EntityQuery::IdIndex).toLongLong() : 0;
}

int EntityTableModel::rowOfId(qint64 id) const
{
    if (sortsInMemory()) {
        for (int i = 0; i < m_allRows.size(); ++i) {
            if (m_allRows.at(i).at(EntityQuery::IdIndex).toLongLong() == id)
                return i;
        }
        return -1;
    }
    const int cached = m_cache.findCached(EntityQuery::IdIndex, id);
    if (cached >= 0)
        return cached;
    auto single = [this](const SqlFragment &sql, bool *found) {
        QSqlQuery query(m_editor.database().connection());
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
    return found && row < m_rowCount ? row : -1;
}

QVariant EntityTableModel::storedValue(const QVariantList &row, int column) const
{
    const TableColumn &tableColumn = m_query.columns().at(column);
    if (tableColumn.isField())
        return row.at(m_query.fieldValueIndex(tableColumn.fieldIndex));
    return row.at(derivedIndex(column));
}

QVariant EntityTableModel::displayValue(const QVariantList &row, int column, const Pending *pending) const
{
    const TableColumn &tableColumn = m_query.columns().at(column);
    const FieldSpec *field = tableColumn.field(entity());
    if (!field)
        return FieldText::display(tableColumn.kind, row.at(derivedIndex(column)));
    if (pending) {
        // Refused input is shown as typed when it is not a value of the field's kind.
        const QVariant value = pending->value;
        if (field->kind == FieldKind::ForeignKey && value.metaType().id() == QMetaType::QString)
            return value;
        return FieldText::display(*field, value, value == storedValue(row, column)
                                                     ? row.value(m_query.referenceNameIndex(tableColumn.fieldIndex)).toString()
                                                     : QString());
    }
    const int nameIndex = m_query.referenceNameIndex(tableColumn.fieldIndex);
    return FieldText::display(*field, storedValue(row, column), nameIndex < 0 ? QString() : row.at(nameIndex).toString());
}

bool EntityTableModel::needsAttention(const QVariantList &row) const
{
    for (int column = 0; column < m_query.columns().size(); ++column) {
        if (m_query.columns().at(column).derived != DerivedColumn::ContractNextCancel)
            continue;
        const QDate day = row.at(derivedIndex(column)).toDate();
        return day.isValid() && m_referenceDate.daysTo(day) >= 0 && m_referenceDate.daysTo(day) <= AttentionDays;
    }
    return false;
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    const TableColumn &tableColumn = m_query.columns().at(column);
    const qint64 id = row->at(EntityQuery::IdIndex).toLongLong();
    const auto pendingIt = m_pending.constFind({id, column});
    const Pending *pending = pendingIt == m_pending.constEnd() ? nullptr : &*pendingIt;

    switch (role) {
    case Qt::DisplayRole:
        if (tableColumn.kind == FieldKind::Bool && !pending)
            return {};
        return displayValue(*row, column, pending);
    case TextRole:
        return displayValue(*row, column, pending);
    case Qt::EditRole:
        return pending ? pending->value : storedValue(*row, column);
    case StoredValueRole:
        return storedValue(*row, column);
    case RecordIdRole:
        return id;
    case ValidationMessageRole:
        return pending ? pending->message : QString();
    case AttentionRole:
        return needsAttention(*row);
    case Qt::CheckStateRole:
        if (tableColumn.kind != FieldKind::Bool || !tableColumn.isField())
            return {};
        return (pending ? pending->value : storedValue(*row, column)).toInt() != 0 ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        if (tableColumn.kind == FieldKind::Money || tableColumn.kind == FieldKind::Integer
            || tableColumn.kind == FieldKind::Decimal || tableColumn.kind == FieldKind::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (pending)
            return QBrush(kRefusedBackground);
        if (needsAttention(*row))
            return QBrush(kAttentionBackground);
        return {};
    case Qt::ForegroundRole:
        // Light backgrounds keep dark text readable in a dark desktop theme too.
        if (pending || needsAttention(*row))
            return QBrush(Qt::black);
        return {};
    case Qt::ToolTipRole: {
        if (pending)
            return pending->message;
        if (tableColumn.derived == DerivedColumn::ContractNextCancel) {
            const QDate day = storedValue(*row, column).toDate();
            if (day.isValid())
                return tr("Last day to cancel in %n day(s)", nullptr, int(m_referenceDate.daysTo(day)));
            return tr("No further cancellation date: the contract ends without renewal.");
        }
        const QString text = displayValue(*row, column, nullptr).toString();
        return text.size() > 30 ? text : QVariant();
    }
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const TableColumn &column = m_query.columns().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.label(entity());
    case Qt::ToolTipRole: {
        const FieldSpec *field = column.field(entity());
        if (field && field->required)
            return tr("%1 (required)").arg(column.label(entity()));
        return column.label(entity());
    }
    case ColumnNameRole: {
        const FieldSpec *field = column.field(entity());
        return field ? field->column : QString();
    }
    default:
        return {};
    }
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const TableColumn &column = m_query.columns().at(index.column());
    if (!column.isField())
        return flags;
    if (column.kind == FieldKind::Bool)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TableColumn &column = m_query.columns().at(index.column());
    const FieldSpec *field = column.field(entity());
    if (!field)
        return false;
    QVariant input = value;
    if (role == Qt::CheckStateRole && field->kind == FieldKind::Bool)
        input = value.toInt() == Qt::Checked ? 1 : 0;
    else if (role != Qt::EditRole)
        return false;
    const QVariantList *row = rowAt(index.row());
    if (!row)
        return false;
    const qint64 id = row->at(EntityQuery::IdIndex).toLongLong();
    const CellKey key{id, index.column()};
    const QModelIndex first = index.siblingAtColumn(0);
    const QModelIndex last = index.siblingAtColumn(columnCount() - 1);
    if (sameValue(storedValue(*row, index.column()), input)) {
        if (m_pending.remove(key) > 0)
            emit dataChanged(first, last);
        return true;
    }
    const int version = row->at(EntityQuery::VersionIndex).toInt();
    // The refused input goes before saving, so the refresh after a save shows the new value.
    m_pending.remove(key);
    const RecordStore::Result result = m_editor.update(entity(), id, {{field->column, input}}, version);
    if (result.ok())
        return true;
    m_pending.insert(key, Pending{input, result.message()});
    // Someone else's newer values are read in; the typed value waits to be saved again.
    if (result.error.kind == DatabaseError::Kind::Conflict)
        refresh();
    emit dataChanged(first, last);
    emit validationFailed(index, result.message());
    return false;
}

void EntityTableModel::discardPendingInput(const QModelIndex &index)
{
    if (m_pending.remove({recordId(index.row()), index.column()}) > 0)
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
}
