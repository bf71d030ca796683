// SPDX-License-Identifier: EUPL-1.2
#include "windowfeatures.h"

#include "dashboardwidget.h"
#include "database.h"
#include "entitycatalog.h"
#include "entitypage.h"
#include "exportdialog.h"
#include "entitytablemodel.h"
#include "exportrequest.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "recordtableview.h"
#include "report/reportactions.h"
#include "standardscompliancewidget.h"
#include "systemsoverviewwidget.h"
#include "tableexportrequest.h"

#include <QCoreApplication>
#include <QMenu>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WindowFeatures", text);
}

void addDataMenu(MainWindow &window)
{
    QMenu *data = window.addMenu(QCoreApplication::translate("WindowFeatures", "&Data"));
    QMenu *import = data->addMenu(QCoreApplication::translate("WindowFeatures", "&Import CSV"));
    QMenu *exportMenu = data->addMenu(QCoreApplication::translate("WindowFeatures", "&Export"));
    for (const EntitySpec &entity : EntityCatalog::all()) {
        const EntityKind kind = entity.kind;
        QAction *importAction = import->addAction(entity.plural() + QStringLiteral(" …"));
        QObject::connect(importAction, &QAction::triggered, &window, [&window, kind] {
            ImportDialog::run(&window, window.database(), EntityCatalog::spec(kind));
        });
        QAction *exportAction = exportMenu->addAction(entity.plural() + QStringLiteral(" …"));
        // What the table page shows: its search, filters, sort and visible columns.
        QObject::connect(exportAction, &QAction::triggered, &window, [&window, kind] {
            const EntityPage *page = window.entityPage(kind);
            const ExportRequest request = page ? TableExportRequest::from(page->model()->query(), page->view()->visibleColumns())
                                               : ExportRequest::wholeTable(kind);
            ExportDialog::exportTable(&window, window.database(), request);
        });
    }
}

void addReportActions(MainWindow &window)
{
    auto *report = new ReportActions(window.database(), &window);
    QMenu *file = window.menu(MainWindow::Menu::File);
    QAction *first = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    QMenu *reportMenu = new QMenu(QCoreApplication::translate("WindowFeatures", "Committee &report"), file);
    reportMenu->addActions(report->actions());
    file->insertMenu(first, reportMenu);
}

} // namespace

namespace WindowFeatures {

void install(MainWindow &window)
{
    auto *dashboard = new DashboardWidget(window.database());
    window.addPage(tr("Dashboard"), dashboard, 0);
    QObject::connect(dashboard, &DashboardWidget::contractActivated, &window, [&window](qint64 id) {
        if (EntityPage *contracts = window.entityPage(EntityKind::SupportContract)) {
            window.showPage(contracts);
            contracts->showRecord(id);
        }
    });
        // Under the editable tables of systems and standards whose analysis they show.
    window.addPage(QCoreApplication::translate("WindowFeatures", "Systems in common"), new SystemsOverviewWidget(window.database()), -1,
                   window.entityPage(EntityKind::System));
    window.addPage(tr("Standards compliance"), new StandardsComplianceWidget(window.database()), -1,
                   window.entityPage(EntityKind::MinimumStandard));
    addDataMenu(window);
    addReportActions(window);
    window.showPage(dashboard);
}

} // namespace WindowFeatures
