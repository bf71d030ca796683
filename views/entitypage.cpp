// SPDX-License-Identifier: EUPL-1.2
#include "entitypage.h"

#include "clipboardtable.h"
#include "conflictdialog.h"
#include "detailform.h"
#include "editconflict.h"
#include "entitytablemodel.h"
#include "filterbar.h"
#include "messagebar.h"
#include "recordeditor.h"
#include "recordtableview.h"
#include "tableedits.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

EntityPage::EntityPage(RecordEditor &editor, const EntitySpec &entity, QWidget *parent)
    : RecordPage(parent)
    , m_editor(editor)
    , m_model(new EntityTableModel(editor, entity, this))
    , m_view(new RecordTableView(this))
    , m_filters(nullptr)
    , m_messages(new MessageBar(this))
    , m_form(nullptr)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("page_") + entity.table);
    m_view->setEntityModel(m_model, editor.database());
    m_model->setDeferredCounting(true);
    m_view->setParent(m_splitter);
    m_filters = new FilterBar(m_model, editor.database(), this);
    m_form = new DetailForm(m_view, editor.database(), m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({860, 440});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filters);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);

    m_confirm = [this](const QString &question) {
        // Buttons that say what they do; Cancel is the default and Escape.
        QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::NoButton, this);
        QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == remove;
    };

    // A committed change or another record clears an old refusal, unless the current record
    // still holds a refused value.
    auto clearAfterChange = [this] {
        if (!currentRecordHasRefusal())
            m_messages->hide();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, clearAfterChange](const QModelIndex &current, const QModelIndex &previous) {
                m_form->setCurrentIndex(current);
                if (current.row() != previous.row())
                    clearAfterChange();
                emit stateChanged();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPage::stateChanged);
    connect(m_model, &EntityTableModel::countsChanged, this, &RecordPage::stateChanged);
    connect(m_model, &EntityTableModel::validationFailed, this, [this](const QModelIndex &, const QString &message) {
        m_messages->showMessage(message);
    });
    connect(m_form, &DetailForm::failed, this, [this](const QString &message) { m_messages->showMessage(message); });
    // Resolved once the edit that met it has finished, outside the delegate's commit.
    connect(m_model, &EntityTableModel::editConflicted, this, [this](const EditConflict &conflict) {
        QTimer::singleShot(0, this, [this, conflict] { resolveConflict(conflict); });
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, clearAfterChange);
    connect(m_model, &QAbstractItemModel::dataChanged, this, clearAfterChange);
    // A reset (search, sort, added or deleted rows) keeps the current record where it can.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &EntityPage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntityPage::restoreCurrent);
    connect(m_view, &RecordTableView::deleteRequested, this, &EntityPage::deleteSelection);
    connect(m_view, &RecordTableView::pasteRequested, this, &EntityPage::paste);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &EntityPage::showColumnMenu);
}

bool EntityPage::currentRecordHasRefusal() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!current.siblingAtColumn(column).data(EntityTableModel::ValidationMessageRole).toString().isEmpty())
            return true;
    }
    return false;
}

bool EntityPage::hasSelection() const
{
    return m_view->currentIndex().isValid();
}

void EntityPage::rememberCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_currentId = current.isValid() ? current.data(EntityTableModel::RecordIdRole).toLongLong() : 0;
    m_currentColumn = current.isValid() ? current.column() : -1;
    m_sortColumn = m_model->sortColumn();
    m_sortOrder = m_model->sortOrder();
    m_searchText = m_model->searchText();
    m_filterValues = m_model->filters();
}

void EntityPage::restoreCurrent()
{
    const bool narrowed = m_searchText != m_model->searchText() || m_filterValues != m_model->filters();
    const bool sorted = m_sortColumn != m_model->sortColumn() || m_sortOrder != m_model->sortOrder();
    const int loaded = m_currentId != 0 ? m_model->loadedRowOfId(m_currentId) : -1;
    const int column = std::max(0, m_currentColumn);
    if (loaded >= 0) {
        m_view->selectRecord(m_currentId, m_currentColumn);
    } else if (narrowed) {
        // A new search shows its matches from the top; the first one fills the form.
        if (m_model->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(0, column), QItemSelectionModel::NoUpdate);
        m_view->scrollToTop();
    } else if (sorted && m_currentId != 0) {
        // The sorted table is painted first; then the record stays current if it is among
        // the rows on screen, else the first row is (no count over 100,000 rows for it).
        const qint64 id = m_currentId;
        QTimer::singleShot(0, this, [this, id, column] {
            if (m_view->currentIndex().isValid())
                return;
            const int row = m_model->loadedRowOfId(id);
            if (row >= 0)
                m_view->selectRecord(id, column);
            else if (m_model->rowCount() > 0)
                m_view->selectionModel()->setCurrentIndex(m_model->index(0, column), QItemSelectionModel::NoUpdate);
        });
    } else if (m_currentId != 0) {
        m_view->selectRecord(m_currentId, m_currentColumn);
    }
    m_form->setCurrentIndex(m_view->currentIndex());
    emit stateChanged();
}

