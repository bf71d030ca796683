// SPDX-License-Identifier: EUPL-1.2
#include "admincommand.h"

#include "database.h"
#include "roleadmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCommand", text);
}

QString usage()
{
    return QCoreApplication::translate("AdminCommand", "Usage:\n"
              "  schulit admin init-roles --database postgresql://...\n"
              "  schulit admin grant USER --role county-office|coordinator|committee "
              "[--authority NAME|ID] --database postgresql://...");
}
} // namespace

QString AdminCommand::description() const
{
    return tr("Sets up the roles of a shared PostgreSQL database: admin init-roles | admin grant USER --role ROLE.");
}

void AdminCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("task"), tr("init-roles, or grant USER."));
    parser.addOption({QStringLiteral("role"), tr("county-office, coordinator or committee."), QStringLiteral("role")});
    parser.addOption({QStringLiteral("authority"), tr("The school authority a coordinator works for (name or id)."),
                      QStringLiteral("authority")});
}

int AdminCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (!parser.isSet(QStringLiteral("database")) || !Database::isPostgresUrl(parser.value(QStringLiteral("database")))) {
        err << tr("Please name the shared database with --database postgresql://user@host:port/dbname.") << Qt::endl
            << usage() << Qt::endl;
        return UsageError;
    }
    if (arguments.size() == 1 && arguments.first() == QLatin1String("init-roles"))
        return initRoles(parser, out, err);
    if (arguments.size() == 2 && arguments.first() == QLatin1String("grant"))
        return grant(parser, arguments.at(1), out, err);
    err << usage() << Qt::endl;
    return UsageError;
}

int AdminCommand::initRoles(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Database database;
    Database::Options options;
    options.createIfMissing = false;
    DatabaseError error = database.open(parser.value(QStringLiteral("database")), options);
    QStringList summary;
    if (!error)
        error = RoleAdmin(database).initRoles(&summary);
    if (error) {
        err << error.message << Qt::endl;
        return Failure;
    }
    out << tr("Roles set up in %1 (schulit_county_office, schulit_coordinator, schulit_committee):")
               .arg(database.location())
        << Qt::endl;
    for (const QString &line : std::as_const(summary))
        out << QStringLiteral("  ") << line << Qt::endl;
    out << tr("Give people their role with: schulit admin grant USER --role ROLE [--authority NAME] --database URL. "
              "Run init-roles again after each program update.")
        << Qt::endl;
    return Success;
}

int AdminCommand::grant(const QCommandLineParser &parser, const QString &user, QTextStream &out, QTextStream &err)
{
    const auto role = RoleAdmin::roleFromCode(parser.value(QStringLiteral("role")));
    if (!role) {
        err << tr("Please choose the role with --role county-office, coordinator or committee.") << Qt::endl;
        return UsageError;
    }
    Database database;
    Database::Options options;
    options.createIfMissing = false;
    if (const DatabaseError error = database.open(parser.value(QStringLiteral("database")), options)) {
        err << error.message << Qt::endl;
        return Failure;
    }
    RoleAdmin admin(database);
    std::optional<qint64> authority;
    if (*role == RoleAdmin::Role::Coordinator) {
        const QString given = parser.value(QStringLiteral("authority"));
        authority = admin.findAuthority(given);
        if (!authority) {
            err << (given.isEmpty() ? tr("Please name the coordinator's school authority with --authority NAME.")
                                    : tr("There is no school authority \"%1\".").arg(given))
                << Qt::endl;
            return UsageError;
        }
    }
    if (const DatabaseError error = admin.assign(user, *role, authority)) {
        err << error.message << Qt::endl;
        return Failure;
    }
    out << tr("%1 now has the role %2.").arg(user, RoleAdmin::roleCode(*role)) << Qt::endl;
    return Success;
}
