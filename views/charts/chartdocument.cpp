// SPDX-License-Identifier: EUPL-1.2
#include "chartdocument.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPieSeries>
#include <QTextDocumentFragment>
#include <QXYSeries>

#include <algorithm>

ChartDocument::ChartDocument(const QString &name, std::unique_ptr<QChart> chart)
    : m_name(name)
    , m_scene(std::make_unique<QGraphicsScene>())
    , m_chart(std::move(chart))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_scene->addItem(m_chart.get());
}

ChartDocument::~ChartDocument()
{
    if (m_chart)
        m_scene->removeItem(m_chart.get());
}

QString ChartDocument::title() const
{
    if (!m_chart)
        return {};
    // The title may carry a second, smaller line (the scope); the title is the first.
    const QString plain = QTextDocumentFragment::fromHtml(m_chart->title()).toPlainText();
    return plain.section(QChar::LineSeparator, 0, 0).section(QLatin1Char('\n'), 0, 0).trimmed();
}

bool ChartDocument::hasData() const
{
    if (!m_chart)
        return false;
    const QList<QAbstractSeries *> series = m_chart->series();
    return std::any_of(series.cbegin(), series.cend(), [](const QAbstractSeries *one) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(one)) {
            const QList<QBarSet *> sets = bars->barSets();
            return std::any_of(sets.cbegin(), sets.cend(), [](const QBarSet *set) { return set->count() > 0; });
        }
        if (const auto *points = qobject_cast<const QXYSeries *>(one))
            return points->count() > 0;
        if (const auto *pie = qobject_cast<const QPieSeries *>(one))
            return pie->count() > 0;
        return true;
    });
}

QStringList ChartDocument::axisTitles() const
{
    QStringList titles;
    if (!m_chart)
        return titles;
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (const QAbstractAxis *axis : axes) {
        if (axis->isTitleVisible() && !axis->titleText().isEmpty())
            titles << QTextDocumentFragment::fromHtml(axis->titleText()).toPlainText();
    }
    return titles;
}

void ChartDocument::render(QPainter &painter, const QRectF &target) const
{
    if (!m_chart || target.isEmpty())
        return;
    const QRectF source(QPointF(0, 0), target.size());
    m_chart->resize(source.size());
    m_scene->setSceneRect(source);
    // The chart lays itself out on a posted request; do it now, not after the paint.
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_scene->render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

std::unique_ptr<QChart> ChartDocument::takeChart()
{
    if (m_chart)
        m_scene->removeItem(m_chart.get());
    return std::move(m_chart);
}
