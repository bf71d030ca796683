// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

#include <memory>
#include <optional>

class Database;
class QAction;
class QWidget;
class ReportGenerator;

// The committee report in the program: print preview, print, save as PDF, as ODT (to edit
// in the council's information system) and as HTML. Each action first asks for the title
// block and scope (ReportDialog). The main window puts the actions into its File menu:
//     auto *report = new ReportActions(database, window);
//     fileMenu->addActions(report->actions());
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(Database &database, QWidget *parent);

    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }
    QAction *saveOdtAction() const { return m_saveOdt; }
    QAction *saveHtmlAction() const { return m_saveHtml; }
    QList<QAction *> actions() const;

    void preview();
    void print();
    void savePdf();
    void saveOdt();
    void saveHtml();

private:
    enum class FileKind { Pdf, Odt, Html };
    // Asks for the options and computes the report; nothing when cancelled or failed (the
    // user has been told why).
    std::unique_ptr<ReportGenerator> prepare(const QString &title);
    void save(FileKind kind, const QString &title);
    QWidget *parentWidget() const;

    Database &m_database;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_savePdf = nullptr;
    QAction *m_saveOdt = nullptr;
    QAction *m_saveHtml = nullptr;
};
