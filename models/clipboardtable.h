// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QStringList>

// Cells as spreadsheets put them on the clipboard: tab between cells, a line per row, and
// a cell holding a tab, line break or quote in double quotes ("a ""b""").
namespace ClipboardTable {
QList<QStringList> parse(const QString &text);
QString format(const QList<QStringList> &rows);
}
