// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QSqlError>

// Turns a driver's error into one German sentence of the project's error path.
namespace SqlErrors {
bool isLocked(const QSqlError &error);
DatabaseError fromSqlError(const QSqlError &error, const QString &whatFailed);
}
