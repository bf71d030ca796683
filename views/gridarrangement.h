// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QGridLayout>
#include <QList>

// Lays `widgets` out in `columns` equally wide columns, row by row, in their order: for
// panels that reflow into fewer columns on a narrow window.
template<typename Widget>
void arrangeInColumns(QGridLayout &grid, const QList<Widget *> &widgets, int columns)
{
    for (Widget *widget : widgets)
        grid.removeWidget(widget);
    for (int index = 0; index < widgets.size(); ++index)
        grid.addWidget(widgets.at(index), index / columns, index % columns);
    for (int column = 0; column < grid.columnCount(); ++column)
        grid.setColumnStretch(column, column < columns ? 1 : 0);
}
