// SPDX-License-Identifier: EUPL-1.2
#include "connectionsettings.h"
#include "database.h"
#include "postgresconnection.h"
#include "testsupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Parsing and writing postgresql:// addresses, without a server.
class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesUrls_data();
    void parsesUrls();
    void refusesWhatLibpqWouldNotUnderstand_data();
    void refusesWhatLibpqWouldNotUnderstand();
    void passwordInTheUrlIsHandedOutButNeverWrittenBack();
    void roundTripThroughTheUrl();
    void connectOptionsAreQuotedForLibpq();
    void settingsNeverHoldAPassword();
    void sslModesHaveCodesAndLabels();
    void passwordFileFollowsPgpassfile();
    void refusedLoginsAreRecognised();
};

void TestConnectionSettings::initTestCase()
{
    TestSupport::useGerman();
}

void TestConnectionSettings::parsesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("full") << "postgresql://k.mueller@db.kreis.example:5433/schulit"
                          << "db.kreis.example" << 5433 << "schulit" << "k.mueller" << "" << "";
    QTest::newRow("short scheme, no port") << "postgres://amt@server/inventar"
                                           << "server" << 0 << "inventar" << "amt" << "" << "";
    QTest::newRow("sslmode") << "postgresql://a@h/db?sslmode=verify-full"
                             << "h" << 0 << "db" << "a" << "" << "verify-full";
    QTest::newRow("service only") << "postgresql://?service=kreisamt"
                                  << "" << 0 << "" << "" << "kreisamt" << "";
    QTest::newRow("socket folder in the query") << "postgresql:///schulit?host=/var/run/postgresql"
                                                << "/var/run/postgresql" << 0 << "schulit" << "" << "" << "";
    QTest::newRow("socket folder percent-encoded") << "postgresql://%2Ftmp%2Fpg:5439/schulit"
                                                   << "/tmp/pg" << 5439 << "schulit" << "" << "" << "";
    QTest::newRow("IPv6") << "postgresql://u@[::1]:5432/db" << "::1" << 5432 << "db" << "u" << "" << "";
    QTest::newRow("umlauts encoded") << "postgresql://j%C3%BCrgen@h/schul%C3%A4mter"
                                     << "h" << 0 << QString::fromUtf8("schulämter") << QString::fromUtf8("jürgen") << "" << "";
}

void TestConnectionSettings::parsesUrls()
{
    QFETCH(QString, url);
    DatabaseError error;
    const ConnectionSettings settings = ConnectionSettings::fromUrl(url, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QTEST(settings.host, "host");
    QTEST(settings.port, "port");
    QTEST(settings.database, "database");
    QTEST(settings.user, "user");
    QTEST(settings.service, "service");
    QTEST(ConnectionSettings::sslModeCode(settings.sslMode), "sslMode");
    QVERIFY(Database::isPostgresUrl(url));
}

void TestConnectionSettings::refusesWhatLibpqWouldNotUnderstand_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("unknown ssl mode") << "postgresql://h/db?sslmode=always" << "always";
    QTest::newRow("port not a number") << "postgresql://h:fuenf/db" << "fuenf";
    QTest::newRow("port too large") << "postgresql://h:70000/db" << "70000";
    QTest::newRow("unknown setting") << "postgresql://h/db?colour=blue" << "colour";
    QTest::newRow("semicolon in a value") << "postgresql://h/db?application_name=a;b" << "application_name";
    QTest::newRow("not postgresql") << "mysql://h/db" << "postgresql://";
}

void TestConnectionSettings::refusesWhatLibpqWouldNotUnderstand()
{
    QFETCH(QString, url);
    QFETCH(QString, mentioned);
    DatabaseError error;
    ConnectionSettings::fromUrl(url, &error);
    QCOMPARE(error.kind, DatabaseError::Kind::NotADatabase);
    QVERIFY2(error.message.contains(mentioned), qPrintable(error.message));
    QVERIFY2(error.message.contains(url), qPrintable(error.message));
}

void TestConnectionSettings::passwordInTheUrlIsHandedOutButNeverWrittenBack()
{
    QString password;
    DatabaseError error;
    const ConnectionSettings settings =
        ConnectionSettings::fromUrl(QStringLiteral("postgresql://amt:g%40heim@h:5432/db"), &error, &password);
    QVERIFY(!error);
    QCOMPARE(password, QStringLiteral("g@heim"));
    QCOMPARE(settings.user, QStringLiteral("amt"));
    QCOMPARE(settings.toUrl(), QStringLiteral("postgresql://amt@h:5432/db"));
    QVERIFY(!settings.displayName().contains(QStringLiteral("heim")));

    ConnectionSettings::fromUrl(QStringLiteral("postgresql://h/db?password=s3cret"), &error, &password);
    QCOMPARE(password, QStringLiteral("s3cret"));
}

