// SPDX-License-Identifier: EUPL-1.2
#include "application.h"

#include "commandoptions.h"
#include "commandregistry.h"
#include "connectiondialog.h"
#include "database.h"
#include "democountygenerator.h"
#include "mainwindow.h"
#include "recentdatabases.h"
#include "translations.h"
#include "windowfeatures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Application", text);
}

// The language is needed before the parser's help texts are built.
QString languageFromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return QStringLiteral("de");
}

QString firstPositional(const QStringList &arguments)
{
    static const QStringList optionsWithValue{QStringLiteral("--database"), QStringLiteral("--lang")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

QString freshDemoDatabase(QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    Database database;
    DatabaseError error = database.open(path);
    if (!error) {
        QProgressDialog progress(QCoreApplication::translate("Application", "Creating the demo county..."),
                                 QCoreApplication::translate("Application", "Cancel"), 0, 100, parent);
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(300);
        error = DemoCountyGenerator({1, 20000, QDate::currentDate()})
                    .generate(database, [&progress](int done, int total) {
                        progress.setValue(total > 0 ? done * 100 / total : 100);
                        return !progress.wasCanceled();
                    });
    }
    if (error) {
        QMessageBox::critical(parent, QCoreApplication::translate("Application", "Demo database"), error.message);
        return {};
    }
    return path;
}

} // namespace

namespace Application {

bool isCommandLineVerb(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h")
            return true;
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Any positional word is a verb; an unknown one gets its error message on the console.
    return !firstPositional(arguments).isEmpty();
}

int run(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Schul-IT"));
    QApplication::setApplicationName(QStringLiteral("schulit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Schul-IT Koordination"));
    QApplication::setApplicationVersion(QStringLiteral(SCHULIT_VERSION));
    Translations::install(app, languageFromArguments(QCoreApplication::arguments()));

    QTextStream out(stdout);
    QTextStream err(stderr);

    auto verbs = CommandRegistry::createAll();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Schul-IT Koordination: school IT of a county and its school authorities."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(CommandOptions::database());
    parser.addOption(CommandOptions::language());
    parser.addOption(CommandOptions::demo());
    QStringList verbList;
    for (const auto &verb : verbs)
        verbList << QStringLiteral("  %1  %2").arg(verb->name().leftJustified(8), verb->description());
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("Application", "Optional command; without one the program window opens:") + QLatin1Char('\n') + verbList.join(QLatin1Char('\n')));

    const QString verbName = firstPositional(QCoreApplication::arguments());
    CommandVerb *verb = nullptr;
    for (const auto &candidate : verbs) {
        if (candidate->name() == verbName)
            verb = candidate.get();
    }
    if (!verbName.isEmpty() && !verb) {
        err << QCoreApplication::translate("Application", "Unknown command \"%1\". See schulit --help.").arg(verbName) << Qt::endl;
        return CommandVerb::UsageError;
    }
    if (verb)
        verb->addOptions(parser);
    parser.process(app);

    if (verb)
        return verb->run(parser, out, err);

    QString location = CommandOptions::databaseLocation(parser);
    // Without --database the window opens the database used last (File > Recent databases).
    const bool lastUsed = !parser.isSet(CommandOptions::database()) && !parser.isSet(CommandOptions::demo())
                          && !RecentDatabases::mostRecent().isEmpty();
    if (lastUsed)
        location = RecentDatabases::mostRecent();
    if (parser.isSet(CommandOptions::demo())) {
        location = freshDemoDatabase(nullptr);
        if (location.isEmpty())
            return CommandVerb::Failure;
    }
    Database database;
    DatabaseError error = ConnectionDialog::openWithPasswordPrompt(database, location, nullptr);
    if (error && lastUsed && location != Database::defaultLocation()) {
        // The server of last time may be away; the local database still lets people work.
        QMessageBox::warning(nullptr, QCoreApplication::translate("Application", "Opening the database"),
                             error.message + QStringLiteral("\n\n") + QCoreApplication::translate("Application", "The local database opens instead."));
        location = Database::defaultLocation();
        error = database.open(location);
    }
    if (error) {
        if (error.kind != DatabaseError::Kind::Cancelled)
            QMessageBox::critical(nullptr, QCoreApplication::translate("Application", "Opening the database"), error.message);
        return CommandVerb::Failure;
    }
    RecentDatabases::add(location);
    MainWindow window(database);
    WindowFeatures::install(window);
    window.show();
    return QApplication::exec();
}

} // namespace Application
