// SPDX-License-Identifier: EUPL-1.2
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app, const QString &language)
{
    const QLocale locale(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::Germany)
                                                         : QLocale(QLocale::German, QLocale::Germany));
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return;

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("schulit"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);

    // Qt's own strings (dialog buttons, print preview); next to the program on Windows.
    const QStringList folders{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                              QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
    for (const QString &folder : folders) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
}

} // namespace Translations
