// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "aboutdialog.h"
#include "auditlogpage.h"
#include "changenotifier.h"
#include "connectiondialog.h"
#include "database.h"
#include "entitycatalog.h"
#include "entitypage.h"
#include "entitytablemodel.h"
#include "mainactions.h"
#include "navigationpanel.h"
#include "recentdatabases.h"
#include "recordchangecommand.h"
#include "recordeditor.h"
#include "recordtableview.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_undoStack(new QUndoStack(this))
    , m_editor(new RecordEditor(database, m_undoStack, this))
    , m_actions(new MainActions(this, m_undoStack))
    , m_navigation(new NavigationPanel(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_statusText(new QLabel(this))
    , m_location(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 1200});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_location);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createPages();
    connectActions();
    connect(m_navigation, &NavigationPanel::pageSelected, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        updateActions();
        updateStatus();
    });
    // Undo and redo show the table they changed, with the record, wherever the user is.
    connect(m_actions->undo, &QAction::triggered, this, [this] { showUndoneRecord(m_undoStack->index()); });
    connect(m_actions->redo, &QAction::triggered, this, [this] { showUndoneRecord(m_undoStack->index() - 1); });
    connect(m_editor, &RecordEditor::undoFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Undo"), message);
    });
    const QSettings settings;
    // A first start fills a laptop screen at most; a remembered size is taken as it was.
    const QSize available = screen() ? screen()->availableSize() : QSize(1400, 860);
    resize(std::min(1400, available.width()), std::min(860, available.height()));
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_navigation->selectPage(0);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    // Every table of the catalog; allocations and measures belong under their programs.
    EntityPage *programs = nullptr;
    for (const EntitySpec &entity : EntityCatalog::all()) {
        auto *page = new EntityPage(*m_editor, entity);
        const bool underPrograms = entity.kind == EntityKind::Allocation || entity.kind == EntityKind::Measure;
        addPage(entity.plural(), page, -1, underPrograms ? programs : nullptr);
        if (entity.kind == EntityKind::FundingProgram)
            programs = page;
        m_entityPages << page;
        connect(page->model(), &EntityTableModel::countsChanged, this, [this, page] {
            m_navigation->setCount(m_pages->indexOf(page), QLocale().toString(page->model()->unfilteredCount()));
        });
        m_navigation->setCount(m_pages->indexOf(page), QLocale().toString(page->model()->unfilteredCount()));
    }
    m_auditPage = new AuditLogPage(m_database);
    addPage(tr("Audit log"), m_auditPage);
}

int MainWindow::addPage(const QString &title, QWidget *page, int position, QWidget *under)
{
    const int index = m_pages->addWidget(page);
    m_navigation->addEntry(title, index, position, under ? m_pages->indexOf(under) : -1);
    if (auto *recordPage = qobject_cast<RecordPage *>(page)) {
        connect(recordPage, &RecordPage::stateChanged, this, [this, recordPage] {
            if (recordPage == currentRecordPage()) {
                updateActions();
                updateStatus();
            }
        });
        QSettings settings;
        recordPage->restoreSettings(settings);
    }
    return index;
}

void MainWindow::showPage(QWidget *page)
{
    m_navigation->selectPage(m_pages->indexOf(page));
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

RecordPage *MainWindow::currentRecordPage() const
{
    return qobject_cast<RecordPage *>(m_pages->currentWidget());
}

EntityPage *MainWindow::entityPage(EntityKind kind) const
{
    for (EntityPage *page : m_entityPages) {
        if (page->model()->entity().kind == kind)
            return page;
    }
    return nullptr;
}

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File:
        return m_actions->fileMenu;
    case Menu::Edit:
        return m_actions->editMenu;
    case Menu::View:
        return m_actions->viewMenu;
    case Menu::Help:
        return m_actions->helpMenu;
    }
    return nullptr;
}

