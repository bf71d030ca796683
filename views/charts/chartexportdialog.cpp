// SPDX-License-Identifier: EUPL-1.2
#include "chartexportdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString WidthKey = QStringLiteral("charts/export/width");
const QString HeightKey = QStringLiteral("charts/export/height");
const QString DpiKey = QStringLiteral("charts/export/dpi");
constexpr double CentimetresPerInch = 2.54;

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}
} // namespace

ChartExportDialog::ChartExportDialog(ChartExporter::Format format, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
{
    setWindowTitle(format == ChartExporter::Format::Png ? tr("Export chart as PNG")
                   : format == ChartExporter::Format::Svg ? tr("Export chart as SVG")
                                                          : tr("Export chart as PDF"));
    m_width = spinBox(ChartExporter::MinSide, ChartExporter::MaxSide, tr(" px"));
    m_height = spinBox(ChartExporter::MinSide, ChartExporter::MaxSide, tr(" px"));
    m_dpi = spinBox(ChartExporter::MinDpi, ChartExporter::MaxDpi, tr(" dpi"));
    m_hint = new QLabel;
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    if (format == ChartExporter::Format::Png)
        form->addRow(tr("&Resolution:"), m_dpi);
    else
        m_dpi->hide();
    form->addRow(m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::updateHint);
    setOptions(remembered());
}

ChartExporter::Options ChartExportDialog::options() const
{
    ChartExporter::Options result;
    result.size = QSize(m_width->value(), m_height->value());
    result.dpi = m_format == ChartExporter::Format::Png ? m_dpi->value() : ChartExporter::BaseDpi;
    return result;
}

void ChartExportDialog::setOptions(const ChartExporter::Options &options)
{
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
    updateHint();
}

ChartExporter::Options ChartExportDialog::remembered()
{
    const QSettings settings;
    ChartExporter::Options options;
    options.size = QSize(settings.value(WidthKey, options.size.width()).toInt(),
                         settings.value(HeightKey, options.size.height()).toInt());
    options.dpi = settings.value(DpiKey, options.dpi).toInt();
    if (!ChartExporter::checkOptions(options).isEmpty())
        return ChartExporter::Options();
    return options;
}

void ChartExportDialog::remember(const ChartExporter::Options &options)
{
    QSettings settings;
    settings.setValue(WidthKey, options.size.width());
    settings.setValue(HeightKey, options.size.height());
    settings.setValue(DpiKey, options.dpi);
}

void ChartExportDialog::accept()
{
    const QString problem = ChartExporter::checkOptions(options());
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    remember(options());
    QDialog::accept();
}

void ChartExportDialog::updateHint()
{
    const ChartExporter::Options current = options();
    const double dpi = current.dpi;
    const QLocale locale;
    const QString width = locale.toString(current.size.width() / dpi * CentimetresPerInch, 'f', 1);
    const QString height = locale.toString(current.size.height() / dpi * CentimetresPerInch, 'f', 1);
    m_hint->setText(tr("Printed size: %1 x %2 cm.").arg(width, height));
}
