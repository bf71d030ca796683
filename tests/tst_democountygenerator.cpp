// SPDX-License-Identifier: EUPL-1.2
#include "contractterms.h"
#include "database.h"
#include "democountygenerator.h"
#include "entitycatalog.h"
#include "recordvalidator.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using TestSupport::TempDatabase;

namespace {

const QDate referenceDate(2026, 3, 15);

DatabaseError generate(Database &db, quint32 seed, int devices,
                       const DemoCountyGenerator::Progress &progress = {})
{
    DemoCountyGenerator::Options options;
    options.seed = seed;
    options.devices = devices;
    options.referenceDate = referenceDate;
    return DemoCountyGenerator(options).generate(db, progress);
}

qint64 count(Database &db, const QString &table)
{
    return TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

QStringList column(Database &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        qWarning("query failed: %s", qPrintable(sql));
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// Every row of a table as text, in key order. The time an audit entry was written is the
// only value that may differ between two runs.
QStringList dump(Database &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table))) {
        rows << QStringLiteral("query failed");
        return rows;
    }
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList values;
        for (int i = 0; i < record.count(); ++i) {
            if (table == QLatin1String("audit_log") && record.fieldName(i) == QLatin1String("changed_at"))
                continue;
            values << record.fieldName(i) + QLatin1Char('=')
                    + (record.isNull(i) ? QStringLiteral("NULL") : record.value(i).toString());
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// The device table's indexes as SQLite keeps them (the demo drops and rebuilds them).
QStringList deviceIndexes(Database &db)
{
    return column(db, QStringLiteral("SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master "
                                     "WHERE type = 'index' AND tbl_name = 'device' ORDER BY name"));
}

QStringList allTables(Database &db)
{
    QStringList tables = db.connection().tables();
    tables.sort();
    return tables;
}

const QStringList countyTables{QStringLiteral("authority"), QStringLiteral("school"),
                               QStringLiteral("support_contract"), QStringLiteral("contract_school"),
                               QStringLiteral("funding_program"), QStringLiteral("allocation"),
                               QStringLiteral("measure")};

ContractTerms::Contract contractFrom(const QSqlQuery &query)
{
    ContractTerms::Contract contract;
    contract.start = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    contract.initialTermMonths = query.value(1).toInt();
    contract.renewalMonths = query.value(2).toInt();
    contract.noticeMonths = query.value(3).toInt();
    contract.autoRenewal = query.value(4).toInt() == 1;
    return contract;
}

} // namespace

class TestDemoCountyGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authorities();
    void schools();
    void deviceCountAndShape();
    void sameSeedSameDatabase();
    void deviceCountKeepsCounty();
    void otherSeedOtherCounty();
    void contractsDueSoon();
    void fundingPrograms();
    void recordsPassValidation();
    void cancelLeavesDatabaseUnchanged();
    void refusesNonEmptyDatabase();

private:
    TempDatabase m_demo; // seed 7, 1000 devices, shared by the read-only checks
};

void TestDemoCountyGenerator::initTestCase()
{
    const DatabaseError error = generate(m_demo.db(), 7, 1000);
    QVERIFY2(!error, qPrintable(error.message));
}

void TestDemoCountyGenerator::authorities()
{
    const QStringList names = column(m_demo.db(), QStringLiteral("SELECT name FROM authority ORDER BY id"));
    const QStringList expected{
        QStringLiteral("Kreis Coesfeld"), QStringLiteral("Gemeinde Ascheberg"), QStringLiteral("Stadt Billerbeck"),
        QStringLiteral("Stadt Coesfeld"), QStringLiteral("Stadt Dülmen"), QStringLiteral("Gemeinde Havixbeck"),
        QStringLiteral("Stadt Lüdinghausen"), QStringLiteral("Gemeinde Nordkirchen"), QStringLiteral("Gemeinde Nottuln"),
        QStringLiteral("Stadt Olfen"), QStringLiteral("Gemeinde Rosendahl"), QStringLiteral("Gemeinde Senden")};
    QCOMPARE(names, expected);

    const QStringList numbers = column(m_demo.db(), QStringLiteral("SELECT traeger_number FROM authority ORDER BY id"));
    QCOMPARE(numbers, (QStringList{"10595", "14114", "14011", "13997", "14000", "14254", "14199", "14229",
                                   "14280", "11046", "14060", "14126"}));
    const QStringList kinds = column(m_demo.db(), QStringLiteral("SELECT kind FROM authority ORDER BY id"));
    QCOMPARE(kinds, (QStringList{"county", "municipality", "town", "town", "town", "municipality", "town",
                                 "municipality", "municipality", "town", "municipality", "municipality"}));
}

