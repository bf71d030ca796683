// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class ChartDocument;

// A chart into a file or onto the clipboard: PNG (pixels at a chosen resolution), SVG and
// PDF (vector, one page of the chart's size). Sizes are in pixels; for SVG and PDF they
// are pixels of 1/96 inch, so 1200 x 800 becomes a 12.5 x 8.3 inch page.
class ChartExporter
{
public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        QSize size{1200, 800};
        int dpi = 96; // PNG only: the same chart printed at this resolution

        // Taller, up to MaxSide, where a long chart needs more height than asked for its
        // labels to show (ChartDocument::preferredHeight).
        void growToPreferredHeight(int preferredHeight)
        {
            if (preferredHeight > size.height())
                size.setHeight(qMin(preferredHeight, int(MaxSide)));
        }
    };

    static constexpr int MinSide = 200;
    static constexpr int MaxSide = 10000;
    static constexpr int MinDpi = 48;
    static constexpr int MaxDpi = 1200;
    static constexpr int BaseDpi = 96; // text and lines are laid out in pixels of 1/96 inch

    static std::optional<Format> formatFromName(const QString &name); // "png", "svg", "pdf"
    static std::optional<Format> formatFromPath(const QString &path);  // by the file suffix
    static QString suffix(Format format);

    // One sentence on what is wrong with the size or resolution, or empty.
    static QString checkOptions(const Options &options);

    static QImage toImage(const ChartDocument &chart, const Options &options);
    static QByteArray toSvg(const ChartDocument &chart, const QSize &size);
    static QByteArray toPdf(const ChartDocument &chart, const QSize &size);

    // Writes the file in one go (nothing half-written on failure); returns one sentence
    // on what went wrong, or empty.
    static QString save(const ChartDocument &chart, Format format, const QString &path, const Options &options);
    // Puts the chart on the clipboard as an image and as SVG.
    static void copyToClipboard(const ChartDocument &chart, const Options &options);
};
