// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {
// Installs the program's and Qt's own translations for a language ("de" or "en") and makes
// it the default locale for numbers and dates. German is the default.
void install(QCoreApplication &app, const QString &language = QStringLiteral("de"));
}
