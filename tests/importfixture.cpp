// SPDX-License-Identifier: EUPL-1.2
#include "importfixture.h"

#include "database.h"
#include "entitycatalog.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace ImportFixture {

namespace {
qint64 insert(RecordStore &store, EntityKind kind, const QVariantMap &values)
{
    const RecordStore::Result result = store.insert(EntityCatalog::spec(kind), values);
    if (!result.ok())
        qWarning("fixture insert failed: %s", qPrintable(result.message()));
    return result.ok() ? result.id : 0;
}
} // namespace

Ids load(Database &database)
{
    RecordStore store(database);
    Ids ids;
    ids.county = insert(store, EntityKind::Authority,
                        {{"name", "Kreis Coesfeld"}, {"kind", "county"}, {"traeger_number", "10595"},
                         {"cooperation_phase", "participating"}});
    ids.town = insert(store, EntityKind::Authority,
                      {{"name", QStringLiteral("Stadt Dülmen")}, {"kind", "town"}, {"traeger_number", "14000"},
                       {"cooperation_phase", "pilot"}});
    ids.gymnasium = insert(store, EntityKind::School,
                           {{"school_number", "194905"}, {"name", "Gymnasium St. Laurentius"}, {"school_type", "20"},
                            {"authority_id", ids.county}, {"city", "Coesfeld"}});
    ids.marketA = insert(store, EntityKind::School,
                         {{"school_number", "109901"}, {"name", "Grundschule am Markt"}, {"school_type", "02"},
                          {"authority_id", ids.town}});
    ids.marketB = insert(store, EntityKind::School,
                         {{"school_number", "109902"}, {"name", "Grundschule am Markt"}, {"school_type", "02"},
                          {"authority_id", ids.town}});
    ids.program = insert(store, EntityKind::FundingProgram,
                         {{"name", "DigitalPakt Schule"}, {"funder", "federal"}, {"own_share_percent", 10.0}});
    ids.contract = insert(store, EntityKind::SupportContract,
                          {{"contract_number", "SV-2024-001"}, {"vendor", "Kommunal-IT"}, {"authority_id", ids.county},
                           {"start_date", "2024-01-01"}, {"initial_term_months", 36}, {"renewal_months", 12},
                           {"notice_months", 3}, {"auto_renewal", 1}});
    if (!ids.county || !ids.town || !ids.gymnasium || !ids.marketA || !ids.marketB || !ids.program || !ids.contract)
        return {};
    return ids;
}

QString writeFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QByteArray devicesHeader()
{
    return "Inventarnummer;Kategorie;Hersteller;Schulnummer;Status;Anschaffungsdatum;Preis;Garantie bis;"
           "Förderprogramm;Vertragsnummer\n";
}

QByteArray deviceRow(int n)
{
    return "INV-" + QByteArray::number(n).rightJustified(5, '0') + ";Notebook;Dell;194905;in_use;01.03.2024;"
           + QByteArray::number(400 + n % 300) + ",50;28.02.2027;DigitalPakt Schule;SV-2024-001\n";
}

QStringList dump(Database &database, const QString &table)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return {QStringLiteral("query failed")};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QByteArray fileState(const QString &databasePath)
{
    return TestSupport::fileBytes(databasePath) + "\n--wal--\n" + TestSupport::fileBytes(databasePath + QStringLiteral("-wal"));
}

} // namespace ImportFixture
