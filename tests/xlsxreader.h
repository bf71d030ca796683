// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Reads back what a test wrote with libxlsxwriter: the parts of the ZIP file through the
// system's `unzip -p`, the sheets' cells with their types and styles, the number formats
// and bold fonts of the styles. Just enough to check an export, not a general reader.
namespace XlsxReader {

struct Cell
{
    QString type;  // "n" number, "b" boolean, "inlineStr", "s" shared string, "str"
    QString value; // the number or boolean as written, or the text
    int style = 0; // index into Workbook::styles
};

struct Style
{
    QString numberFormat; // format code; empty for General
    bool bold = false;
};

struct Sheet
{
    QString name;
    QString xml;
    QHash<QPair<int, int>, Cell> cells; // (row, column), both from 0
    int rowCount = 0;
    int columnCount = 0;
    Cell cell(int row, int column) const { return cells.value({row, column}); }
};

struct Workbook
{
    QString error;
    QList<Sheet> sheets;
    QList<Style> styles;
};

Workbook read(const QString &path);
QByteArray part(const QString &path, const QString &member, QString *error);
}
