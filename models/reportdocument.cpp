// SPDX-License-Identifier: EUPL-1.2
#include "reportdocument.h"

#include "reportformat.h"

#include <QtGlobal>

QList<QPair<QString, QString>> ReportDocument::titleRows() const
{
    QList<QPair<QString, QString>> rows;
    if (!title.committee.trimmed().isEmpty())
        rows.append({tr("Committee"), title.committee.trimmed()});
    if (title.meetingDate.isValid())
        rows.append({tr("Meeting on"), ReportFormat::date(title.meetingDate)});
    if (!title.agendaItem.trimmed().isEmpty())
        rows.append({tr("Agenda item"), title.agendaItem.trimmed()});
    rows.append({tr("Scope"), scope});
    rows.append({tr("Data as of"), ReportFormat::date(title.dataDate)});
    return rows;
}

QString ReportDocument::dataLine() const
{
    return tr("Data as of %1").arg(ReportFormat::date(title.dataDate));
}

QString ReportDocument::runningTitle() const
{
    if (title.committee.trimmed().isEmpty())
        return heading;
    if (!title.meetingDate.isValid())
        return QStringLiteral("%1 \u00b7 %2").arg(heading, title.committee.trimmed());
    return QStringLiteral("%1 \u00b7 %2, %3").arg(heading, title.committee.trimmed(), ReportFormat::date(title.meetingDate));
}

QString ReportDocument::pageLine(int page, int pageCount)
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

void ReportDocument::addHeading(const QString &text, int level)
{
    Block block;
    block.kind = Block::Kind::Heading;
    block.level = qBound(1, level, 2);
    if (block.level == 1) {
        ++m_section;
        m_subsection = 0;
        block.number = QString::number(m_section);
    } else {
        ++m_subsection;
        block.number = QStringLiteral("%1.%2").arg(m_section).arg(m_subsection);
    }
    block.text = text;
    m_blocks.append(block);
}

void ReportDocument::addParagraph(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.text = text;
    m_blocks.append(block);
}

void ReportDocument::addNote(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Note;
    block.text = text;
    m_blocks.append(block);
}

void ReportDocument::addTable(const ReportTable &table)
{
    Block block;
    block.kind = Block::Kind::Table;
    block.table = table;
    m_blocks.append(block);
}

void ReportDocument::addChart(const QString &chartName, const QString &caption, double aspect)
{
    Block block;
    block.kind = Block::Kind::Chart;
    block.chartName = chartName;
    block.text = caption;
    block.chartAspect = qBound(0.2, aspect, 1.2);
    m_blocks.append(block);
}

QStringList ReportDocument::chartNames() const
{
    QStringList names;
    for (const Block &block : m_blocks) {
        if (block.kind == Block::Kind::Chart && !names.contains(block.chartName))
            names << block.chartName;
    }
    return names;
}

QString ReportDocument::plainText() const
{
    QStringList lines{heading, scope};
    for (const Block &block : m_blocks) {
        switch (block.kind) {
        case Block::Kind::Heading:
            lines << block.number + QLatin1Char(' ') + block.text;
            break;
        case Block::Kind::Paragraph:
        case Block::Kind::Note:
        case Block::Kind::Chart:
            lines << block.text;
            break;
        case Block::Kind::Table:
            lines << block.table.caption() << block.table.columnTitles().join(QStringLiteral(" | "));
            for (const ReportTable::Row &row : block.table.rows()) {
                QStringList cells;
                for (const ReportTable::Cell &cell : row.cells)
                    cells << cell.text;
                lines << cells.join(QStringLiteral(" | "));
            }
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}
