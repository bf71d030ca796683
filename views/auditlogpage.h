// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "recordpage.h"

class AuditLogModel;
class Database;
class DateEdit;
class QComboBox;
class QLineEdit;
class QTableView;

// Who changed what: the audit log, newest first, filtered by table, record, user and days.
class AuditLogPage : public RecordPage
{
    Q_OBJECT
public:
    explicit AuditLogPage(Database &database, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    bool hasSelection() const override;
    void copySelection() override;
    void focusSearch() override;
    QString statusText() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

private:
    void applyFilters();
    void refreshUsers();

    AuditLogModel *m_model;
    QTableView *m_view;
    QComboBox *m_table;
    QLineEdit *m_record;
    QComboBox *m_user;
    DateEdit *m_from;
    DateEdit *m_to;
};
