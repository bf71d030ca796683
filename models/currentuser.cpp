// SPDX-License-Identifier: EUPL-1.2
#include "currentuser.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace CurrentUser {

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Written into the audit trail as it is, so in the language of the moment.
    return QCoreApplication::translate("CurrentUser", "unknown");
}

} // namespace CurrentUser
