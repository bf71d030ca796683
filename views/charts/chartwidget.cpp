// SPDX-License-Identifier: EUPL-1.2
#include "chartwidget.h"

#include "changenotifier.h"
#include "chartdocument.h"
#include "chartexportdialog.h"
#include "chartregistry.h"
#include "database.h"
#include "statisticsservice.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString FolderKey = QStringLiteral("charts/export/folder");
// Edits arrive in bursts (an import, a paste); one redraw after the burst is enough.
constexpr int ReloadDelayMs = 150;

// The last grouping the user chose for a chart, kept between sessions.
QString groupingKey(const QString &chartName)
{
    return QStringLiteral("charts/%1/grouping").arg(chartName);
}
const QString PerAuthorityValue = QStringLiteral("per-authority");

} // namespace

ChartWidget::ChartWidget(const QString &chartName, StatisticsService &service, QWidget *parent)
    : QWidget(parent)
    , m_chartName(chartName)
    , m_service(service)
{
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumSize(360, 280);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setContentsMargins(8, 24, 8, 8);
    m_message->hide();

    m_exportButton = new QToolButton;
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save this chart as PNG, SVG or PDF, or copy it"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setMenu(createExportMenu(m_exportButton));

    m_exportButton->setAutoRaise(true);
    // A row above the chart, not floating on it: a long title needs the whole top edge.
    auto *toolRow = new QHBoxLayout;
    toolRow->setContentsMargins(4, 2, 4, 0);
    toolRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    const ChartRegistry::Entry *entry = ChartRegistry::find(m_chartName);
    if (entry && entry->groupable) {
        m_groupingChoice = new QComboBox;
        m_groupingChoice->addItem(tr("Summed"), int(ChartRegistry::Grouping::Summed));
        m_groupingChoice->addItem(tr("Per school authority"), int(ChartRegistry::Grouping::PerAuthority));
        m_groupingChoice->setToolTip(tr("Show the figures summed over the school authorities or one by one"));
        m_groupingChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *label = new QLabel(tr("&Show:"));
        label->setBuddy(m_groupingChoice);
        toolRow->addWidget(label);
        toolRow->addWidget(m_groupingChoice);
        connect(m_groupingChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
            setGrouping(ChartRegistry::Grouping(m_groupingChoice->itemData(index).toInt()));
        });
        // Only the user's own choice is remembered, not one a caller sets.
        connect(m_groupingChoice, &QComboBox::activated, this, [this] {
            QSettings().setValue(groupingKey(m_chartName), m_grouping == ChartRegistry::Grouping::PerAuthority
                                                               ? PerAuthorityValue
                                                               : QStringLiteral("summed"));
        });
        if (QSettings().value(groupingKey(m_chartName)).toString() == PerAuthorityValue)
            setGrouping(ChartRegistry::Grouping::PerAuthority);
    }
    toolRow->addWidget(m_exportButton);
    layout->addLayout(toolRow);
    layout->addWidget(m_view, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &ChartWidget::reload);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartWidget::showContextMenu);
    if (ChangeNotifier *notifier = m_service.database().notifier())
        connect(notifier, &ChangeNotifier::tableChanged, this, &ChartWidget::onTableChanged);
}

ChartWidget::~ChartWidget() = default;

QString ChartWidget::title() const
{
    const ChartRegistry::Entry *entry = ChartRegistry::find(m_chartName);
    return entry ? entry->title() : m_chartName;
}

void ChartWidget::setFilter(const StatisticsFilter &filter)
{
    if (filter == m_filter && !m_stale)
        return;
    m_filter = filter;
    scheduleReload();
}

void ChartWidget::setGrouping(ChartRegistry::Grouping grouping)
{
    if (!m_groupingChoice || grouping == m_grouping)
        return;
    m_grouping = grouping;
    m_groupingChoice->setCurrentIndex(m_groupingChoice->findData(int(grouping)));
    scheduleReload();
}

std::unique_ptr<ChartDocument> ChartWidget::buildDocument(DatabaseError &error) const
{
    return ChartRegistry::build(m_chartName, m_service, m_filter, m_grouping, error);
}

void ChartWidget::reload()
{
    m_reloadTimer->stop();
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    DatabaseError error;
    std::unique_ptr<ChartDocument> document = buildDocument(error);
    if (!document) {
        m_message->setText(error.message);
        m_message->show();
        return;
    }
    // Bare axes say nothing: a sentence instead, until there is something to draw.
    const bool empty = !document->hasData();
    m_message->setText(tr("No data for this chart yet."));
    m_message->setVisible(empty);
    m_view->setVisible(!empty);
    m_preferredHeight = document->preferredHeight();
    QChart *previous = m_view->chart();
    m_view->setChart(document->takeChart().release()); // the view owns it from here
    delete previous;
    ++m_reloadCount;
    emit reloaded();
}

void ChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        scheduleReload();
}

void ChartWidget::onTableChanged(const QString &table)
{
    if (StatisticsService::readsTable(table))
        scheduleReload();
}

void ChartWidget::scheduleReload()
{
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}

QString ChartWidget::exportToFile(ChartExporter::Format format, const QString &path,
                                  const ChartExporter::Options &options)
{
    DatabaseError error;
    const std::unique_ptr<ChartDocument> document = buildDocument(error);
    if (!document)
        return error.message;
    return ChartExporter::save(*document, format, path, options);
}

void ChartWidget::askAndExport(ChartExporter::Format format)
{
    ChartExportDialog dialog(format, this);
    // A long chart (every program per authority) suggests the height its labels need, as
    // the chart on screen knows it.
    ChartExporter::Options suggested = dialog.options();
    suggested.growToPreferredHeight(m_preferredHeight);
    dialog.setOptions(suggested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    const QString folder = settings.value(FolderKey,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suffix = ChartExporter::suffix(format);
    const QString filter = format == ChartExporter::Format::Png ? tr("PNG image (*.png)")
                         : format == ChartExporter::Format::Svg ? tr("SVG vector graphic (*.svg)")
                                                                : tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                QDir(folder).filePath(m_chartName + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = exportToFile(format, path, dialog.options());
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export chart"), problem);
}

void ChartWidget::copyToClipboard()
{
    DatabaseError error;
    const std::unique_ptr<ChartDocument> document = buildDocument(error);
    if (!document) {
        QMessageBox::warning(this, tr("Copy chart"), error.message);
        return;
    }
    // Twice the screen size at twice the resolution: sharp when pasted into a document.
    ChartExporter::Options options;
    options.size = m_view->size() * 2;
    options.dpi = 2 * ChartExporter::BaseDpi;
    if (!ChartExporter::checkOptions(options).isEmpty())
        options = ChartExporter::Options();
    ChartExporter::copyToClipboard(*document, options);
}

QMenu *ChartWidget::createExportMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    connect(menu->addAction(tr("Save as &PNG...")), &QAction::triggered, this,
            [this] { askAndExport(ChartExporter::Format::Png); });
    connect(menu->addAction(tr("Save as &SVG...")), &QAction::triggered, this,
            [this] { askAndExport(ChartExporter::Format::Svg); });
    connect(menu->addAction(tr("Save as P&DF...")), &QAction::triggered, this,
            [this] { askAndExport(ChartExporter::Format::Pdf); });
    menu->addSeparator();
    connect(menu->addAction(tr("&Copy to clipboard")), &QAction::triggered, this, &ChartWidget::copyToClipboard);
    return menu;
}

void ChartWidget::showContextMenu(const QPoint &position)
{
    QMenu *menu = createExportMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->mapToGlobal(position));
}
