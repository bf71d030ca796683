// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"
#include "importoptions.h"
#include "importresult.h"

#include <QDialog>

class CsvImporter;
class Database;
class QPushButton;
class QTreeWidget;

// What the check of a file found: how many records would be added, updated or stay, and
// every problem with its line, column and reason. People then import nothing, everything,
// or only the valid rows. run() is the whole flow from choosing the file to the result.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Nothing, All, OnlyValid };

    ImportDialog(const EntitySpec &entity, const QString &fileName, const ImportResult &check,
                 QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTreeWidget *problemList() const { return m_problems; }
    QPushButton *importAllButton() const { return m_importAll; }
    QPushButton *importValidButton() const { return m_importValid; }

    // Asks for a CSV file, then runs the flow below. True when records were written.
    static bool run(QWidget *parent, Database &database, const EntitySpec &entity);
    // Maps the columns (or, for the NRW school list, asks for the region), checks the file
    // with a progress bar, shows this dialog and imports what was chosen, with Cancel.
    static bool runFile(QWidget *parent, Database &database, const EntitySpec &entity, const QString &path);

private:
    static ImportResult runWithProgress(QWidget *parent, CsvImporter &importer, const QString &path,
                                        const ImportOptions &options);
    static bool askOptions(QWidget *parent, const EntitySpec &entity, const QString &path, ImportOptions &options);

    Choice m_choice = Choice::Nothing;
    QTreeWidget *m_problems = nullptr;
    QPushButton *m_importAll = nullptr;
    QPushButton *m_importValid = nullptr;
};
