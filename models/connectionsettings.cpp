// SPDX-License-Identifier: EUPL-1.2
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionSettings", text);
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// libpq keywords a URL may carry besides the ones ConnectionSettings names itself; the
// rest (password files, Kerberos, ...) stays with libpq's environment variables.
const QStringList &passThroughKeywords()
{
    static const QStringList keywords{
        QStringLiteral("application_name"), QStringLiteral("connect_timeout"),
        QStringLiteral("client_encoding"), QStringLiteral("target_session_attrs"),
        QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"), QStringLiteral("sslsni"), QStringLiteral("gssencmode"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"), QStringLiteral("passfile"),
        QStringLiteral("hostaddr")};
    return keywords;
}

// One value of a libpq conninfo string, quoted as libpq wants it.
QString quotedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

DatabaseError invalid(const QString &url, const QString &why)
{
    return DatabaseError::make(DatabaseError::Kind::NotADatabase,
        QCoreApplication::translate("ConnectionSettings", "\"%1\" is not a valid PostgreSQL address: %2 Example: "
           "postgresql://k.mueller@server.kreis.example:5432/schulit?sslmode=require")
            .arg(url, why));
}
} // namespace

QString ConnectionSettings::sslModeCode(SslMode mode)
{
    switch (mode) {
    case SslMode::Default:
        return {};
    case SslMode::Disable:
        return QStringLiteral("disable");
    case SslMode::Allow:
        return QStringLiteral("allow");
    case SslMode::Prefer:
        return QStringLiteral("prefer");
    case SslMode::Require:
        return QStringLiteral("require");
    case SslMode::VerifyCa:
        return QStringLiteral("verify-ca");
    case SslMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return {};
}

ConnectionSettings::SslMode ConnectionSettings::sslModeFromCode(const QString &code, bool *ok)
{
    for (SslMode mode : allSslModes()) {
        if (sslModeCode(mode) == code) {
            if (ok)
                *ok = true;
            return mode;
        }
    }
    if (ok)
        *ok = false;
    return SslMode::Default;
}

QList<ConnectionSettings::SslMode> ConnectionSettings::allSslModes()
{
    return {SslMode::Default, SslMode::Disable, SslMode::Allow, SslMode::Prefer,
            SslMode::Require, SslMode::VerifyCa, SslMode::VerifyFull};
}

QString ConnectionSettings::sslModeLabel(SslMode mode)
{
    switch (mode) {
    case SslMode::Default:
        return tr("Default of the system (prefer encryption)");
    case SslMode::Disable:
        return tr("Never encrypt");
    case SslMode::Allow:
        return tr("Encrypt if the server insists");
    case SslMode::Prefer:
        return tr("Encrypt if the server can");
    case SslMode::Require:
        return tr("Always encrypt");
    case SslMode::VerifyCa:
        return tr("Always encrypt and check the server's certificate");
    case SslMode::VerifyFull:
        return tr("Always encrypt and check the certificate and the server name");
    }
    return {};
}

ConnectionSettings ConnectionSettings::fromUrl(const QString &url, DatabaseError *error, QString *password)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^postgres(?:ql)?://(?:([^@/?]*)@)?([^/?]*)(?:/([^?]*))?(?:\\?(.*))?$"));
    ConnectionSettings settings;
    DatabaseError problem;
    QString secret;
    const auto match = pattern.match(url.trimmed());
    if (!match.hasMatch()) {
        problem = invalid(url, tr("it must begin with postgresql://."));
    } else {
        const QString userInfo = match.captured(1);
        const int colon = userInfo.indexOf(QLatin1Char(':'));
        settings.user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            secret = decoded(userInfo.mid(colon + 1));

        const QString hostPort = match.captured(2);
        QString portText;
        if (hostPort.startsWith(QLatin1Char('['))) {
            const int close = hostPort.indexOf(QLatin1Char(']'));
            settings.host = hostPort.mid(1, close - 1);
            if (close < 0)
                problem = invalid(url, tr("the IPv6 address lacks its closing bracket."));
            else if (hostPort.mid(close + 1).startsWith(QLatin1Char(':')))
                portText = hostPort.mid(close + 2);
        } else {
            const int portColon = hostPort.lastIndexOf(QLatin1Char(':'));
            settings.host = decoded(portColon < 0 ? hostPort : hostPort.left(portColon));
            if (portColon >= 0)
                portText = hostPort.mid(portColon + 1);
        }
        settings.database = decoded(match.captured(3));

        const QStringList pairs = match.captured(4).split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const int equals = pair.indexOf(QLatin1Char('='));
            const QString key = decoded(pair.left(equals));
            const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
            if (key == QLatin1String("sslmode")) {
                bool ok = false;
                settings.sslMode = sslModeFromCode(value, &ok);
                if (!ok || value.isEmpty())
                    problem = invalid(url, tr("the SSL mode \"%1\" is unknown (disable, allow, prefer, "
                                              "require, verify-ca, verify-full).").arg(value));
            } else if (key == QLatin1String("service")) {
                settings.service = value;
            } else if (key == QLatin1String("host")) {
                settings.host = value;
            } else if (key == QLatin1String("port")) {
                portText = value;
            } else if (key == QLatin1String("dbname")) {
                settings.database = value;
            } else if (key == QLatin1String("user")) {
                settings.user = value;
            } else if (key == QLatin1String("password")) {
                secret = value;
            } else if (passThroughKeywords().contains(key)) {
                settings.extraOptions.append({key, value});
            } else {
                problem = invalid(url, tr("the setting \"%1\" is unknown.").arg(key));
            }
            // QPSQL turns every ';' of the options into a space.
            if (value.contains(QLatin1Char(';')))
                problem = invalid(url, tr("the value of \"%1\" must not contain a semicolon.").arg(key));
        }
        if (!portText.isEmpty()) {
            bool ok = false;
            settings.port = portText.toInt(&ok);
            if (!ok || settings.port < 1 || settings.port > 65535)
                problem = invalid(url, tr("the port \"%1\" is not a number from 1 to 65535.").arg(portText));
        }
    }
    if (error)
        *error = problem;
    if (password)
        *password = problem ? QString() : secret;
    return problem ? ConnectionSettings() : settings;
}

