// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTimer>
#include <QWidget>

class Database;
class EntityTableModel;
class QComboBox;
class QLineEdit;
class ReferenceCombo;

// Above a table: the search box (filters as you type, across the shown columns) and one
// choice per filter the table offers (authority, school, category, status ...).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(EntityTableModel *model, Database &database, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    void focusSearch();
    // Applies typed text now instead of after the short pause.
    void applySearch();
    // Empties the search and sets every filter back to "All", so every record shows.
    void clear();

private:
    void addFilter(int index, Database &database);
    void setFilter(const QString &key, const QVariant &value);

    EntityTableModel *m_model;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    ReferenceCombo *m_schoolFilter = nullptr;
    QList<QComboBox *> m_filterCombos;
};