void TestDemoCountyGenerator::schools()
{
    Database &db = m_demo.db();
    const qint64 schools = count(db, QStringLiteral("school"));
    QVERIFY2(schools >= 60 && schools <= 90, qPrintable(QString::number(schools)));

    const QStringList numbers = column(db, QStringLiteral("SELECT school_number FROM school"));
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    for (const QString &number : numbers)
        QVERIFY2(sixDigits.match(number).hasMatch(), qPrintable(number));
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), numbers.size());

    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM authority a WHERE NOT EXISTS "
        "(SELECT 1 FROM school s WHERE s.authority_id = a.id)")).toInt(), 0);
    // The county runs six schools: vocational colleges and special needs schools.
    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM school WHERE authority_id = 1 AND school_type IN ('30', '08')")).toInt(), 6);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE authority_id = 1")).toInt(), 6);
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE school_type = '02'")).toInt() >= 40);
    QVERIFY(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM school WHERE school_type = '02' AND (pupils < 80 OR pupils > 400)")).toInt() == 0);
    QVERIFY(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM school WHERE school_type = '30' AND (pupils < 1000 OR pupils > 3000)")).toInt() == 0);
    // Dülmen's schools are in Dülmen.
    QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT postal_code FROM school WHERE authority_id = 5")),
             QStringList{QStringLiteral("48249")});
}

void TestDemoCountyGenerator::deviceCountAndShape()
{
    Database &db = m_demo.db();
    QCOMPARE(count(db, QStringLiteral("device")), 1000);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(DISTINCT inventory_number) FROM device")).toInt(), 1000);
    // Acquired within the eight years up to the reference date; warranty after acquisition.
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT min(acquired_on) FROM device")).toString()
            > QStringLiteral("2018-03-15"));
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT max(acquired_on) FROM device")).toString()
            <= QStringLiteral("2026-03-15"));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM device WHERE warranty_end < acquired_on")).toInt(), 0);
    // Tablets and notebooks are the most common; most devices are in use.
    const QStringList categories = column(db, QStringLiteral(
        "SELECT category FROM device GROUP BY category ORDER BY count(*) DESC, category"));
    QCOMPARE(categories.mid(0, 2), (QStringList{"tablet", "notebook"}));
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM device WHERE status = 'in_use'")).toInt() > 700);
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT count(funding_program_id) FROM device")).toInt() > 100);
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT count(support_contract_id) FROM device")).toInt() > 100);
    // Exactly one audit entry for the whole demo.
    QCOMPARE(count(db, QStringLiteral("audit_log")), 1);
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT new_value FROM audit_log")).toString()
                .contains(QStringLiteral("\"devices\":1000")));
}

void TestDemoCountyGenerator::sameSeedSameDatabase()
{
    TempDatabase other;
    const DatabaseError error = generate(other.db(), 7, 1000);
    QVERIFY2(!error, qPrintable(error.message));
    const QStringList tables = allTables(m_demo.db());
    QCOMPARE(allTables(other.db()), tables);
    for (const QString &table : tables) {
        const QStringList rows = dump(m_demo.db(), table);
        QCOMPARE(dump(other.db(), table), rows);
    }
    QVERIFY(tables.contains(QStringLiteral("device")));
}

