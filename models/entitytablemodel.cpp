// SPDX-License-Identifier: EUPL-1.2
#include "entitytablemodel.h"

#include "changenotifier.h"
#include "editconflict.h"
#include "entitycatalog.h"
#include "fieldtext.h"
#include "recordeditor.h"

#include <QBrush>
#include <QColor>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <utility>

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
    , m_rows(editor.database(), m_query)
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
    m_query.setReferenceLookup([this](EntityKind target, const SqlFragment &condition) {
        const SqlFragment select{QStringLiteral("SELECT id FROM %1 WHERE %2").arg(EntityCatalog::spec(target).table, condition.sql),
                           condition.values};
        return m_rows.queryIds(select);
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

const QVariantList *EntityTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    return m_rows.row(row);
}

int EntityTableModel::countRows(bool mayDefer)
{
    m_countPending = false;
    ++m_countGeneration;
    const int count = m_rows.count(mayDefer && m_deferredCounting);
    if (m_rows.isEstimate()) {
        // A search most rows match: its first screen now, its exact count a moment later.
        m_countPending = true;
        const int generation = m_countGeneration;
        QTimer::singleShot(0, this, [this, generation] { finishCount(generation); });
    }
    return count;
}

int EntityTableModel::loadedRowOfId(qint64 id) const
{
    return m_rows.loadedRowOfId(id);
}

int EntityTableModel::rowOfId(qint64 id) const
{
    const int row = m_rows.rowOfId(id);
    return row < m_rowCount ? row : -1;
}

void EntityTableModel::finishCount(int generation)
{
    if (generation != m_countGeneration || !m_countPending)
        return;
    m_countPending = false;
    const int exact = m_rows.exactCount();
    if (exact > m_rowCount) {
        beginInsertRows({}, m_rowCount, exact - 1);
        m_rowCount = exact;
        endInsertRows();
    } else if (exact < m_rowCount) {
        beginRemoveRows({}, exact, m_rowCount - 1);
        m_rowCount = exact;
        endRemoveRows();
    }
    emit countsChanged();
}

void EntityTableModel::reset(const std::function<void()> &change)
{
    // Views hear of the reset before anything changes, so they can still ask what was.
    beginResetModel();
    if (change)
        change();
    m_rowCount = countRows(true);
    endResetModel();
    emit countsChanged();
}

void EntityTableModel::refresh()
{
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : persistent) {
        const QVariantList *row = m_rows.loadedRow(index.row());
        ids << (row ? row->at(EntityQuery::IdIndex).toLongLong() : 0);
    }
    const int before = m_rowCount;
    const qint64 unfilteredBefore = m_rows.unfilteredCount();
    m_rows.forgetNarrowing(); // the records changed: a record may match now that did not
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
    if (unfilteredBefore != m_rows.unfilteredCount())
        emit countsChanged();
}

void EntityTableModel::setSearchText(const QString &text)
{
    if (text == m_query.searchText())
        return;
    reset([this, text] { m_query.setSearchText(text); });
}

void EntityTableModel::setSearchColumns(const QList<int> &columns)
{
    if (columns == m_query.searchColumns())
        return;
    if (m_query.searchText().trimmed().isEmpty())
        m_query.setSearchColumns(columns);
    else
        reset([this, columns] { m_query.setSearchColumns(columns); });
}

void EntityTableModel::setFilter(const QString &key, const QVariant &value)
{
    EntityQuery probe = m_query;
    probe.setFilter(key, value);
    if (probe.filters() != m_query.filters())
        reset([this, key, value] { m_query.setFilter(key, value); });
}

void EntityTableModel::setReferenceDate(const QDate &date)
{
    reset([this, date] { m_rows.setReferenceDate(date); });
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    reset([this, column, order] { m_query.setSort(column, order); });
}

qint64 EntityTableModel::recordId(int row) const
{
    const QVariantList *values = rowAt(row);
    return values ? values->at(EntityQuery::IdIndex).toLongLong() : 0;
}

QVariant EntityTableModel::storedValue(const QVariantList &row, int column) const
{
    const TableColumn &tableColumn = m_query.columns().at(column);
    if (tableColumn.isField())
        return row.at(m_query.fieldValueIndex(tableColumn.fieldIndex));
    return row.at(m_rows.derivedIndex(column));
}

QVariant EntityTableModel::displayValue(const QVariantList &row, int column, const Pending *pending) const
{
    const TableColumn &tableColumn = m_query.columns().at(column);
    const FieldSpec *field = tableColumn.field(entity());
    if (!field)
        return FieldText::display(tableColumn.kind, row.at(m_rows.derivedIndex(column)));
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
    const QVariant stored = storedValue(row, column);
    if (field->emptyMeaning && (stored.isNull() || stored.toString().isEmpty()))
        return field->emptyText();
    return FieldText::display(*field, stored, nameIndex < 0 ? QString() : row.at(nameIndex).toString());
}

bool EntityTableModel::needsAttention(const QVariantList &row) const
{
    for (int column = 0; column < m_query.columns().size(); ++column) {
        if (m_query.columns().at(column).derived != DerivedColumn::ContractNextCancel)
            continue;
        const QDate day = row.at(m_rows.derivedIndex(column)).toDate();
        return day.isValid() && m_rows.referenceDate().daysTo(day) >= 0 && m_rows.referenceDate().daysTo(day) <= AttentionDays;
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
                return tr("Last day to cancel in %n day(s)", nullptr, int(m_rows.referenceDate().daysTo(day)));
            return tr("No further cancellation date: the contract ends without renewal.");
        }
        const QString text = displayValue(*row, column, nullptr).toString();
        if (needsAttention(*row)) // why the row is coloured, on every cell of it
            return (text.size() > 30 ? text + QLatin1Char('\n') : QString())
                + tr("Marked: the last day to cancel is at most %n day(s) away.", nullptr, AttentionDays);
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
    std::optional<EditConflict> conflict;
    if (result.error.kind == DatabaseError::Kind::Conflict) {
        // What the user saw, what they typed and what was saved meanwhile, before the
        // newer values are read in; the typed value waits to be saved again.
        QVariantMap loaded;
        for (int column = 0; column < columnCount(); ++column) {
            if (const FieldSpec *shown = m_query.columns().at(column).field(entity()))
                loaded.insert(shown->column, storedValue(*row, column));
        }
        conflict = EditConflict::describe(m_editor.store(), entity(), id, loaded, {{field->column, input}});
        refresh();
    }
    emit dataChanged(first, last);
    emit validationFailed(index, result.message());
    if (conflict)
        emit editConflicted(*conflict);
    return false;
}

void EntityTableModel::discardPendingInput(const QModelIndex &index)
{
    if (m_pending.remove({recordId(index.row()), index.column()}) > 0)
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
}
