// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class ReportDocument;
class ReportTable;

// The committee report as one self-contained HTML page (A4 print styles, tables with a
// <thead> that browsers repeat on every printed page). Every text is escaped here: a
// school named "<b>A & B</b>" prints as written.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    // The image address for a chart, usually a data: URL; empty leaves the chart out.
    using ChartSource = std::function<QString(const QString &chartName)>;

    static QString render(const ReportDocument &document, const ChartSource &chartSource);
    static QString escape(const QString &text);

private:
    static QString table(const ReportTable &table);
};
