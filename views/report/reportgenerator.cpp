// SPDX-License-Identifier: EUPL-1.2
#include "reportgenerator.h"

#include "reportbuilder.h"
#include "reportcharts.h"
#include "reporthtml.h"
#include "reportodtfinisher.h"
#include "reportpagepainter.h"
#include "reporttextdocument.h"
#include "statisticsservice.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace {
// The width charts are laid out at in the HTML page (pixels of 1/96 inch, about 180 mm).
constexpr double HtmlChartWidth = 680;
constexpr int PdfResolution = 1200;
// A4 text width in the ODT: the paper less the report's side margins.
constexpr double OdtBodyWidthMm = 210 - ReportPagePainter::LeftMargin - ReportPagePainter::RightMargin;
} // namespace

ReportGenerator::ReportGenerator(Database &database, const StatisticsSettings &settings, const ReportOptions &options)
    : m_database(database)
    , m_settings(settings)
    , m_options(options)
    , m_charts(std::make_unique<ReportCharts>())
{
}

ReportGenerator::~ReportGenerator() = default;

std::optional<ReportGenerator::Format> ReportGenerator::formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

QString ReportGenerator::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

DatabaseError ReportGenerator::prepare()
{
    const QDate today = m_options.title.dataDate.isValid() ? m_options.title.dataDate : QDate::currentDate();
    const StatisticsService service(m_database, m_settings, today);
    if (const DatabaseError error = ReportBuilder::build(service, m_options, m_document))
        return error;
    if (const DatabaseError error = m_charts->load(service, m_options.filter(), m_document.chartNames()))
        return error;
    m_prepared = true;
    return DatabaseError::none();
}

QString ReportGenerator::write(Format format, const QString &path)
{
    switch (format) {
    case Format::Pdf:
        return writePdf(path);
    case Format::Odt:
        return writeOdt(path);
    case Format::Html:
        return writeHtml(path);
    }
    return {};
}

int ReportGenerator::paint(QPagedPaintDevice &device)
{
    m_pageCount = 0;
    if (!m_prepared)
        return 0;
    const ReportPagePainter::Page page = ReportPagePainter::pageFor(device);
    QTextDocument document;
    layOut(document, device, page);
    m_pageCount = ReportPagePainter::paint(document, m_document, device, page);
    return m_pageCount;
}

void ReportGenerator::layOut(QTextDocument &document, QPagedPaintDevice &device, const ReportPagePainter::Page &page)
{
    // Laid out with the device's own font metrics, in its units: what is measured is what is painted.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(page.body.size());
    ReportTextDocument::build(m_document, *m_charts, ReportTextDocument::ChartMode::Vector,
                              {page.dpi, page.body.width(), page.body.height()}, document);
    ReportPagePainter::keepWithNext(document, page.body.height());
}

void ReportGenerator::setUpPrinter(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(ReportBuilder::heading());
}

QString ReportGenerator::writePdf(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(m_document.runningTitle());
        writer.setCreator(QCoreApplication::applicationName());
        painted = paint(writer) > 0;
    }
    if (!painted) {
        file.cancelWriting();
        return tr("Cannot write \"%1\": the report could not be laid out.").arg(QFileInfo(path).absoluteFilePath());
    }
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    return {};
}

QString ReportGenerator::writeOdt(const QString &path)
{
    if (!m_prepared)
        return tr("The report has not been prepared.");
    QTextDocument document;
    const double dpi = ReportCharts::LayoutDpi;
    ReportTextDocument::build(m_document, *m_charts, ReportTextDocument::ChartMode::Image,
                              {dpi, OdtBodyWidthMm * dpi / 25.4, 0, OdtBodyWidthMm * 72 / 25.4}, document);
    // The ODF writer closes its device when done, which a QSaveFile must not be; so the
    // package is put together in memory and then written in one go.
    QByteArray package;
    {
        QBuffer buffer(&package);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return tr("Cannot write \"%1\" as an OpenDocument text.").arg(QFileInfo(path).absoluteFilePath());
    }
    // Header rows, page size and margins, running header and footer: what Qt's writer leaves out.
    const QString problem =
        ReportOdtFinisher::finish(package, m_document, ReportOdtFinisher::headerRowCounts(document),
                                  ReportOdtFinisher::keepWithNextStyles(document));
    if (!problem.isEmpty())
        return tr("Cannot write \"%1\": %2").arg(QFileInfo(path).absoluteFilePath(), problem);
    return saveBytes(path, package);
}

QString ReportGenerator::writeHtml(const QString &path)
{
    if (!m_prepared)
        return tr("The report has not been prepared.");
    QHash<QString, double> aspects;
    for (const ReportDocument::Block &block : m_document.blocks()) {
        if (block.kind == ReportDocument::Block::Kind::Chart)
            aspects.insert(block.chartName, block.chartAspect);
    }
    const auto chartSource = [this, &aspects](const QString &name) {
        const QByteArray svg = m_charts->svg(name, QSizeF(HtmlChartWidth, HtmlChartWidth * aspects.value(name, 0.55)));
        if (svg.isEmpty())
            return QString();
        return QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(svg.toBase64());
    };
    return saveBytes(path, ReportHtml::render(m_document, chartSource).toUtf8());
}

QString ReportGenerator::saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write \"%1\": %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    return {};
}
