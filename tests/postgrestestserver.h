// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

// The throwaway PostgreSQL server of the test command (packaging/dev.sh test): its address
// as a superuser is in SCHULIT_TEST_PG_URL. With SCHULIT_REQUIRE_PG=1 (set by the test
// command and CI) a missing server fails the PostgreSQL tests; a developer's plain `ctest`
// without the variable skips them with a message.
namespace PostgresTestServer {

QString serverUrl();
bool isRequired();

// Empty when a server is there; otherwise why not.
QString unavailableReason();

// A database of its own on the test server, dropped again at the end, and login roles
// created for it (dropped too). Several test programs run in parallel on one server.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // The database's address, as the server's superuser or as another login.
    QString url(const QString &user = {}) const;

    // A new login (name made unique on the server: base + suffix), optionally with a
    // password and members of groups; returns the full name, or empty after a failure.
    QString createLogin(const QString &base, const QString &password = {}, const QStringList &groups = {});

    // Runs a statement as the superuser on the maintenance database (roles, pg_hba checks).
    bool execOnServer(const QString &sql, QString *error = nullptr);
    // Runs a statement as the superuser in the scratch database.
    bool execInDatabase(const QString &sql, QString *error = nullptr);

private:
    QString m_name;
    QString m_error;
    QString m_serverConnection;
    QString m_databaseConnection;
    QStringList m_logins;
};

// A database on either engine for data-driven tests: a SQLite file in a temporary folder,
// or a scratch database on the test server.
class EngineLocation
{
public:
    explicit EngineLocation(bool postgres);
    ~EngineLocation();
    QString location() const { return m_location; }
    QString error() const { return m_error; }
    ScratchDatabase *postgres() const { return m_scratch.get(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScratchDatabase> m_scratch;
    QString m_location;
    QString m_error;
};

} // namespace PostgresTestServer

// At the start of a test (or a data row) that needs the server.
#define SCHULIT_NEED_POSTGRES()                                                          \
    do {                                                                                \
        const QString reason_ = PostgresTestServer::unavailableReason();                 \
        if (!reason_.isEmpty()) {                                                       \
            if (PostgresTestServer::isRequired())                                       \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required: ") + reason_)); \
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL test server: ") + reason_));  \
        }                                                                               \
    } while (false)
