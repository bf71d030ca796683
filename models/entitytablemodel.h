// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityquery.h"
#include "entityrowsource.h"
#include "recordstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <functional>
#include <optional>

class EditConflict;
class RecordEditor;

// The editable table of one entity (devices, schools, contracts ...), configured by its
// EntitySpec. Search, filters and sort run in SQL; rows arrive a page at a time, so
// 100,000 devices open as fast as 10. Edits go through RecordEditor (one undo step each,
// validated, audited); a refused edit keeps the typed value in its cell with the reason
// (ValidationMessageRole), to be corrected. The model follows every committed change.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // qint64 id of the row's record
        StoredValueRole,                 // the stored value, ignoring refused input
        ValidationMessageRole,           // why the last input in this cell was refused
        TextRole,                        // the value as text for copying and export
        AttentionRole,                   // bool: a deadline within AttentionDays
        ColumnNameRole,                  // header: the field's column ("" when computed)
    };
    static constexpr int AttentionDays = 90;
    static constexpr int SmallResult = EntityRowSource::SmallResult;

    EntityTableModel(RecordEditor &editor, const EntitySpec &entity, QObject *parent = nullptr);
    ~EntityTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const EntitySpec &entity() const { return m_query.entity(); }
    // The SQL behind what the table shows (search, filters, sort), e.g. for an export of it.
    const EntityQuery &query() const { return m_query; }
    RecordEditor &editor() const { return m_editor; }
    const TableColumn &tableColumn(int column) const { return m_query.columns().at(column); }
    int columnOf(const QString &fieldColumn) const; // -1 if the entity has no such field
    const QList<TableFilter> &availableFilters() const { return m_query.availableFilters(); }
    int sortColumn() const { return m_query.sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.searchText(); }
    void setSearchColumns(const QList<int> &columns);
    void setFilter(const QString &key, const QVariant &value);
    QVariant filter(const QString &key) const { return m_query.filters().value(key); }
    QVariantMap filters() const { return m_query.filters(); }
    // "Today" for the contract deadlines; the current date unless a test says otherwise.
    void setReferenceDate(const QDate &date);

    qint64 recordId(int row) const; // 0 past the end
    int rowOfId(qint64 id) const;   // -1 when the record is not in the table
    // The same without asking the database: -1 also when the row is not loaded yet.
    int loadedRowOfId(qint64 id) const;

    // For a screen: a search with many matches shows its first rows at once, from an
    // estimated row count, and counts all matches exactly in the next turn of the event
    // loop (countsChanged). Off by default: the count is exact when a setter returns.
    void setDeferredCounting(bool deferred) { m_deferredCounting = deferred; }
    bool isCounting() const { return m_countPending; }
    qint64 unfilteredCount() const { return m_rows.unfilteredCount(); }

    // Forgets refused input in a cell (Escape), showing the stored value again.
    void discardPendingInput(const QModelIndex &index);

public slots:
    // Re-reads the rows after a change; rows keep their place where they can.
    void refresh();

signals:
    void validationFailed(const QModelIndex &index, const QString &message);
    // A save met a record someone else changed since it was read; the typed value stays
    // pending and the newer values are shown.
    void editConflicted(const EditConflict &conflict);
    void countsChanged();

private:
    struct Pending
    {
        QVariant value;
        QString message;
    };
    using CellKey = QPair<qint64, int>;

    const QVariantList *rowAt(int row) const;
    int countRows(bool mayDefer = false);
    void finishCount(int generation);
    void reset(const std::function<void()> &change = {});
    QVariant storedValue(const QVariantList &row, int column) const;
    QVariant displayValue(const QVariantList &row, int column, const Pending *pending) const;
    bool needsAttention(const QVariantList &row) const;

    RecordEditor &m_editor;
    EntityQuery m_query;
    mutable EntityRowSource m_rows; // loads pages while the views read rows
    QHash<CellKey, Pending> m_pending;
    int m_rowCount = 0;
    bool m_deferredCounting = false;
    bool m_countPending = false;
    int m_countGeneration = 0;
};
