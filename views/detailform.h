// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QWidget>

class AuditLogModel;
class Database;
class EntityTableModel;
class FormDelegate;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QListView;
class RecordTableView;
class SchoolChecklist;

// The selected record as a form next to its table (QDataWidgetMapper on the same model, with
// the table's delegates), each refused value's reason under its field, the computed values,
// the covered schools of a contract, and the record's history from the audit log.
class DetailForm : public QWidget
{
    Q_OBJECT
public:
    DetailForm(RecordTableView *view, Database &database, QWidget *parent = nullptr);

    // The row to show; an invalid index empties the form.
    void setCurrentIndex(const QModelIndex &index);
    int currentRow() const;
    QWidget *editorFor(const QString &column) const;
    QString messageFor(const QString &column) const;
    AuditLogModel *history() const { return m_history; }
    SchoolChecklist *schoolChecklist() const { return m_schools; }

signals:
    void failed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildFields(RecordTableView *view, QFormLayout *form);
    void updateComputedAndMessages();
    void showRefusal(const QModelIndex &index, const QString &message);

    EntityTableModel *m_model;
    QDataWidgetMapper *m_mapper;
    FormDelegate *m_delegate;
    QLabel *m_title;
    QFormLayout *m_fieldsLayout = nullptr;
    int m_widestLabel = 0; // of the fields' labels, in pixels
    QWidget *m_body = nullptr;         // fields and history
    QLabel *m_noRecordHint = nullptr; // in their place while no record is current
    QLabel *m_noHistory = nullptr;    // in place of an empty history
    QHash<int, QWidget *> m_editors;
    QHash<int, QLabel *> m_messages;
    QHash<int, QLabel *> m_computed;
    SchoolChecklist *m_schools = nullptr;
    AuditLogModel *m_history;
    QListView *m_historyView;
    qint64 m_recordId = 0;
};
