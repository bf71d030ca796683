// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QMenu;
class QSettings;

// A page of the main window the Edit menu works on (a table of records, the audit log).
// The main window routes Add, Duplicate, Delete, Copy, Paste and Find to the current page
// if it is one; any other QWidget can be a page too and leaves these actions disabled.
class RecordPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual bool isEditable() const { return false; }
    virtual bool hasSelection() const { return false; }
    virtual void addRecord() {}
    virtual void duplicateSelection() {}
    virtual void deleteSelection() {}
    virtual void copySelection() {}
    virtual void paste() {}
    virtual void focusSearch() {}
    // One line for the status bar, e.g. "Geräte: 1.234 von 100.000".
    virtual QString statusText() const { return {}; }
    // A pane with the selected record next to the table (View > Details).
    virtual bool hasDetails() const { return false; }
    virtual bool detailsVisible() const { return false; }
    virtual void setDetailsVisible(bool) {}
    // The page's own entries for the View menu (columns to show).
    virtual void fillViewMenu(QMenu *) {}
    virtual void saveSettings(QSettings &) const {}
    virtual void restoreSettings(QSettings &) {}

signals:
    // Selection, counts or editability changed: actions and the status bar follow.
    void stateChanged();
};
