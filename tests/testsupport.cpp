// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace TestSupport {

void useGerman()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
}

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    const DatabaseError error = m_database.open(m_path);
    if (error)
        qFatal("cannot open the test database: %s", qPrintable(error.message));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(SCHULIT_TEST_DATA)).filePath(name);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

} // namespace TestSupport
