// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

// A rule a value broke: which field, and a German sentence to show next to it.
struct FieldError
{
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;
