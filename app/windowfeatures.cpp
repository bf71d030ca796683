// SPDX-License-Identifier: EUPL-1.2
#include "windowfeatures.h"

#include "dashboardwidget.h"
#include "database.h"
#include "entitycatalog.h"
#include "entitypage.h"
#include "exportdialog.h"
#include "exportrequest.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "report/reportactions.h"
#include "standardscompliancewidget.h"
#include "systemsoverviewwidget.h"

#include <QCoreApplication>
#include <QMenu>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WindowFeatures", text);
}

void addDataMenu(MainWindow &window)
{
    QMenu *data = window.addMenu(tr("&Data"));
    QMenu *import = data->addMenu(tr("&Import CSV"));
    QMenu *exportMenu = data->addMenu(tr("&Export"));
    for (const EntitySpec &entity : EntityCatalog::all()) {
        const EntityKind kind = entity.kind;
        QAction *importAction = import->addAction(entity.plural() + QStringLiteral("…"));
        QObject::connect(importAction, &QAction::triggered, &window, [&window, kind] {
            ImportDialog::run(&window, window.database(), EntityCatalog::spec(kind));
        });
        QAction *exportAction = exportMenu->addAction(entity.plural() + QStringLiteral("…"));
        QObject::connect(exportAction, &QAction::triggered, &window, [&window, kind] {
            ExportDialog::exportTable(&window, window.database(), ExportRequest::wholeTable(kind));
        });
    }
}

void addReportActions(MainWindow &window)
{
    auto *report = new ReportActions(window.database(), &window);
    QMenu *file = window.menu(MainWindow::Menu::File);
    QAction *first = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    QMenu *reportMenu = new QMenu(tr("Committee &report"), file);
    reportMenu->addActions(report->actions());
    file->insertMenu(first, reportMenu);
}

} // namespace

namespace WindowFeatures {

void install(MainWindow &window)
{
    auto *dashboard = new DashboardWidget(window.database());
    window.addPage(tr("Dashboard"), dashboard, 0);
    QObject::connect(dashboard, &DashboardWidget::contractActivated, &window, [&window](qint64) {
        if (EntityPage *contracts = window.entityPage(EntityKind::SupportContract))
            window.showPage(contracts);
    });
    window.addPage(tr("Systems inventory"), new SystemsOverviewWidget(window.database()));
    window.addPage(tr("Minimum standards"), new StandardsComplianceWidget(window.database()));
    addDataMenu(window);
    addReportActions(window);
    window.showPage(dashboard);
}

} // namespace WindowFeatures
