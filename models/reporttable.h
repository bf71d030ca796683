// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One table of the committee report, in plain text: the renderers (PDF, print, ODT, HTML)
// decide the look and escape every cell, so text from the database is never markup.
// The first row printed is always the header, repeated on every page the table spans.
class ReportTable
{
public:
    enum class Align { Left, Right };
    // Data rows; a group row is one cell across the table (a program's name); a total row
    // sums up what is above it.
    enum class RowKind { Data, Group, Total };
    enum CellFlag {
        Plain = 0,
        Marked = 0x1, // needs attention: a deadline soon, a value past its target
        Muted = 0x2,  // no longer relevant: a deadline that has passed
    };

    struct Column
    {
        QString title;
        Align align = Align::Left;
        int weight = 1; // share of the table's width, relative to the other columns
    };
    struct Cell
    {
        QString text;
        int flags = Plain;
    };
    struct Row
    {
        RowKind kind = RowKind::Data;
        QList<Cell> cells; // one per column; a group row has one
    };

    ReportTable() = default;
    explicit ReportTable(const QString &caption);

    QString caption() const { return m_caption; }
    void setCaption(const QString &caption) { m_caption = caption; }

    void addColumn(const QString &title, Align align = Align::Left, int weight = 1);
    const QList<Column> &columns() const { return m_columns; }
    QStringList columnTitles() const;
    int columnCount() const { return int(m_columns.size()); }

    // Missing cells are added empty, surplus ones dropped, so every row fits the columns.
    void addRow(const QList<Cell> &cells, RowKind kind = RowKind::Data);
    void addRow(const QStringList &texts, RowKind kind = RowKind::Data);
    void addGroupRow(const QString &text);
    const QList<Row> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    // Every column's weight as a percentage of the table's width; they add up to 100.
    QList<double> widthPercents() const;

private:
    QString m_caption;
    QList<Column> m_columns;
    QList<Row> m_rows;
};