void TestDemoCountyGenerator::deviceCountKeepsCounty()
{
    TempDatabase none;
    TempDatabase some;
    QVERIFY(!generate(none.db(), 11, 0));
    QVERIFY(!generate(some.db(), 11, 500));
    QCOMPARE(count(none.db(), QStringLiteral("device")), 0);
    QCOMPARE(count(some.db(), QStringLiteral("device")), 500);
    for (const QString &table : countyTables) {
        const QStringList rows = dump(none.db(), table);
        QVERIFY2(!rows.isEmpty(), qPrintable(table));
        QCOMPARE(dump(some.db(), table), rows);
    }
    // The first 500 devices of a bigger demo are the devices of the smaller one.
    TempDatabase more;
    QVERIFY(!generate(more.db(), 11, 2500));
    QCOMPARE(dump(more.db(), QStringLiteral("device")).mid(0, 500), dump(some.db(), QStringLiteral("device")));
}

void TestDemoCountyGenerator::otherSeedOtherCounty()
{
    TempDatabase other;
    QVERIFY(!generate(other.db(), 8, 1000));
    QCOMPARE(count(other.db(), QStringLiteral("authority")), 12);
    for (const QString &table : {QStringLiteral("school"), QStringLiteral("support_contract"),
                                 QStringLiteral("allocation"), QStringLiteral("device")})
        QVERIFY2(dump(other.db(), table) != dump(m_demo.db(), table), qPrintable(table));
}

void TestDemoCountyGenerator::contractsDueSoon()
{
    for (quint32 seed : {1u, 7u, 42u, 2026u}) {
        TempDatabase temp;
        Database &db = seed == 7 ? m_demo.db() : temp.db();
        if (seed != 7)
            QVERIFY(!generate(db, seed, 0));
        const qint64 contracts = count(db, QStringLiteral("support_contract"));
        QVERIFY2(contracts >= 20 && contracts <= 30, qPrintable(QString::number(contracts)));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT start_date, initial_term_months, renewal_months, notice_months, auto_renewal "
            "FROM support_contract ORDER BY id")));
        int dueSoon = 0;
        int later = 0;
        while (query.next()) {
            const ContractTerms::NextDeadline next = ContractTerms::next(contractFrom(query), referenceDate);
            if (next.hasDeadline() && next.lastDayToCancel <= referenceDate.addDays(90))
                ++dueSoon;
            else if (next.hasDeadline())
                ++later;
        }
        QVERIFY2(dueSoon >= 3, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(dueSoon)));
        QVERIFY2(later >= 3, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(later)));
        // Every contract covers at least one school of its own authority.
        QCOMPARE(TestSupport::scalar(db, QStringLiteral(
            "SELECT count(*) FROM support_contract c WHERE NOT EXISTS (SELECT 1 FROM contract_school cs "
            "JOIN school s ON s.id = cs.school_id WHERE cs.contract_id = c.id AND s.authority_id = c.authority_id)")).toInt(), 0);
    }
}

void TestDemoCountyGenerator::fundingPrograms()
{
    Database &db = m_demo.db();
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT funder, own_share_percent, application_deadline, spending_deadline, proof_of_use_deadline, "
        "purpose_binding_end FROM funding_program WHERE name = 'DigitalPakt Schule'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("federal"));
    QCOMPARE(query.value(1).toDouble(), 10.0);
    QCOMPARE(query.value(2).toString(), QStringLiteral("2022-07-31"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("2025-12-31"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("2026-06-30"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("2030-12-31"));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT proof_of_use_deadline FROM funding_program WHERE name = 'Sofortausstattungsprogramm'")).toString(),
             QStringLiteral("2021-09-30"));
    const QStringList programs = column(db, QStringLiteral("SELECT name FROM funding_program ORDER BY name"));
    QCOMPARE(programs, (QStringList{"Administrationsprogramm", "DigitalPakt 2.0", "DigitalPakt Schule",
                                    "Gute Schule 2020", QStringLiteral("Leihgeräte für Lehrkräfte"),
                                    "Sofortausstattungsprogramm"}));

    // One allocation per program and authority; DigitalPakt budgets of 300,000 to 4,000,000 EUR.
    QCOMPARE(count(db, QStringLiteral("allocation")), 6 * 12);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM allocation a JOIN funding_program p ON p.id = a.program_id "
        "WHERE p.name = 'DigitalPakt Schule' AND (a.allocated_cents < 30000000 OR a.allocated_cents > 400000000)")).toInt(), 0);
    // Approved never exceeds applied, nor applied the allocation; the program's budget is their sum.
    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM allocation WHERE approved_cents > applied_cents OR applied_cents > allocated_cents "
        "OR spent_cents > approved_cents")).toInt(), 0);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM funding_program p WHERE total_budget_cents <> "
        "(SELECT sum(allocated_cents) FROM allocation a WHERE a.program_id = p.id)")).toInt(), 0);
    // The DigitalPakt measures share out exactly what was approved, authority by authority.
    QCOMPARE(TestSupport::scalar(db, QStringLiteral(
        "SELECT count(*) FROM allocation a JOIN funding_program p ON p.id = a.program_id "
        "WHERE p.name = 'DigitalPakt Schule' AND a.approved_cents <> (SELECT sum(m.amount_cents) FROM measure m "
        "JOIN school s ON s.id = m.school_id WHERE m.program_id = a.program_id AND s.authority_id = a.authority_id)")).toInt(), 0);
    QVERIFY(count(db, QStringLiteral("measure")) > 150);
}

