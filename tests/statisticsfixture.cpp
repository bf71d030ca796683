// SPDX-License-Identifier: EUPL-1.2
#include "statisticsfixture.h"

#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace StatisticsFixture {

QDate today()
{
    return QDate(2025, 6, 15);
}

bool loadSql(Database &database, const QString &fileName)
{
    QFile file(TestSupport::dataFile(fileName));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return false;
    }
    // The fixture has no "--" or ";" inside its strings.
    QString sql = QString::fromUtf8(file.readAll());
    sql.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    const QStringList statements = sql.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(database.connection());
        if (!query.exec(statement)) {
            qWarning("fixture statement failed: %s: %s", qPrintable(statement.trimmed()),
                     qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

bool load(Database &database)
{
    return loadSql(database, QStringLiteral("statistics_fixture.sql"));
}

} // namespace StatisticsFixture
