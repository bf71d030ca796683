// SPDX-License-Identifier: EUPL-1.2
#include "currentuser.h"

#include <QtGlobal>

namespace CurrentUser {

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace CurrentUser
