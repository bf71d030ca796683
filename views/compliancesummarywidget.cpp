// SPDX-License-Identifier: EUPL-1.2
#include "compliancesummarywidget.h"

#include "compliancegapmodel.h"
#include "database.h"
#include "reloadonchange.h"
#include "standardscompliancewidget.h"
#include "statisticsservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ComplianceSummaryWidget::ComplianceSummaryWidget(StatisticsService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_model = new ComplianceGapModel(this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    // Brief: the standard, the share and the gap; the full list is on the standards screen.
    for (int column : {ComplianceGapModel::Requirement, ComplianceGapModel::AppliesTo, ComplianceGapModel::Met,
                       ComplianceGapModel::NotMet, ComplianceGapModel::NoData})
        m_view->hideColumn(column);
    m_view->horizontalHeader()->setSectionResizeMode(ComplianceGapModel::Gap, QHeaderView::Stretch);
    m_view->setColumnWidth(ComplianceGapModel::Standard, 230); // most names on one line
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // As high as its rows, no blank space below them: they grow and shrink with the width.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the gap column wraps instead
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_view->verticalHeader(), &QHeaderView::sectionResized, this, &ComplianceSummaryWidget::fitToRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_view);
    layout->addStretch(1);
    m_reloader = new ReloadOnChange(this, service.database().notifier(), StandardsComplianceWidget::watchedTables(),
                                    [this] { reload(); });
}

void ComplianceSummaryWidget::setFilter(const StatisticsFilter &filter)
{
    if (filter == m_filter && !m_reloader->isStale())
        return;
    m_filter = filter;
    m_reloader->markStale();
}

QString ComplianceSummaryWidget::headline() const
{
    return m_headline->text();
}

void ComplianceSummaryWidget::reload()
{
    StandardsCompliance compliance;
    if (const DatabaseError error = StandardsCompliance::load(m_service, m_filter, compliance)) {
        m_headline->setText(error.message);
        m_model->setCompliance({});
        emit reloaded();
        return;
    }
    m_model->setCompliance(compliance);
    int fullyMet = 0;
    for (const StandardsCompliance::Tally &tally : std::as_const(compliance.totals)) {
        if (tally.status() == StandardsCompliance::Status::Met)
            ++fullyMet;
    }
    const int count = int(compliance.standards.size());
    m_headline->setText(count == 0 ? tr("No minimum standard is defined yet.")
                                   : tr("%1 of %n minimum standard(s) met by every school they apply to.", nullptr, count)
                                         .arg(fullyMet));
    m_view->resizeRowsToContents();
    fitToRows();
    emit reloaded();
}

void ComplianceSummaryWidget::fitToRows()
{
    m_view->setFixedHeight(m_view->horizontalHeader()->height() + m_view->verticalHeader()->length()
                           + 2 * m_view->frameWidth());
    m_view->setVisible(m_model->rowCount() > 0);
}
