// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
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

    // Changes the ODT package in place; returns one sentence on what went wrong, or an
    // empty string.
    static QString finish(QByteArray &package, const ReportDocument &report, const QList<int> &headerRows);

    // The steps of finish(), each false (and `content` untouched) when its XML is not
    // what the ODF writer makes.
    // Wraps the first headerRows[i] rows of the i-th table in table:table-header-rows and,
    // with `startFirstPage`, lets the first paragraph start ReportOdtStyles::FirstPageStyle.
    static bool patchContent(QByteArray &content, const QList<int> &headerRows, bool startFirstPage = true);
    static bool addManifestEntry(QByteArray &manifest, const QString &path, const QString &mediaType);
};
