// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

// One reason a row of a file cannot be imported.
struct ImportProblem
{
    qint64 line = 0; // physical line of the file
    QString column;  // the column's header in the file, or the field's label
    QString message; // translated sentence
};