QVariantMap EntityPage::contextForNewRecords() const
{
    // New records go where the user is looking: the filtered school, else the current row's.
    QVariantMap context;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        for (const FieldSpec &field : m_model->entity().fields) {
            if (field.kind == FieldKind::ForeignKey && field.required)
                context.insert(field.column, m_model->index(current.row(), m_model->columnOf(field.column)).data(EntityTableModel::StoredValueRole));
        }
    }
    const QVariantMap filters = m_model->filters();
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        context.insert(it.key(), it.value());
    // With only an authority chosen for a table of schools' records, its first school.
    if (filters.contains(QStringLiteral("authority_id")) && !m_model->entity().field(QStringLiteral("authority_id"))
        && !filters.contains(QStringLiteral("school_id")))
        context.remove(QStringLiteral("school_id"));
    return context;
}

void EntityPage::resolveConflict(const EditConflict &conflict)
{
    // The typed values wait in their cells until the conflict is settled.
    const auto discardTyped = [this, &conflict] {
        for (const EditConflict::Field &field : conflict.fields())
            m_model->discardPendingInput(m_model->index(m_model->rowOfId(conflict.id()), m_model->columnOf(field.column)));
    };
    if (conflict.recordDeleted()) {
        discardTyped();
        m_messages->showMessage(tr("%1 \"%2\" was deleted by someone else in the meantime.")
                                    .arg(conflict.entity().singular(), conflict.recordName()));
        return;
    }
    EditConflict chosen = conflict;
    // Someone else changed other fields only: the user's change goes in beside theirs.
    if (!conflict.conflictingFields().isEmpty()) {
        ConflictDialog dialog(conflict, m_editor.store(), this);
        if (dialog.exec() != QDialog::Accepted) {
            discardTyped(); // Cancel keeps the other person's values
            m_messages->hide();
            return;
        }
        chosen = dialog.conflict();
    }
    const QVariantMap changes = chosen.resolvedChanges();
    const RecordStore::Result result =
        changes.isEmpty() ? RecordStore::Result{} : m_editor.update(conflict.entity(), conflict.id(), changes, chosen.currentVersion());
    if (!result.ok()) {
        m_messages->showMessage(result.message());
        return;
    }
    discardTyped();
    m_messages->hide();
}

bool EntityPage::showRecord(qint64 id)
{
    if (!m_view->selectRecord(id)) {
        m_filters->clear();
        if (!m_view->selectRecord(id))
            return false;
    }
    m_view->setFocus();
    return true;
}

void EntityPage::selectNew(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QList<int> columns = m_view->visibleColumns();
    int column = columns.value(0, 0);
    for (int candidate : columns) {
        if (m_model->flags(m_model->index(0, candidate)) & Qt::ItemIsEditable) {
            column = candidate;
            break;
        }
    }
    if (!m_view->selectRecord(ids.first(), column)) {
        m_messages->showMessage(tr("The new record does not match the search or the filters, so it is not shown."),
                                MessageBar::Kind::Information);
        return;
    }
    m_view->setFocus();
}

void EntityPage::addRecord()
{
    qint64 id = 0;
    const RecordStore::Result result = TableEdits(*m_model).addRecord(contextForNewRecords(), &id);
    if (!result.ok()) {
        m_messages->showMessage(result.message());
        return;
    }
    selectNew({id});
    if (m_view->currentIndex().data(EntityTableModel::RecordIdRole).toLongLong() == id)
        m_view->edit(m_view->currentIndex());
}

void EntityPage::duplicateSelection()
{
    QList<qint64> ids;
    const RecordStore::Result result = TableEdits(*m_model).duplicateRows(m_view->selectedRows(), &ids);
    if (!result.ok()) {
        m_messages->showMessage(result.message());
        return;
    }
    selectNew(ids);
}