void TestDemoCountyGenerator::recordsPassValidation()
{
    Database &db = m_demo.db();
    const RecordValidator validator(db.connection());
    int checked = 0;
    for (EntityKind kind : {EntityKind::Authority, EntityKind::School, EntityKind::SupportContract,
                            EntityKind::FundingProgram, EntityKind::Allocation, EntityKind::Measure,
                            EntityKind::Device}) {
        const EntitySpec &entity = EntityCatalog::spec(kind);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(entity.table)));
        int row = 0;
        while (query.next()) {
            // Every county record; every fifth device (200 of 1000).
            if (entity.kind == EntityKind::Device && row++ % 5 != 0)
                continue;
            const QSqlRecord record = query.record();
            QVariantMap values;
            for (int i = 0; i < record.count(); ++i)
                values.insert(record.fieldName(i), record.value(i));
            const FieldErrors errors = validator.validate(entity, values, values.value(QStringLiteral("id")).toLongLong());
            QVERIFY2(errors.isEmpty(), qPrintable(QStringLiteral("%1 %2: %3").arg(entity.table,
                values.value(QStringLiteral("id")).toString(), errors.isEmpty() ? QString() : errors.first().message)));
            ++checked;
        }
    }
    QVERIFY(checked > 200 + 12 + 60 + 20 + 6 + 72);
}

void TestDemoCountyGenerator::cancelLeavesDatabaseUnchanged()
{
    TempDatabase temp;
    const QStringList indexes = deviceIndexes(temp.db());
    QVERIFY(indexes.size() > 5);
    QCOMPARE(deviceIndexes(m_demo.db()), indexes);
    QList<int> reported;
    const DatabaseError error = generate(temp.db(), 3, 5000, [&](int done, int total) {
        reported << done;
        return total == 5000 && done < 2000;
    });
    QCOMPARE(error.kind, DatabaseError::Kind::Cancelled);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(reported, (QList<int>{0, 2000}));
    for (const QString &table : countyTables + QStringList{QStringLiteral("device"), QStringLiteral("audit_log")})
        QCOMPARE(count(temp.db(), table), 0);
    QCOMPARE(deviceIndexes(temp.db()), indexes);

    // The database is as before: the demo can be written into it now.
    reported.clear();
    QVERIFY(!generate(temp.db(), 3, 5000, [&](int done, int) {
        reported << done;
        return true;
    }));
    QCOMPARE(reported, (QList<int>{0, 2000, 4000, 5000}));
    QCOMPARE(count(temp.db(), QStringLiteral("device")), 5000);
    QCOMPARE(deviceIndexes(temp.db()), indexes);
}

void TestDemoCountyGenerator::refusesNonEmptyDatabase()
{
    const qint64 devices = count(m_demo.db(), QStringLiteral("device"));
    const DatabaseError error = generate(m_demo.db(), 7, 10);
    QCOMPARE(error.kind, DatabaseError::Kind::Conflict);
    QCOMPARE(count(m_demo.db(), QStringLiteral("device")), devices);
}

QTEST_GUILESS_MAIN(TestDemoCountyGenerator)
#include "tst_democountygenerator.moc"
