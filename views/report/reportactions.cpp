// SPDX-License-Identifier: EUPL-1.2
#include "reportactions.h"

#include "reportdialog.h"
#include "reportgenerator.h"
#include "statisticssettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString FolderKey = QStringLiteral("report/lastFolder");

// The wait cursor while the statistics and charts are computed.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};
} // namespace

ReportActions::ReportActions(Database &database, QWidget *parent)
    : QObject(parent)
    , m_database(database)
{
    m_preview = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                            tr("Committee report: print pre&view..."), this);
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("Committee report: &print..."), this);
    m_savePdf = new QAction(QIcon::fromTheme(QStringLiteral("application-pdf")),
                            tr("Committee report as P&DF..."), this);
    m_saveOdt = new QAction(QIcon::fromTheme(QStringLiteral("x-office-document")),
                            tr("Committee report as &ODT (editable)..."), this);
    m_saveHtml = new QAction(QIcon::fromTheme(QStringLiteral("text-html")), tr("Committee report as &HTML..."), this);
    m_preview->setStatusTip(tr("Shows the summary for a council committee as it will be printed."));
    m_saveOdt->setStatusTip(tr("Saves the committee report as an OpenDocument text to edit in a word processor."));
    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_savePdf, &QAction::triggered, this, &ReportActions::savePdf);
    connect(m_saveOdt, &QAction::triggered, this, &ReportActions::saveOdt);
    connect(m_saveHtml, &QAction::triggered, this, &ReportActions::saveHtml);
}

QList<QAction *> ReportActions::actions() const
{
    return {m_preview, m_print, m_savePdf, m_saveOdt, m_saveHtml};
}

QWidget *ReportActions::parentWidget() const
{
    return qobject_cast<QWidget *>(parent());
}

std::unique_ptr<ReportGenerator> ReportActions::prepare(const QString &title)
{
    const std::optional<ReportOptions> options = ReportDialog::ask(m_database, title, parentWidget());
    if (!options)
        return nullptr;
    auto generator = std::make_unique<ReportGenerator>(m_database, StatisticsSettings::load(QSettings()), *options);
    DatabaseError error;
    {
        WaitCursor wait;
        error = generator->prepare();
    }
    if (error) {
        QMessageBox::warning(parentWidget(), title, error.message);
        return nullptr;
    }
    return generator;
}

void ReportActions::preview()
{
    const QString title = tr("Committee report");
    const std::unique_ptr<ReportGenerator> generator = prepare(title);
    if (!generator)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportGenerator::setUpPrinter(printer);
    QPrintPreviewDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&generator](QPrinter *target) {
        // The dialog's own print button may bring another paper; the report keeps its layout.
        ReportGenerator::setUpPrinter(*target);
        generator->paint(*target);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportActions::print()
{
    const QString title = tr("Print the committee report");
    const std::unique_ptr<ReportGenerator> generator = prepare(title);
    if (!generator)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportGenerator::setUpPrinter(printer);
    QPrintDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportGenerator::setUpPrinter(printer);
    WaitCursor wait;
    if (generator->paint(printer) == 0)
        QMessageBox::warning(parentWidget(), title, tr("The report could not be printed."));
}

void ReportActions::savePdf()
{
    save(FileKind::Pdf, tr("Save the committee report as PDF"));
}

void ReportActions::saveOdt()
{
    save(FileKind::Odt, tr("Save the committee report as ODT"));
}

void ReportActions::saveHtml()
{
    save(FileKind::Html, tr("Save the committee report as HTML"));
}

void ReportActions::save(FileKind kind, const QString &title)
{
    const std::unique_ptr<ReportGenerator> generator = prepare(title);
    if (!generator)
        return;
    const ReportGenerator::Format format = kind == FileKind::Pdf   ? ReportGenerator::Format::Pdf
                                           : kind == FileKind::Odt ? ReportGenerator::Format::Odt
                                                                   : ReportGenerator::Format::Html;
    const QString filter = kind == FileKind::Pdf   ? tr("PDF documents (*.pdf)")
                           : kind == FileKind::Odt ? tr("OpenDocument texts (*.odt)")
                                                   : tr("Web pages (*.html *.htm)");
    QSettings settings;
    const QString folder = settings.value(FolderKey, QStandardPaths::writableLocation(
                                                         QStandardPaths::DocumentsLocation)).toString();
    const QDate day = generator->document().title.meetingDate.isValid() ? generator->document().title.meetingDate
                                                                        : generator->document().title.dataDate;
    const QString name = tr("committee-report-%1").arg(day.toString(Qt::ISODate)) + QLatin1Char('.')
                         + ReportGenerator::suffix(format);
    QString path = QFileDialog::getSaveFileName(parentWidget(), title, QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (ReportGenerator::formatFromPath(path) != format)
        path += QLatin1Char('.') + ReportGenerator::suffix(format);
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    QString problem;
    {
        WaitCursor wait;
        problem = generator->write(format, path);
    }
    if (!problem.isEmpty())
        QMessageBox::warning(parentWidget(), title, problem);
}