void EntityPage::deleteSelection()
{
    const QList<int> rows = m_view->selectedRows();
    // Del in an open cell editor belongs to the editor.
    if (rows.isEmpty() || m_view->isEditing())
        return;
    TableEdits edits(*m_model);
    const QString blocker = edits.deleteBlocker(rows);
    if (!blocker.isEmpty()) {
        m_messages->showMessage(blocker);
        return;
    }
    const QString question = rows.size() == 1
        ? tr("Delete %1 \"%2\"?").arg(m_model->entity().singular(),
                                     m_model->index(rows.first(), m_model->columnOf(m_model->entity().naturalKey.isEmpty()
                                                                                        ? m_model->entity().displayExpression
                                                                                        : m_model->entity().naturalKey))
                                         .data().toString())
        : tr("Delete %1 %2?").arg(QLocale().toString(rows.size()), m_model->entity().plural());
    if (!m_confirm(question + QLatin1Char(' ') + tr("Edit > Undo brings it back.")))
        return;
    const int next = rows.first();
    const RecordStore::Result result = edits.removeRows(rows);
    if (!result.ok()) {
        m_messages->showMessage(result.message());
        return;
    }
    const int column = std::max(0, m_view->currentIndex().column());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(next, m_model->rowCount() - 1), column));
}

void EntityPage::copySelection()
{
    QApplication::clipboard()->setText(m_view->selectionAsText());
}

void EntityPage::paste()
{
    if (m_view->isEditing())
        return;
    const QList<QStringList> cells = ClipboardTable::parse(QApplication::clipboard()->text());
    if (cells.isEmpty())
        return;
    TableEdits edits(*m_model);
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    RecordStore::Result result;
    QList<qint64> newIds;
    if (cells.size() == 1 && cells.first().size() == 1 && selected.size() > 1) {
        result = edits.fill(selected, cells.first().first());
    } else {
        const QModelIndex start = m_view->currentIndex();
        const QList<int> columns = start.isValid() ? m_view->visibleColumnsFrom(start.column()) : m_view->visibleColumns();
        result = edits.paste(start, columns, cells, contextForNewRecords(), &newIds);
    }
    if (!result.ok()) {
        m_messages->showMessage(result.message());
        return;
    }
    if (!newIds.isEmpty()) {
        selectNew(newIds); // first: moving to them clears older messages
        m_messages->showMessage(tr("%n new record(s) added from the pasted rows.", nullptr, int(newIds.size())),
                                MessageBar::Kind::Information);
    }
}

void EntityPage::focusSearch()
{
    m_filters->focusSearch();
}

QString EntityPage::statusText() const
{
    const QLocale locale;
    if (m_model->rowCount() == m_model->unfilteredCount())
        return tr("%1: %2").arg(m_model->entity().plural(), locale.toString(m_model->unfilteredCount()));
    return tr("%1: %2 of %3").arg(m_model->entity().plural(), locale.toString(m_model->rowCount()),
                                  locale.toString(m_model->unfilteredCount()));
}

void EntityPage::setDetailsVisible(bool visible)
{
    m_form->setVisible(visible);
}

bool EntityPage::detailsVisible() const
{
    return !m_form->isHidden();
}

void EntityPage::fillViewMenu(QMenu *menu)
{
    QMenu *columns = menu->addMenu(tr("&Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = columns->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_view->setColumnHidden(column, !shown);
            updateSearchColumns();
        });
    }
    columns->addSeparator();
    connect(columns->addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            m_view->setColumnHidden(column, false);
            m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(column), column);
        }
        m_view->applyDefaultColumnWidths();
        updateSearchColumns();
    });
}

void EntityPage::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    fillViewMenu(&menu);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

void EntityPage::updateSearchColumns()
{
    m_model->setSearchColumns(m_view->visibleColumns());
}

void EntityPage::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("tables/") + m_model->entity().table);
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("columns"), m_model->columnCount());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("details"), detailsVisible());
    settings.endGroup();
}

void EntityPage::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("tables/") + m_model->entity().table);
    QHeaderView *header = m_view->horizontalHeader();
    // A layout saved for other columns (an older version) is not applied.
    if (settings.value(QStringLiteral("columns")).toInt() == m_model->columnCount()
        && header->restoreState(settings.value(QStringLiteral("header")).toByteArray())) {
        m_view->keepColumnWidths();
        if (header->sortIndicatorSection() != m_model->sortColumn() || header->sortIndicatorOrder() != m_model->sortOrder())
            m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    if (settings.contains(QStringLiteral("splitter")))
        m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    setDetailsVisible(settings.value(QStringLiteral("details"), true).toBool());
    settings.endGroup();
    updateSearchColumns();
}
