// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "reportdocument.h"
#include "reportoptions.h"
#include "reportpagepainter.h"
#include "statisticssettings.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class Database;
class QPagedPaintDevice;
class QPrinter;
class QTextDocument;
class ReportCharts;

// The committee report from options to paper or file: computes the sections and charts
// once (prepare), then writes a PDF, an ODT or an HTML page, or paints onto a printer or
// the print preview. Used by the program's report actions, `schulit report` and the
// benchmark alike.
class ReportGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ReportGenerator)

public:
    enum class Format { Pdf, Odt, Html };

    ReportGenerator(Database &database, const StatisticsSettings &settings, const ReportOptions &options);
    ~ReportGenerator();
    ReportGenerator(const ReportGenerator &) = delete;
    ReportGenerator &operator=(const ReportGenerator &) = delete;

    // "pdf", "odt", "html"/"htm" by the file's suffix.
    static std::optional<Format> formatFromPath(const QString &path);
    static QString suffix(Format format);

    DatabaseError prepare();
    const ReportDocument &document() const { return m_document; }

    // Writes the file in one go (nothing half-written on failure); returns one sentence on
    // what went wrong, or an empty string. Needs prepare() first.
    QString write(Format format, const QString &path);
    QString writePdf(const QString &path);
    QString writeOdt(const QString &path);
    QString writeHtml(const QString &path);
    // Paints every page (A4 portrait, full page); returns the page count, 0 on failure.
    int paint(QPagedPaintDevice &device);
    // The empty `document` laid out in pages of `page` as paint() paints it. Needs prepare() first.
    void layOut(QTextDocument &document, QPagedPaintDevice &device, const ReportPagePainter::Page &page);
    // Prepares a printer for the report: A4 portrait, page corner as origin.
    static void setUpPrinter(QPrinter &printer);

    int pageCount() const { return m_pageCount; }

private:
    static QString saveBytes(const QString &path, const QByteArray &bytes);

    Database &m_database;
    StatisticsSettings m_settings;
    ReportOptions m_options;
    ReportDocument m_document;
    std::unique_ptr<ReportCharts> m_charts;
    bool m_prepared = false;
    int m_pageCount = 0;
};
