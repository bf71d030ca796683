// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTableView>

class Database;
class EntityTableModel;
class FieldDelegate;

// The one table view of every entity: a delegate per column from the field's kind, sort by
// clicking a title, columns to move and hide, and spreadsheet keys: Tab through cells, F2
// or typing to edit, Del to delete rows, Ctrl+C / Ctrl+V for cells. Row heights are fixed,
// so 100,000 rows scroll without measuring them.
class RecordTableView : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Installs the model and one delegate per stored field.
    void setEntityModel(EntityTableModel *model, Database &database);
    EntityTableModel *entityModel() const { return m_model; }
    FieldDelegate *columnDelegate(int column) const;

    // Rows with a selected cell (or the current row), in order.
    QList<int> selectedRows() const;
    // The shown columns from `logicalColumn` on, in the order they appear.
    QList<int> visibleColumnsFrom(int logicalColumn) const;
    QList<int> visibleColumns() const;
    // The selected cells as tab-separated text, as spreadsheets take it.
    QString selectionAsText() const;
    // Makes the record's row current (in `column`, or the current column) and shows it.
    bool selectRecord(qint64 id, int column = -1);
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    // What an empty table says in its middle: nothing matches, or nothing is there yet.
    QString emptyText() const;
    // Widths for a first start: as wide as a column's title and its first rows' values (an
    // enumeration: its longest label), at most MaxDefaultWidth.
    void applyDefaultColumnWidths();
    static constexpr int SampleRows = 60;
    // The widths are someone's (a restored layout): no default widths on first showing.
    void keepColumnWidths();
    static constexpr int MaxDefaultWidth = 340;

signals:
    void deleteRequested();
    void pasteRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    EntityTableModel *m_model = nullptr;
    bool m_defaultWidthsPending = false;
    QList<FieldDelegate *> m_delegates;
};
