// SPDX-License-Identifier: EUPL-1.2
#include "tablefixture.h"

#include "database.h"
#include "statisticsfixture.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace TableFixture {

QDate referenceDate()
{
    return QDate(2025, 8, 1);
}

bool load(Database &database)
{
    return StatisticsFixture::loadSql(database, QStringLiteral("tables_fixture.sql"));
}

bool addDevices(Database &database, int count)
{
    static const char *manufacturers[] = {"Acer", "Dell", "HP", "Lenovo", "Apple"};
    Transaction transaction(database.connection());
    QSqlQuery query(database.connection());
    if (!query.prepare(QStringLiteral("INSERT INTO device (inventory_number, category, manufacturer, model, school_id, "
                                      "status, price_cents) VALUES (?, 'notebook', ?, 'Modell X', ?, ?, ?)")))
        return false;
    for (int n = 0; n < count; ++n) {
        query.addBindValue(QStringLiteral("BIG-%1").arg(n, 6, 10, QLatin1Char('0')));
        query.addBindValue(QString::fromLatin1(manufacturers[n % 5]));
        query.addBindValue(n % 3 + 1);
        query.addBindValue(n % 10 == 9 ? QStringLiteral("defective") : QStringLiteral("in_use"));
        query.addBindValue(10000 + n);
        if (!query.exec()) {
            qWarning("addDevices: %s", qPrintable(query.lastError().text()));
            return false;
        }
    }
    return transaction.commit();
}

} // namespace TableFixture
