// SPDX-License-Identifier: EUPL-1.2
#include "mainactions.h"

#include <QAction>
#include <QIcon>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoStack>

namespace {
QAction *makeAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys, const QString &icon = {})
{
    QAction *action = menu->addAction(text);
    QList<QKeySequence> shortcuts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !shortcuts.contains(key))
            shortcuts << key;
    }
    action->setShortcuts(shortcuts);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    return action;
}
} // namespace

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(tr("&File"));
    newDatabase = makeAction(fileMenu, tr("&New database..."), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, QStringLiteral("document-new"));
    openDatabase = makeAction(fileMenu, tr("&Open database..."), {QKeySequence::Open}, QStringLiteral("document-open"));
    connectToServer = makeAction(fileMenu, tr("&Connect to server..."), {}, QStringLiteral("network-server"));
    recentMenu = fileMenu->addMenu(tr("&Recent databases"));
    fileMenu->addSeparator();
    // Windows has no standard key for Quit; Ctrl+Q is what people try.
    quit = makeAction(fileMenu, tr("&Quit"), {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)}, QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);

    editMenu = bar->addMenu(tr("&Edit"));
    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // "Undo: Change value" with a command, plain "Undo" without one. Qt's prefix form would
    // leave a translation's colon standing alone; this connection comes after Qt's own.
    const auto label = [](QAction *action, const QString &plain, const QString &withCommand, const QString &command) {
        action->setText(command.isEmpty() ? plain : withCommand.arg(command));
    };
    const auto labelUndo = [this, label](const QString &command) {
        label(undo, tr("&Undo"), tr("&Undo: %1"), command);
    };
    const auto labelRedo = [this, label](const QString &command) {
        label(redo, tr("&Redo"), tr("&Redo: %1"), command);
    };
    connect(undoStack, &QUndoStack::undoTextChanged, undo, labelUndo);
    connect(undoStack, &QUndoStack::redoTextChanged, redo, labelRedo);
    labelUndo(undoStack->undoText());
    labelRedo(undoStack->redoText());
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    addRecord = makeAction(editMenu, tr("&Add record"), {QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_Plus)}, QStringLiteral("list-add"));
    duplicate = makeAction(editMenu, tr("D&uplicate record"), {QKeySequence(Qt::CTRL | Qt::Key_D)}, QStringLiteral("edit-copy"));
    remove = makeAction(editMenu, tr("&Delete records..."), {QKeySequence::Delete}, QStringLiteral("edit-delete"));
    editMenu->addSeparator();
    copy = makeAction(editMenu, tr("&Copy"), {QKeySequence::Copy}, QStringLiteral("edit-copy"));
    paste = makeAction(editMenu, tr("&Paste"), {QKeySequence::Paste}, QStringLiteral("edit-paste"));
    editMenu->addSeparator();
    find = makeAction(editMenu, tr("&Find..."), {QKeySequence::Find}, QStringLiteral("edit-find"));

    viewMenu = bar->addMenu(tr("&View"));
    navigation = makeAction(viewMenu, tr("&Navigation"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    navigation->setCheckable(true);
    navigation->setChecked(true);
    details = makeAction(viewMenu, tr("&Details of the record"), {QKeySequence(Qt::Key_F4)});
    details->setCheckable(true);
    details->setChecked(true);
    viewMenu->addSeparator();
    pageViewMenu = viewMenu;

    helpMenu = bar->addMenu(tr("&Help"));
    about = makeAction(helpMenu, tr("&About Schul-IT Koordination"), {}, QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
}
