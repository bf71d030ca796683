// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "chartexporter.h"
#include "chartregistry.h"
#include "statisticsfilter.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QMenu;
class QTimer;
class QToolButton;
class StatisticsService;

// One chart of the registry on screen, with an export button and the same actions in its
// context menu, and a choice "summed / per school authority" for charts that offer it (the
// user's last choice per chart comes back in the next session). It
// follows the filter it is given and redraws when a table it shows is changed
// (ChangeNotifier::tableChanged), once visible again if it is hidden.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    ChartWidget(const QString &chartName, StatisticsService &service, QWidget *parent = nullptr);
    ~ChartWidget() override;

    QString chartName() const { return m_chartName; }
    QString title() const;
    StatisticsFilter filter() const { return m_filter; }
    void setFilter(const StatisticsFilter &filter);
    bool isGroupable() const { return m_groupingChoice != nullptr; }
    ChartRegistry::Grouping grouping() const { return m_grouping; }
    // Ignored by charts that are not groupable.
    void setGrouping(ChartRegistry::Grouping grouping);
    // How often the chart was drawn: lets tests see that an edit redraws it.
    int reloadCount() const { return m_reloadCount; }

    // Builds a fresh chart for export, independent of the one on screen, with its filter
    // and grouping.
    QString exportToFile(ChartExporter::Format format, const QString &path, const ChartExporter::Options &options);

public slots:
    void reload();
    void copyToClipboard();

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onTableChanged(const QString &table);
    void scheduleReload();
    void askAndExport(ChartExporter::Format format);
    QMenu *createExportMenu(QWidget *parent);
    void showContextMenu(const QPoint &position);
    std::unique_ptr<ChartDocument> buildDocument(DatabaseError &error) const;

    QString m_chartName;
    StatisticsService &m_service;
    StatisticsFilter m_filter;
    ChartRegistry::Grouping m_grouping = ChartRegistry::Grouping::Summed;
    QComboBox *m_groupingChoice = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_exportButton = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_stale = true;
    int m_reloadCount = 0;
    int m_preferredHeight = 0; // of the chart on screen
};
