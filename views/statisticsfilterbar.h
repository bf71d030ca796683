// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticsfilter.h"

#include <QWidget>

class CheckListButton;
class Database;
class QComboBox;

// The filters the dashboard and its charts share: school authorities (one, several or
// all), school types, and a year ("as of the end of"). Offers what the database holds and
// refreshes that when authorities, schools or devices change.
class StatisticsFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsFilterBar(Database &database, QWidget *parent = nullptr);

    StatisticsFilter filter() const;
    void setFilter(const StatisticsFilter &filter);

public slots:
    void reloadChoices();

signals:
    void filterChanged(const StatisticsFilter &filter);

private:
    void emitChanged();

    Database &m_database;
    CheckListButton *m_authorities = nullptr;
    CheckListButton *m_schoolTypes = nullptr;
    QComboBox *m_year = nullptr;
    bool m_updating = false;
    StatisticsFilter m_lastEmitted;
};
