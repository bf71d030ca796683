// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

class ReportDocument;

// styles.xml for the report's ODT, the page as ReportPagePainter paints it: A4 portrait
// with the report's margins, and two page styles. "First Page" has the footer only (the
// title block is in sight) and is followed by "Standard" with the running header (title
// and scope) and the footer (data date, office, "Page X of Y" as fields the office program
// fills in). Texts come from the ReportDocument in the current language.
class ReportOdtStyles
{
public:
    // The first page's style, to be named by the document's first paragraph.
    static const QString FirstPageStyle;
    // The name of the table row style that keeps a row on one page, as the PDF does
    // (ReportOdtFinisher adds it to the content's automatic styles).
    static const QString RowStyle;

    static QByteArray xml(const ReportDocument &report);
};