QString ConnectionSettings::toUrl() const
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + QLatin1Char('@');
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/')))
        url += QLatin1Char('[') + host + QLatin1Char(']');
    else
        url += encoded(host);
    if (port > 0)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (sslMode != SslMode::Default)
        query << QStringLiteral("sslmode=") + sslModeCode(sslMode);
    if (!service.isEmpty())
        query << QStringLiteral("service=") + encoded(service);
    for (const auto &option : extraOptions)
        query << encoded(option.first) + QLatin1Char('=') + encoded(option.second);
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

QString ConnectionSettings::displayName() const
{
    if (host.isEmpty() && database.isEmpty() && !service.isEmpty())
        return tr("service %1").arg(service);
    QString name = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port > 0)
        name += QLatin1Char(':') + QString::number(port);
    if (!user.isEmpty())
        name.prepend(user + QLatin1Char('@'));
    if (!database.isEmpty())
        name += QLatin1Char('/') + database;
    return name;
}

QString ConnectionSettings::connectOptions() const
{
    QStringList options;
    if (sslMode != SslMode::Default)
        options << QStringLiteral("sslmode=") + quotedValue(sslModeCode(sslMode));
    if (!service.isEmpty())
        options << QStringLiteral("service=") + quotedValue(service);
    bool hasTimeout = false;
    bool hasApplicationName = false;
    for (const auto &option : extraOptions) {
        options << option.first + QLatin1Char('=') + quotedValue(option.second);
        hasTimeout = hasTimeout || option.first == QLatin1String("connect_timeout");
        hasApplicationName = hasApplicationName || option.first == QLatin1String("application_name");
    }
    // Without a timeout a wrong address hangs the program for minutes.
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout='10'");
    // Names the program in the server's list of sessions (pg_stat_activity).
    if (!hasApplicationName)
        options << QStringLiteral("application_name='schulit'");
    return options.join(QLatin1Char(';'));
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("postgresql/lastConnection"), toUrl());
}

ConnectionSettings ConnectionSettings::load(const QSettings &settings)
{
    const QString url = settings.value(QStringLiteral("postgresql/lastConnection")).toString();
    if (url.isEmpty())
        return {};
    return fromUrl(url);
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return host == other.host && port == other.port && database == other.database
        && user == other.user && service == other.service && sslMode == other.sslMode
        && extraOptions == other.extraOptions;
}
