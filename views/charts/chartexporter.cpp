// SPDX-License-Identifier: EUPL-1.2
#include "chartexporter.h"

#include "chartdocument.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

constexpr double InchPerMeter = 39.3700787;
} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("png"))
        return Format::Png;
    if (lower == QLatin1String("svg"))
        return Format::Svg;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<ChartExporter::Format> ChartExporter::formatFromPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ChartExporter::checkOptions(const Options &options)
{
    const auto outside = [](int value, int low, int high) { return value < low || value > high; };
    if (outside(options.size.width(), MinSide, MaxSide) || outside(options.size.height(), MinSide, MaxSide))
        return tr("Width and height must each lie between %1 and %2 pixels (asked for: %3 x %4).")
            .arg(MinSide).arg(MaxSide).arg(options.size.width()).arg(options.size.height());
    if (outside(options.dpi, MinDpi, MaxDpi))
        return tr("The resolution must lie between %1 and %2 dpi (asked for: %3).")
            .arg(MinDpi).arg(MaxDpi).arg(options.dpi);
    // A chart of 10 x 10 pixels at 1200 dpi would be a stamp nobody can read.
    const double scale = double(BaseDpi) / options.dpi;
    if (options.size.width() * scale < 160 || options.size.height() * scale < 120)
        return tr("At %1 dpi the image must be at least %2 x %3 pixels to leave room for the text.")
            .arg(options.dpi).arg(int(std::ceil(160 / scale))).arg(int(std::ceil(120 / scale)));
    return {};
}

QImage ChartExporter::toImage(const ChartDocument &chart, const Options &options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // The chart is laid out at the size it has when printed at `dpi`, then drawn scaled up,
    // so a high resolution gives sharper text, not smaller text.
    const double scale = double(options.dpi) / BaseDpi;
    const QSizeF logical(options.size.width() / scale, options.size.height() / scale);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        chart.render(painter, QRectF(QPointF(0, 0), logical));
    }
    // The resolution is set after painting: text was laid out for 96 dpi pixels.
    const int dotsPerMeter = qRound(options.dpi * InchPerMeter);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray ChartExporter::toSvg(const ChartDocument &chart, const QSize &size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(BaseDpi);
    generator.setTitle(chart.title());
    generator.setDescription(tr("Chart \"%1\" from Schul-IT Koordination").arg(chart.name()));
    {
        QPainter painter(&generator);
        chart.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return bytes;
}

QByteArray ChartExporter::toPdf(const ChartDocument &chart, const QSize &size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(BaseDpi);
        writer.setTitle(chart.title());
        writer.setCreator(QStringLiteral("Schul-IT Koordination"));
        const QSizeF points(size.width() * 72.0 / BaseDpi, size.height() * 72.0 / BaseDpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter(&writer);
        chart.render(painter, QRectF(0, 0, writer.width(), writer.height()));
    }
    return bytes;
}

QString ChartExporter::save(const ChartDocument &chart, Format format, const QString &path, const Options &options)
{
    const QString problem = checkOptions(options);
    if (!problem.isEmpty())
        return problem;
    // Open first: a folder that cannot be written is reported before the work is done.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    bool written = false;
    switch (format) {
    case Format::Png:
        written = toImage(chart, options).save(&file, "PNG");
        break;
    case Format::Svg:
        written = file.write(toSvg(chart, options.size)) >= 0;
        break;
    case Format::Pdf:
        written = file.write(toPdf(chart, options.size)) >= 0;
        break;
    }
    if (!written || !file.commit())
        return tr("Cannot write \"%1\": %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    return {};
}

void ChartExporter::copyToClipboard(const ChartDocument &chart, const Options &options)
{
    auto *mime = new QMimeData;
    mime->setImageData(toImage(chart, options));
    mime->setData(QStringLiteral("image/svg+xml"), toSvg(chart, options.size));
    QGuiApplication::clipboard()->setMimeData(mime);
}
