// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "recordpage.h"

#include "entityspec.h"

#include <functional>

class DetailForm;
class EditConflict;
class EntityTableModel;
class FilterBar;
class MessageBar;
class QSplitter;
class RecordEditor;
class RecordTableView;

// The page of one entity, the same for devices, schools, contracts and every other table:
// search and filters, the table, a message line for refusals, and the detail form with the
// record's history. Row operations ask before deleting and say why a record must stay.
class EntityPage : public RecordPage
{
    Q_OBJECT
public:
    EntityPage(RecordEditor &editor, const EntitySpec &entity, QWidget *parent = nullptr);

    EntityTableModel *model() const { return m_model; }
    RecordTableView *view() const { return m_view; }
    DetailForm *form() const { return m_form; }
    FilterBar *filterBar() const { return m_filters; }
    MessageBar *messageBar() const { return m_messages; }

    // Asks before deleting; a test may answer instead of a person.
    using Confirmation = std::function<bool(const QString &question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    bool hasDetails() const override { return true; }
    void setDetailsVisible(bool visible) override;
    bool detailsVisible() const override;

    // Makes the record current, setting search and filters back when they hide it; false
    // when the record does not exist (any more).
    bool showRecord(qint64 id);

    bool isEditable() const override { return true; }
    bool hasSelection() const override;
    void addRecord() override;
    void duplicateSelection() override;
    void deleteSelection() override;
    void copySelection() override;
    void paste() override;
    void focusSearch() override;
    QString statusText() const override;
    void fillViewMenu(QMenu *menu) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

private:
    QVariantMap contextForNewRecords() const;
    // Whether a field of the current record holds a value the database refused.
    bool currentRecordHasRefusal() const;
    void selectNew(const QList<qint64> &ids);
    void resolveConflict(const EditConflict &conflict);
    void rememberCurrent();
    void restoreCurrent();
    void showColumnMenu(const QPoint &position);
    void updateSearchColumns();

    RecordEditor &m_editor;
    EntityTableModel *m_model;
    RecordTableView *m_view;
    FilterBar *m_filters;
    MessageBar *m_messages;
    DetailForm *m_form;
    QSplitter *m_splitter;
    Confirmation m_confirm;
    qint64 m_currentId = 0;
    int m_currentColumn = -1;
    // What the table showed before a reset, to tell a sort from a new search.
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_searchText;
    QVariantMap m_filterValues;
};
