// SPDX-License-Identifier: EUPL-1.2
#include "systemsfixture.h"

#include "database.h"
#include "migrationrunner.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace SystemsFixture {

bool load(Database &database)
{
    QFile file(TestSupport::dataFile(QStringLiteral("systems_standards.sql")));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read the fixture %s", qPrintable(file.fileName()));
        return false;
    }
    QSqlQuery query(database.connection());
    for (const QString &statement : MigrationRunner::splitStatements(QString::fromUtf8(file.readAll()))) {
        if (!query.exec(statement)) {
            qWarning("fixture statement failed: %s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

Loaded::Loaded()
    : m_service(std::make_unique<StatisticsService>(m_temp.db(), StatisticsSettings(), referenceDay()))
    , m_ok(load(m_temp.db()))
{
}

} // namespace SystemsFixture
