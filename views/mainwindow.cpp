// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "database.h"
#include "entitycatalog.h"

#include <QHeaderView>
#include <QSqlQueryModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setWindowTitle(tr("Schul-IT Koordination"));
    auto *tabs = new QTabWidget(this);
    for (const EntitySpec &entity : EntityCatalog::all()) {
        auto *model = new QSqlQueryModel(this);
        QStringList columns;
        for (const FieldSpec &field : entity.fields)
            columns << field.column;
        model->setQuery(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), entity.table),
                        database.connection());
        for (int i = 0; i < entity.fields.size(); ++i)
            model->setHeaderData(i, Qt::Horizontal, entity.fields.at(i).label());
        auto *view = new QTableView(tabs);
        view->setModel(model);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        tabs->addTab(view, entity.plural());
    }
    setCentralWidget(tabs);
    statusBar()->showMessage(database.location());
    resize(1200, 760);
}
