// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

// The menus and actions of the main window with their standard shortcuts. The window
// connects them; other parts add their own entries through MainWindow::menu().
class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *pageViewMenu = nullptr; // View entries of the current page
    QMenu *helpMenu = nullptr;

    QAction *newDatabase = nullptr;
    QAction *openDatabase = nullptr;
    QAction *connectToServer = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *addRecord = nullptr;
    QAction *duplicate = nullptr;
    QAction *remove = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *find = nullptr;
    QAction *navigation = nullptr;
    QAction *details = nullptr;
    QAction *about = nullptr;
};
