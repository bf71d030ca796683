// SPDX-License-Identifier: EUPL-1.2
#include "importdialog.h"

#include "columnmappingdialog.h"
#include "csvimporter.h"
#include "csvsource.h"
#include "database.h"
#include "headermatcher.h"
#include "nrwschoollist.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const EntitySpec &entity, const QString &fileName, const ImportResult &check,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import into the %1").arg(entity.plural()));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    QString text = tr("<b>%1</b> (%2, delimiter %3)").arg(fileName.toHtmlEscaped(), check.format.encodingName(),
                                                          check.format.delimiterName());
    if (check.nrwSchoolList)
        text += QStringLiteral("<br>") + tr("The file is the official NRW school list.");
    text += QStringLiteral("<br>") + check.summary().toHtmlEscaped();
    if (!check.missingRequiredFields.isEmpty())
        text += QStringLiteral("<br>") + tr("No column fills %1; new records need it.")
                                             .arg(check.missingRequiredFields.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!check.ignoredColumns.isEmpty())
        text += QStringLiteral("<br>") + tr("Columns not imported: %1.")
                                             .arg(check.ignoredColumns.join(QStringLiteral(", ")).toHtmlEscaped());
    auto *summary = new QLabel(text, this);
    summary->setWordWrap(true);
    summary->setAlignment(Qt::AlignLeft | Qt::AlignTop); // without problems below, it stays at the top
    summary->setTextFormat(Qt::RichText);
    layout->addWidget(summary);

    m_problems = new QTreeWidget(this);
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    for (const ImportProblem &problem : check.problems) {
        auto *item = new QTreeWidgetItem(m_problems, {locale.toString(problem.line), problem.column, problem.message});
        item->setData(0, Qt::UserRole, problem.line);
        item->setToolTip(2, problem.message);
    }
    // The reason is the part to read in full (its hint on how to write the value comes last):
    // it wraps instead of ending in "...", and the column name gets the room it needs.
    m_problems->setWordWrap(true);
    m_problems->setUniformRowHeights(false);
    m_problems->header()->setStretchLastSection(false);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->setVisible(!check.problems.isEmpty());
    layout->addWidget(m_problems, 1);
    if (check.problemCount > check.problems.size()) {
        layout->addWidget(new QLabel(tr("The first %1 of %2 problems are shown.")
                                         .arg(locale.toString(check.problems.size()), locale.toString(check.problemCount)),
                                     this));
    }

    auto *buttons = new QDialogButtonBox(this);
    const qint64 toWrite = check.added + check.updated;
    m_importAll = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importAll->setEnabled(check.invalidRows == 0 && toWrite > 0);
    m_importValid = buttons->addButton(tr("Import only the valid rows"), QDialogButtonBox::AcceptRole);
    m_importValid->setEnabled(check.invalidRows > 0 && toWrite > 0);
    m_importValid->setVisible(check.invalidRows > 0);
    buttons->addButton(tr("Import nothing"), QDialogButtonBox::RejectRole);
    connect(m_importAll, &QPushButton::clicked, this, [this] {
        m_choice = Choice::All;
        accept();
    });
    connect(m_importValid, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OnlyValid;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(check.problems.isEmpty() ? QSize(560, 200) : QSize(820, 480));
}

ImportResult ImportDialog::runWithProgress(QWidget *parent, CsvImporter &importer, const QString &path,
                                           const ImportOptions &options)
{
    QProgressDialog progress(tr("Reading and checking the file..."), tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    CsvImporter::Phase shown = CsvImporter::Phase::Reading;
    const ImportResult result = importer.run(path, options, [&](CsvImporter::Phase phase, qint64 done, qint64 total) {
        if (phase != shown) {
            shown = phase;
            progress.setLabelText(tr("Writing the records..."));
        }
        progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
        return !progress.wasCanceled();
    });
    progress.reset();
    return result;
}

bool ImportDialog::askOptions(QWidget *parent, const EntitySpec &entity, const QString &path, ImportOptions &options)
{
    const CsvSource::Preview preview = CsvSource::preview(path, 20);
    if (preview.error) {
        QMessageBox::warning(parent, tr("Import"), preview.error.message);
        return false;
    }
    if (NrwSchoolList::matches(preview.header)) {
        if (entity.kind != EntityKind::School)
            return true; // the importer names the right table
        bool ok = false;
        const QString region = QInputDialog::getText(parent, tr("NRW school list"),
            tr("The file is the official NRW school list. Import only the schools whose "
               "Gemeindeschluessel starts with (e.g. 05558 for Kreis Coesfeld; empty: all of NRW):"),
            QLineEdit::Normal, QString(), &ok).trimmed();
        if (!ok)
            return false;
        static const QRegularExpression digits(QStringLiteral("^\\d{0,8}$"));
        if (!digits.match(region).hasMatch()) {
            QMessageBox::warning(parent, tr("NRW school list"),
                                 tr("\"%1\" is not the beginning of a Gemeindeschluessel (up to 8 digits).").arg(region));
            return false;
        }
        options.regionPrefix = region;
        return true;
    }
    ColumnMappingDialog mapping(entity, preview, HeaderMatcher::guess(entity, preview.header), parent);
    if (mapping.exec() != QDialog::Accepted)
        return false;
    options.mapping = mapping.mapping();
    return true;
}

bool ImportDialog::run(QWidget *parent, Database &database, const EntitySpec &entity)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import into the %1").arg(entity.plural()), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    return runFile(parent, database, entity, path);
}

bool ImportDialog::runFile(QWidget *parent, Database &database, const EntitySpec &entity, const QString &path)
{
    const QString title = tr("Import into the %1").arg(entity.plural());
    ImportOptions options;
    if (!askOptions(parent, entity, path, options))
        return false;
    CsvImporter importer(database, entity);
    options.dryRun = true;
    const ImportResult check = runWithProgress(parent, importer, path, options);
    if (check.cancelled)
        return false;
    if (!check.error.isEmpty()) {
        QMessageBox::warning(parent, title, check.error);
        return false;
    }
    ImportDialog dialog(entity, QFileInfo(path).fileName(), check, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.choice() == Choice::Nothing)
        return false;

    options.dryRun = false;
    options.onlyValid = dialog.choice() == Choice::OnlyValid;
    // The file is read and checked again inside the transaction: what was shown may have
    // changed in the meantime (another user, another window).
    const ImportResult result = runWithProgress(parent, importer, path, options);
    if (!result.error.isEmpty())
        QMessageBox::critical(parent, title, result.error);
    else if (result.written)
        QMessageBox::information(parent, title, result.summary());
    else
        QMessageBox::warning(parent, title, result.summary());
    return result.written;
}
