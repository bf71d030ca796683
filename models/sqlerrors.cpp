// SPDX-License-Identifier: EUPL-1.2
#include "sqlerrors.h"

#include <QCoreApplication>

namespace SqlErrors {

bool isLocked(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6); PostgreSQL lock_not_available (55P03)
    if (code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("55P03"))
        return true;
    return error.databaseText().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

DatabaseError fromSqlError(const QSqlError &error, const QString &whatFailed)
{
    const QString detail = error.text();
    if (isLocked(error)) {
        return DatabaseError::make(DatabaseError::Kind::Locked,
            QCoreApplication::translate("SqlErrors",
                "%1: the database is in use by another program. Please try again in a moment.")
                .arg(whatFailed), detail);
    }
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("42501")) {
        return DatabaseError::make(DatabaseError::Kind::PermissionDenied,
            QCoreApplication::translate("SqlErrors",
                "%1: you are not allowed to change this record.").arg(whatFailed), detail);
    }
    if (code == QLatin1String("19") || code == QLatin1String("787") || code == QLatin1String("2067")
        || code.startsWith(QLatin1String("23"))) {
        return DatabaseError::make(DatabaseError::Kind::Constraint,
            QCoreApplication::translate("SqlErrors",
                "%1: the change breaks a rule of the database (%2).")
                .arg(whatFailed, error.databaseText()), detail);
    }
    return DatabaseError::make(DatabaseError::Kind::Sql,
        QCoreApplication::translate("SqlErrors", "%1: the database reported an error (%2).")
            .arg(whatFailed, error.databaseText().isEmpty() ? error.text() : error.databaseText()),
        detail);
}

} // namespace SqlErrors
