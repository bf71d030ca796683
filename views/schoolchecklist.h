// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class RecordEditor;
class ReferenceListModel;

// The schools a support contract covers: every school with a tick box, a search to find
// one among some 75, and each tick saved at once as an undoable change.
class SchoolChecklist : public QWidget
{
    Q_OBJECT
public:
    SchoolChecklist(RecordEditor &editor, QWidget *parent = nullptr);

    // 0 shows an empty, disabled list.
    void setContract(qint64 contractId);
    QList<qint64> checkedSchools() const;
    QListWidget *list() const { return m_list; }

signals:
    void failed(const QString &message);

private:
    void reload();
    void filter(const QString &text);
    void save(QListWidgetItem *item);
    void updateSummary();

    RecordEditor &m_editor;
    ReferenceListModel *m_schools;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_summary;
    qint64 m_contractId = 0;
    bool m_loading = false;
    bool m_saving = false;
};
