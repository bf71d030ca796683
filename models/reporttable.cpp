// SPDX-License-Identifier: EUPL-1.2
#include "reporttable.h"

ReportTable::ReportTable(const QString &caption)
    : m_caption(caption)
{
}

void ReportTable::addColumn(const QString &title, Align align, int weight)
{
    m_columns.append({title, align, qMax(1, weight)});
}

QStringList ReportTable::columnTitles() const
{
    QStringList titles;
    for (const Column &column : m_columns)
        titles << column.title;
    return titles;
}

void ReportTable::addRow(const QList<Cell> &cells, RowKind kind)
{
    Row row;
    row.kind = kind;
    row.cells = cells.mid(0, m_columns.size());
    while (row.cells.size() < m_columns.size())
        row.cells.append(Cell());
    m_rows.append(row);
}

void ReportTable::addRow(const QStringList &texts, RowKind kind)
{
    QList<Cell> cells;
    for (const QString &text : texts)
        cells.append({text, Plain});
    addRow(cells, kind);
}

void ReportTable::addGroupRow(const QString &text)
{
    m_rows.append({RowKind::Group, {Cell{text, Plain}}});
}

QList<double> ReportTable::widthPercents() const
{
    int total = 0;
    for (const Column &column : m_columns)
        total += column.weight;
    QList<double> percents;
    for (const Column &column : m_columns)
        percents << (total > 0 ? 100.0 * column.weight / total : 0.0);
    return percents;
}
