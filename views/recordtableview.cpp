// SPDX-License-Identifier: EUPL-1.2
#include "recordtableview.h"

#include "clipboardtable.h"
#include "currentrowdelegate.h"
#include "delegatefactory.h"
#include "entitytablemodel.h"
#include "enumcatalog.h"
#include "fielddelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new CurrentRowDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}


void RecordTableView::setEntityModel(EntityTableModel *model, Database &database)
{
    m_model = model;
    setModel(model);
    // The tint follows the current row.
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, viewport(), qOverload<>(&QWidget::update));
    qDeleteAll(m_delegates);
    m_delegates.clear();
    for (int column = 0; column < model->columnCount(); ++column) {
        const FieldSpec *field = model->tableColumn(column).field(model->entity());
        FieldDelegate *delegate = field ? DelegateFactory::create(*field, database, this) : nullptr;
        m_delegates << delegate;
        if (delegate)
            setItemDelegateForColumn(column, delegate);
    }
    horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    setSortingEnabled(true);
    // Measured when first shown, when the first rows are there, unless a saved layout comes first.
    m_defaultWidthsPending = true;
}

FieldDelegate *RecordTableView::columnDelegate(int column) const
{
    return m_delegates.value(column);
}

void RecordTableView::keepColumnWidths()
{
    m_defaultWidthsPending = false;
}

void RecordTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    if (m_defaultWidthsPending)
        applyDefaultColumnWidths();
}

void RecordTableView::applyDefaultColumnWidths()
{
    m_defaultWidthsPending = false;
    if (!m_model)
        return;
    // Wide enough for the title and for what the first screenful shows (an enumeration: its
    // longest label), within bounds so that one long name does not push the rest away.
    const QFontMetrics header = horizontalHeader()->fontMetrics();
    const QFontMetrics cells = fontMetrics();
    constexpr int Padding = 18;
    const int sampleRows = std::min(m_model->rowCount(), SampleRows);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int content = 0;
        switch (m_model->tableColumn(column).kind) {
        case FieldKind::Date:
            content = cells.horizontalAdvance(QStringLiteral("31.12.2025")) + 28; // room for the calendar button
            break;
        case FieldKind::Money:
            content = cells.horizontalAdvance(QStringLiteral("99.999,99 €")) + Padding;
            break;
        case FieldKind::Integer:
        case FieldKind::Decimal:
        case FieldKind::Percent:
        case FieldKind::Bool:
            content = cells.horizontalAdvance(QStringLiteral("10.000")) + Padding;
            break;
        case FieldKind::Enum:
            if (const FieldSpec *field = m_model->tableColumn(column).field(m_model->entity()); field && field->enumKind) {
                for (const QString &code : EnumCatalog::codes(*field->enumKind))
                    content = std::max(content, cells.horizontalAdvance(EnumCatalog::label(*field->enumKind, code)) + Padding);
            }
            break;
        default:
            content = cells.horizontalAdvance(QLatin1Char('M')) * 8;
            break;
        }
        for (int row = 0; row < sampleRows; ++row)
            content = std::max(content, cells.horizontalAdvance(m_model->index(row, column).data().toString()) + Padding);
        const int title = header.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        setColumnWidth(column, std::clamp(std::max(content, title), 60, MaxDefaultWidth));
    }
}

QString RecordTableView::emptyText() const
{
    if (!m_model || m_model->rowCount() > 0)
        return {};
    const bool narrowed = !m_model->searchText().trimmed().isEmpty() || !m_model->filters().isEmpty();
    return narrowed ? tr("No %1 match the search or the filters.").arg(m_model->entity().plural())
                    : tr("No %1 yet. Add a record with Ctrl+N or import a list (Data menu).").arg(m_model->entity().plural());
}

void RecordTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QString text = emptyText();
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(16, 24, -16, -16), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     text);
}

QList<int> RecordTableView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<int> RecordTableView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QList<int> RecordTableView::visibleColumnsFrom(int logicalColumn) const
{
    QList<int> columns = visibleColumns();
    const int start = int(columns.indexOf(logicalColumn));
    return start < 0 ? columns : columns.mid(start);
}

QString RecordTableView::selectionAsText() const
{
    if (!m_model)
        return {};
    QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty() && currentIndex().isValid())
        selected << currentIndex();
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &index : std::as_const(selected)) {
        rows << index.row();
        columns << index.column();
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<int> ordered;
    for (int column : visibleColumns()) {
        if (columns.contains(column))
            ordered << column;
    }
    QList<QStringList> cells;
    for (int row : std::as_const(rows)) {
        QStringList line;
        for (int column : std::as_const(ordered)) {
            const QModelIndex index = m_model->index(row, column);
            line << (selectionModel()->isSelected(index) || index == currentIndex()
                         ? index.data(EntityTableModel::TextRole).toString()
                         : QString());
        }
        cells << line;
    }
    return ClipboardTable::format(cells);
}

bool RecordTableView::selectRecord(qint64 id, int column)
{
    if (!m_model || id <= 0)
        return false;
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    int target = column >= 0 ? column : currentIndex().column();
    if (target < 0 || isColumnHidden(target))
        target = visibleColumns().value(0, 0);
    const QModelIndex index = m_model->index(row, target);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    return true;
}

void RecordTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        QApplication::clipboard()->setText(selectionAsText());
        event->accept();
        return;
    }
    if (event == QKeySequence::Paste) {
        emit pasteRequested();
        event->accept();
        return;
    }
    if (event == QKeySequence::Delete && state() != QAbstractItemView::EditingState) {
        emit deleteRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RecordTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Escape forgets refused input, so the stored value shows again.
    if (hint == QAbstractItemDelegate::RevertModelCache && m_model)
        m_model->discardPendingInput(currentIndex());
    QTableView::closeEditor(editor, hint);
}