void TestConnectionSettings::roundTripThroughTheUrl()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("db.kreis.example");
    settings.port = 5433;
    settings.database = QString::fromUtf8("schulämter");
    settings.user = QStringLiteral("k.mueller");
    settings.sslMode = ConnectionSettings::SslMode::Require;
    settings.service = QStringLiteral("kreis amt");
    settings.extraOptions = {{QStringLiteral("connect_timeout"), QStringLiteral("5")}};
    const QString url = settings.toUrl();
    QCOMPARE(url, QStringLiteral("postgresql://k.mueller@db.kreis.example:5433/schul%C3%A4mter"
                                 "?sslmode=require&service=kreis%20amt&connect_timeout=5"));
    DatabaseError error;
    QCOMPARE(ConnectionSettings::fromUrl(url, &error), settings);
    QVERIFY(!error);

    ConnectionSettings socket;
    socket.host = QStringLiteral("/tmp/pg sockets");
    socket.database = QStringLiteral("db");
    QCOMPARE(ConnectionSettings::fromUrl(socket.toUrl()), socket);
    ConnectionSettings ipv6;
    ipv6.host = QStringLiteral("::1");
    ipv6.port = 5432;
    QCOMPARE(ipv6.toUrl(), QStringLiteral("postgresql://[::1]:5432/"));
    QCOMPARE(ConnectionSettings::fromUrl(ipv6.toUrl()), ipv6);
}

void TestConnectionSettings::connectOptionsAreQuotedForLibpq()
{
    ConnectionSettings settings;
    settings.sslMode = ConnectionSettings::SslMode::VerifyCa;
    settings.service = QStringLiteral("it's");
    QCOMPARE(settings.connectOptions(),
             QStringLiteral("sslmode='verify-ca';service='it\\'s';connect_timeout='10';application_name='schulit'"));
    settings = ConnectionSettings::fromUrl(QStringLiteral("postgresql://h/db?connect_timeout=3&application_name=x"));
    QCOMPARE(settings.connectOptions(), QStringLiteral("connect_timeout='3';application_name='x'"));
}

void TestConnectionSettings::settingsNeverHoldAPassword()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ConnectionSettings::fromUrl(QStringLiteral("postgresql://amt:TopSecret@h:5432/db?sslmode=require"))
            .save(settings);
    }
    QVERIFY(!TestSupport::fileBytes(file).contains("TopSecret"));
    QSettings settings(file, QSettings::IniFormat);
    const ConnectionSettings loaded = ConnectionSettings::load(settings);
    QCOMPARE(loaded.user, QStringLiteral("amt"));
    QCOMPARE(loaded.sslMode, ConnectionSettings::SslMode::Require);
}

void TestConnectionSettings::sslModesHaveCodesAndLabels()
{
    QCOMPARE(ConnectionSettings::allSslModes().size(), 7);
    QStringList labels;
    for (ConnectionSettings::SslMode mode : ConnectionSettings::allSslModes()) {
        bool ok = false;
        QCOMPARE(ConnectionSettings::sslModeFromCode(ConnectionSettings::sslModeCode(mode), &ok), mode);
        QVERIFY(ok);
        QVERIFY(!labels.contains(ConnectionSettings::sslModeLabel(mode)));
        labels << ConnectionSettings::sslModeLabel(mode);
    }
}

void TestConnectionSettings::passwordFileFollowsPgpassfile()
{
    qputenv("PGPASSFILE", "/srv/amt/pgpass");
    QCOMPARE(PostgresConnection::passwordFilePath(), QStringLiteral("/srv/amt/pgpass"));
    qunsetenv("PGPASSFILE");
#ifndef Q_OS_WIN
    QVERIFY(PostgresConnection::passwordFilePath().endsWith(QStringLiteral("/.pgpass")));
#endif
}

void TestConnectionSettings::refusedLoginsAreRecognised()
{
    using Kind = DatabaseError::Kind;
    QVERIFY(PostgresConnection::needsPassword(DatabaseError::make(Kind::PermissionDenied, QStringLiteral("x"),
        QStringLiteral("connection to server failed: fe_sendauth: no password supplied"))));
    QVERIFY(PostgresConnection::needsPassword(DatabaseError::make(Kind::PermissionDenied, QStringLiteral("x"),
        QStringLiteral("FATAL:  password authentication failed for user \"amt\""))));
    QVERIFY(!PostgresConnection::needsPassword(DatabaseError::make(Kind::CannotCreate, QStringLiteral("x"),
        QStringLiteral("Connection refused"))));
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
