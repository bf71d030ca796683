// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

class QTextDocument;
class ReportDocument;

// Completes the ODT that Qt's ODF writer makes of the report with what that writer cannot
// express, so LibreOffice and Word lay it out like the printed report: table header rows
// (repeated on each page) and the page styles of ReportOdtStyles, the first of them
// started by the first paragraph.
class ReportOdtFinisher
{
    Q_DECLARE_TR_FUNCTIONS(ReportOdtFinisher)

public:
    // The header rows of every table in the order the ODF writer writes tables (document
    // order, a nested table after the table holding it).
    static QList<int> headerRowCounts(const QTextDocument &document);
    // The names the ODF writer gives the paragraph styles of blocks marked
    // ReportTextDocument::KeepWithNext (headings, table captions): "p" and the format index.
    static QSet<QString> keepWithNextStyles(const QTextDocument &document);

    // Changes the ODT package in place; returns one sentence on what went wrong, or an
    // empty string.
    static QString finish(QByteArray &package, const ReportDocument &report, const QList<int> &headerRows,
                          const QSet<QString> &keepWithNext = {});

    // The steps of finish(), each false (and `content` untouched) when its XML is not
    // what the ODF writer makes.
    // Wraps the first headerRows[i] rows of the i-th table in table:table-header-rows and,
    // with `ownStyles` (styles.xml is ReportOdtStyles'), lets the first paragraph start
    // ReportOdtStyles::FirstPageStyle and keeps every table row on one page
    // (ReportOdtStyles::RowStyle; Qt's writer gives rows no style). The paragraph styles
    // named in `keepWithNext` keep their paragraph on the page of the next (a caption with
    // its table), which Qt's writer has no word for.
    static bool patchContent(QByteArray &content, const QList<int> &headerRows, bool ownStyles = true,
                             const QSet<QString> &keepWithNext = {});
    static bool addManifestEntry(QByteArray &manifest, const QString &path, const QString &mediaType);
};
