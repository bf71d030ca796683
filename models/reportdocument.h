// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reporttable.h"
#include "reporttitle.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What a committee report says, independent of how it is printed: the title block and a
// sequence of blocks (numbered headings, paragraphs, tables, charts by name). Sections add
// blocks; the renderers in views/report/ turn them into pages, an ODT or HTML. All text is
// plain; renderers escape it.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    struct Block
    {
        enum class Kind { Heading, Paragraph, Note, Table, Chart };

        Kind kind = Kind::Paragraph;
        int level = 1;         // headings: 1 for a section, 2 below it
        QString number;        // headings: "2" or "2.1"
        QString text;          // heading, paragraph or note text; a chart's caption
        ReportTable table;     // Kind::Table
        QString chartName;     // Kind::Chart: a name of the chart registry
        double chartAspect = 0.55; // Kind::Chart: height / width
    };

    ReportTitle title;
    QString heading; // the paper's title: "State of school IT"
    QString scope;   // "All school authorities" or the authorities' names

    // Level 1 starts a new section ("3 Funding"), level 2 a part of it ("3.1 ...").
    void addHeading(const QString &text, int level = 1);
    void addParagraph(const QString &text);
    // A smaller remark below a table: what is marked, where figures come from.
    void addNote(const QString &text);
    void addTable(const ReportTable &table);
    void addChart(const QString &chartName, const QString &caption, double aspect = 0.55);

    // The title block as label and value, the filled-in lines only (the scope and the data
    // date always): the same lines in print, ODT and HTML.
    QList<QPair<QString, QString>> titleRows() const;
    // The footer's left part: "Data as of 15.06.2025".
    QString dataLine() const;
    // The running header's text: the title and, after the meeting date, the committee.
    QString runningTitle() const;
    // "Page 2 of 7"
    static QString pageLine(int page, int pageCount);

    const QList<Block> &blocks() const { return m_blocks; }
    // Every chart the report shows, in order, each once.
    QStringList chartNames() const;
    // The whole text in reading order, one block or table row a line (cells by " | ").
    QString plainText() const;

private:
    QList<Block> m_blocks;
    int m_section = 0;
    int m_subsection = 0;
};
