// SPDX-License-Identifier: EUPL-1.2
#include "exportdialog.h"

#include "csvexporter.h"
#include "database.h"
#include "entitycatalog.h"
#include "xlsxexporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportDialog", text);
}

QString askPath(QWidget *parent, const QString &suggestedName, bool allowCsv)
{
    const QString excel = QCoreApplication::translate("ExportDialog", "Excel workbook (*.xlsx)");
    const QString csv = QCoreApplication::translate("ExportDialog", "CSV for Excel (*.csv)");
    QString filter = allowCsv ? excel + QStringLiteral(";;") + csv : excel;
    QString chosen;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export"), QDir(folder).filePath(suggestedName + QStringLiteral(".xlsx")),
                                                filter, &chosen);
    if (path.isEmpty())
        return {};
    const QString wanted = chosen == csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    if (QFileInfo(path).suffix().toLower() != wanted)
        path = QDir(QFileInfo(path).path()).filePath(QFileInfo(path).completeBaseName() + QLatin1Char('.') + wanted);
    return path;
}
constexpr int StatusMessageMs = 15000;
} // namespace

bool ExportDialog::exportTable(QWidget *parent, Database &database, const ExportRequest &request)
{
    const QString name = QStringLiteral("%1-%2").arg(request.title.isEmpty() ? EntityCatalog::spec(request.entity).plural()
                                                                             : request.title,
                                                     QDate::currentDate().toString(Qt::ISODate));
    const QString path = askPath(parent, name, true);
    return !path.isEmpty() && writeFile(parent, database, {request}, path);
}

bool ExportDialog::exportWorkbook(QWidget *parent, Database &database, const QList<ExportRequest> &requests,
                                  const QString &suggestedName)
{
    const QString path = askPath(parent, suggestedName, false);
    return !path.isEmpty() && writeFile(parent, database, requests, path);
}

bool ExportDialog::writeFile(QWidget *parent, Database &database, const QList<ExportRequest> &requests,
                             const QString &path)
{
    if (requests.isEmpty())
        return false;
    QProgressDialog progress(tr("Writing %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ExportProgress report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
        return !progress.wasCanceled();
    };
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const ExportResult result = csv ? CsvExporter::write(database, requests.first(), path, report)
                                    : XlsxExporter::write(database, requests, path, report);
    progress.reset();
    if (!result.error.isEmpty())
        QMessageBox::warning(parent, tr("Export"), result.error);
    // Where it went, in the window's status line: the export itself shows nothing else.
    auto *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr;
    if (result.ok() && window)
        window->statusBar()->showMessage(QCoreApplication::translate("ExportDialog", "%Ln row(s) written to %1.", nullptr, int(result.rows))
                                             .arg(QDir::toNativeSeparators(path)),
                                         StatusMessageMs);
    return result.ok();
}
