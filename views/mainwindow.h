// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

private:
    Database &m_database;
};
