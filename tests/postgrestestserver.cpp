// SPDX-License-Identifier: EUPL-1.2
#include "postgrestestserver.h"

#include "connectionsettings.h"
#include "postgresconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace PostgresTestServer {

namespace {
QAtomicInt counter;

QString uniqueSuffix()
{
    return QStringLiteral("%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(QRandomGenerator::global()->bounded(100000));
}

bool openConnection(const QString &name, const QString &url, QString *error)
{
    DatabaseError problem;
    QString password;
    const ConnectionSettings settings = ConnectionSettings::fromUrl(url, &problem, &password);
    if (problem) {
        *error = problem.message;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    problem = PostgresConnection::open(db, settings, password);
    if (problem) {
        *error = problem.message + QLatin1Char(' ') + problem.detail;
        return false;
    }
    return true;
}

void removeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool exec(const QString &connection, const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}
} // namespace

QString serverUrl()
{
    return qEnvironmentVariable("SCHULIT_TEST_PG_URL");
}

bool isRequired()
{
    return qEnvironmentVariable("SCHULIT_REQUIRE_PG") == QLatin1String("1");
}

QString unavailableReason()
{
    static const QString reason = [] {
        if (serverUrl().isEmpty())
            return QStringLiteral("SCHULIT_TEST_PG_URL is not set; packaging/dev.sh test starts a server and sets it.");
        const QString name = QStringLiteral("schulit-test-probe");
        QString error;
        const bool ok = openConnection(name, serverUrl(), &error);
        removeConnection(name);
        return ok ? QString() : error;
    }();
    return reason;
}

ScratchDatabase::ScratchDatabase()
    : m_name(QStringLiteral("schulit_test_") + uniqueSuffix())
    , m_serverConnection(QStringLiteral("scratch-server-") + m_name)
    , m_databaseConnection(QStringLiteral("scratch-db-") + m_name)
{
    if (!openConnection(m_serverConnection, serverUrl(), &m_error))
        return;
    if (!exec(m_serverConnection, QStringLiteral("CREATE DATABASE %1").arg(m_name), &m_error))
        return;
    openConnection(m_databaseConnection, url(), &m_error);
}

ScratchDatabase::~ScratchDatabase()
{
    removeConnection(m_databaseConnection);
    if (QSqlDatabase::contains(m_serverConnection)) {
        exec(m_serverConnection, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), nullptr);
        for (const QString &login : std::as_const(m_logins))
            exec(m_serverConnection, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), nullptr);
    }
    removeConnection(m_serverConnection);
}

QString ScratchDatabase::url(const QString &user) const
{
    ConnectionSettings settings = ConnectionSettings::fromUrl(serverUrl());
    settings.database = m_name;
    if (!user.isEmpty())
        settings.user = user;
    return settings.toUrl();
}

QString ScratchDatabase::createLogin(const QString &base, const QString &password, const QStringList &groups)
{
    const QString name = base + QLatin1Char('_') + uniqueSuffix();
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN").arg(name);
    if (!password.isEmpty())
        sql += QStringLiteral(" PASSWORD '%1'").arg(password); // test passwords are plain words
    if (!groups.isEmpty())
        sql += QStringLiteral(" IN ROLE ") + groups.join(QStringLiteral(", "));
    if (!exec(m_serverConnection, sql, &m_error))
        return {};
    m_logins << name;
    return name;
}

bool ScratchDatabase::execOnServer(const QString &sql, QString *error)
{
    return exec(m_serverConnection, sql, error);
}

bool ScratchDatabase::execInDatabase(const QString &sql, QString *error)
{
    return exec(m_databaseConnection, sql, error);
}

EngineLocation::EngineLocation(bool postgres)
{
    if (postgres) {
        m_scratch = std::make_unique<ScratchDatabase>();
        m_error = m_scratch->error();
        m_location = m_scratch->url();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_location = m_dir->filePath(QStringLiteral("test.sqlite"));
    }
}

EngineLocation::~EngineLocation() = default;

} // namespace PostgresTestServer
