// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QMainWindow>

class AuditLogPage;
class Database;
class EntityPage;
class MainActions;
class NavigationPanel;
class QLabel;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class RecordEditor;
class RecordPage;

// The program's window: a navigation of pages at the left (every table, the audit log, and
// whatever else is added with addPage), the current page, menus and a status bar. Edits in
// all tables share one undo stack. The window remembers its layout in QSettings.
//
// Adding a page:   window.addPage(tr("Dashboard"), new DashboardPage(window.database()), 0);
// Adding a menu:   QMenu *menu = window.addMenu(tr("&Import/Export"));  (placed before Help)
// Adding entries:  window.menu(MainWindow::Menu::File)->addAction(...);
// A page derived from RecordPage also gets Add, Delete, Copy, Paste, Find and its status
// line; any QWidget can be a page. databaseChanged() tells pages another file was opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Help };

    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return m_database; }
    RecordEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // position -1 appends, 0 puts the page first; `under` nests it below another page.
    // The window takes ownership. Returns the page's index.
    int addPage(const QString &title, QWidget *page, int position = -1, QWidget *under = nullptr);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    EntityPage *entityPage(EntityKind kind) const;
    AuditLogPage *auditLogPage() const { return m_auditPage; }

    QMenu *menu(Menu which) const;
    // A new menu in the menu bar, before Help.
    QMenu *addMenu(const QString &title);

    // Opens another database in this window (File > Open, Recent); false after a message.
    bool openDatabase(const QString &location);

signals:
    void databaseChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createPages();
    void connectActions();
    void updateActions();
    void updateStatus();
    void fillRecentMenu();
    void fillViewMenu();
    void newDatabase();
    void chooseDatabase();
    void connectToServer();
    void adoptOpenedDatabase(const QString &location);
    void showUndoneRecord(int commandIndex);
    RecordPage *currentRecordPage() const;
    void saveSettings() const;

    Database &m_database;
    QUndoStack *m_undoStack;
    RecordEditor *m_editor;
    MainActions *m_actions;
    NavigationPanel *m_navigation;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QLabel *m_statusText;
    QLabel *m_location;
    QList<EntityPage *> m_entityPages;
    AuditLogPage *m_auditPage = nullptr;
    QList<QAction *> m_pageViewActions;
    bool m_restored = false;
};