QMenu *MainWindow::addMenu(const QString &title)
{
    auto *added = new QMenu(title, menuBar());
    menuBar()->insertMenu(m_actions->helpMenu->menuAction(), added);
    return added;
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(a->openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(a->connectToServer, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(a->viewMenu, &QMenu::aboutToShow, this, &MainWindow::fillViewMenu);
    connect(a->about, &QAction::triggered, this, [this] { AboutDialog::showAbout(this); });
    connect(a->navigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
    connect(a->details, &QAction::toggled, this, [this](bool shown) {
        if (RecordPage *page = currentRecordPage())
            page->setDetailsVisible(shown);
    });
    auto route = [this](QAction *action, void (RecordPage::*method)()) {
        connect(action, &QAction::triggered, this, [this, method] {
            if (RecordPage *page = currentRecordPage())
                (page->*method)();
        });
    };
    route(a->addRecord, &RecordPage::addRecord);
    route(a->duplicate, &RecordPage::duplicateSelection);
    route(a->remove, &RecordPage::deleteSelection);
    route(a->copy, &RecordPage::copySelection);
    route(a->paste, &RecordPage::paste);
    route(a->find, &RecordPage::focusSearch);
}

void MainWindow::updateActions()
{
    const RecordPage *page = currentRecordPage();
    const bool editable = page && page->isEditable();
    const bool selected = page && page->hasSelection();
    m_actions->addRecord->setEnabled(editable);
    m_actions->duplicate->setEnabled(editable && selected);
    m_actions->remove->setEnabled(editable && selected);
    m_actions->paste->setEnabled(editable);
    m_actions->copy->setEnabled(selected);
    m_actions->find->setEnabled(page != nullptr);
    m_actions->details->setEnabled(page && page->hasDetails());
    const QSignalBlocker blocker(m_actions->details);
    m_actions->details->setChecked(page && page->detailsVisible());
}

void MainWindow::updateStatus()
{
    const RecordPage *page = currentRecordPage();
    m_statusText->setText(page ? page->statusText() : QString());
    m_location->setText(QDir::toNativeSeparators(m_database.location()));
    setWindowTitle(tr("%1 – Schul-IT Koordination").arg(QFileInfo(m_database.location()).fileName()));
}

void MainWindow::fillViewMenu()
{
    qDeleteAll(m_pageViewActions);
    m_pageViewActions.clear();
    RecordPage *page = currentRecordPage();
    if (!page)
        return;
    QMenu pageMenu;
    page->fillViewMenu(&pageMenu);
    const QList<QAction *> actions = pageMenu.actions();
    for (QAction *action : actions) {
        // The page's entries live in the View menu until it is opened again.
        if (QMenu *sub = action->menu())
            sub->setParent(m_actions->viewMenu, sub->windowFlags());
        action->setParent(m_actions->viewMenu);
        m_actions->viewMenu->addAction(action);
        m_pageViewActions << action;
    }
}

void MainWindow::fillRecentMenu()
{
    QMenu *recent = m_actions->recentMenu;
    recent->clear();
    const QStringList locations = RecentDatabases::list();
    for (const QString &location : locations) {
        QAction *action = recent->addAction(QDir::toNativeSeparators(location));
        connect(action, &QAction::triggered, this, [this, location] { openDatabase(location); });
    }
    if (locations.isEmpty())
        recent->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Schul-IT databases (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("\"%1\" exists already. Please choose another name, or open it with File > Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    const QString folder = QFileInfo(m_database.location()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), folder,
                                                      tr("Schul-IT databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

bool MainWindow::openDatabase(const QString &location)
{
    const QString previous = m_database.location();
    const DatabaseError error = ConnectionDialog::openWithPasswordPrompt(m_database, location, this);
    if (error) {
        if (error.kind != DatabaseError::Kind::Cancelled)
            QMessageBox::critical(this, tr("Opening the database"), error.message);
        if (error.kind == DatabaseError::Kind::NotFound)
            RecentDatabases::remove(location);
        m_database.open(previous);
        return false;
    }
    adoptOpenedDatabase(location);
    return true;
}

void MainWindow::connectToServer()
{
    const QString previous = m_database.location();
    ConnectionDialog dialog(this);
    if (dialog.connectTo(m_database) == QDialog::Accepted) {
        adoptOpenedDatabase(dialog.url());
        return;
    }
    // A refused attempt in the dialog closed the database shown before.
    if (!m_database.isOpen() || m_database.location() != previous)
        m_database.open(previous);
}

void MainWindow::adoptOpenedDatabase(const QString &location)
{
    m_undoStack->clear();
    RecentDatabases::add(location);
    // Every screen reads anew from the other database.
    for (const EntitySpec &entity : EntityCatalog::all())
        m_database.notifier()->notifyChanged(entity.table);
    m_database.notifier()->notifyChanged(QStringLiteral("contract_school"));
    emit databaseChanged();
    updateStatus();
}

void MainWindow::showUndoneRecord(int commandIndex)
{
    const auto *command = dynamic_cast<const RecordChangeCommand *>(m_undoStack->command(commandIndex));
    if (!command || !command->entity())
        return;
    EntityPage *page = entityPage(command->entity()->kind);
    if (!page)
        return;
    showPage(page);
    const qint64 id = command->ids().value(0);
    if (id > 0)
        page->view()->selectRecord(id); // a record the undo removed is simply not there
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), m_navigation->titleOf(m_pages->currentIndex()));
    for (int i = 0; i < m_pages->count(); ++i) {
        if (const auto *page = qobject_cast<const RecordPage *>(m_pages->widget(i)))
            page->saveSettings(settings);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The page shown last time; pages added after construction are known by now.
    if (!m_restored) {
        m_restored = true;
        const int page = m_navigation->pageOfTitle(QSettings().value(QStringLiteral("window/page")).toString());
        if (page >= 0)
            m_navigation->selectPage(page);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
