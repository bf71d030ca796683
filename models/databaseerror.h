// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

// One error path for everything that touches the database: a kind for code that must
// react, and a complete German sentence for the person in front of the screen.
struct DatabaseError
{
    enum class Kind {
        None,
        NotADatabase,
        ReadOnly,
        Locked,
        NewerSchema,
        CannotCreate,
        Validation,
        Constraint,
        InUse,
        NotFound,
        Conflict,
        PermissionDenied,
        Sql,
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;
    QString detail; // the driver's own text, for logs and the "details" part of a dialog

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static DatabaseError none() { return {}; }
    static DatabaseError make(Kind kind, const QString &message, const QString &detail = {})
    {
        return DatabaseError{kind, message, detail};
    }
};
