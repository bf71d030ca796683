// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace CurrentUser {
// The operating system's login name, written into the audit log on SQLite.
QString loginName();
}
