// SPDX-License-Identifier: EUPL-1.2
#include "accessrights.h"
#include "database.h"
#include "entitycatalog.h"
#include "postgrestestserver.h"
#include "recordstore.h"
#include "roleadmin.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using PostgresTestServer::ScratchDatabase;

// Roles and row-level security, enforced by the server: an authority coordinator writes only
// its own authority's rows, a committee member nothing, the county office everything.
class TestRoleAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void initRolesRunsTwice();
    void coordinatorCannotUpdateAnotherAuthoritysDevice();
    void coordinatorWritesItsOwnAuthority();
    void coordinatorCannotMoveOrCreateRecordsIntoAnotherAuthority();
    void coordinatorCannotDeleteAnotherAuthoritysRecords();
    void coordinatorCannotChangeCountyTables();
    void committeeMemberCanWriteNothing();
    void countyOfficeWritesEverything();
    void auditRowsCarryTheDatabaseUserAndCannotBeForged();
    void accessRightsMirrorTheServerRules();
    void refusalsOnSqliteAndForUnknownUsers();

private:
    struct Fixture
    {
        qint64 authorityA = 0, authorityB = 0;
        qint64 schoolA = 0, schoolB = 0;
        qint64 deviceA = 0, deviceB = 0;
        qint64 programId = 0, contractB = 0;
    };
    static Database::Options noMigration();
    QString loginFor(RoleAdmin::Role role, std::optional<qint64> authority);
    std::unique_ptr<Database> connectAs(const QString &login);

    const EntitySpec &authorities = EntityCatalog::spec(EntityKind::Authority);
    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
    const EntitySpec &programs = EntityCatalog::spec(EntityKind::FundingProgram);
    const EntitySpec &contracts = EntityCatalog::spec(EntityKind::SupportContract);
    const EntitySpec &allocations = EntityCatalog::spec(EntityKind::Allocation);
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_admin;
    Fixture f;
};

void TestRoleAdmin::initTestCase()
{
    TestSupport::useGerman();
}

void TestRoleAdmin::init()
{
    SCHULIT_NEED_POSTGRES();
    m_scratch = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
    m_admin = std::make_unique<Database>();
    const DatabaseError error = m_admin->open(m_scratch->url());
    QVERIFY2(!error, qPrintable(error.message));

    RecordStore store(*m_admin);
    f.authorityA = store.insert(authorities, {{"name", "Stadt Coesfeld"}, {"kind", "town"}, {"cooperation_phase", "participating"}}).id;
    f.authorityB = store.insert(authorities, {{"name", "Gemeinde Nottuln"}, {"kind", "municipality"}, {"cooperation_phase", "participating"}}).id;
    f.schoolA = store.insert(schools, {{"school_number", "191001"}, {"name", "Kreuzschule"}, {"school_type", "02"}, {"authority_id", f.authorityA}}).id;
    f.schoolB = store.insert(schools, {{"school_number", "191002"}, {"name", "Liebfrauenschule"}, {"school_type", "02"}, {"authority_id", f.authorityB}}).id;
    f.deviceA = store.insert(devices, {{"inventory_number", "COE-0001"}, {"category", "notebook"}, {"school_id", f.schoolA}, {"status", "in_use"}}).id;
    f.deviceB = store.insert(devices, {{"inventory_number", "NOT-0001"}, {"category", "notebook"}, {"school_id", f.schoolB}, {"status", "in_use"}}).id;
    f.programId = store.insert(programs, {{"name", "DigitalPakt Schule"}, {"funder", "federal"}}).id;
    f.contractB = store.insert(contracts, {{"contract_number", "V-NOT-1"}, {"vendor", "Systemhaus Münsterland"}, {"authority_id", f.authorityB},
                                           {"start_date", "2024-01-01"}, {"initial_term_months", 36}, {"renewal_months", 12},
                                           {"notice_months", 3}, {"auto_renewal", 1}}).id;
    QVERIFY(f.deviceB > 0 && f.programId > 0 && f.contractB > 0);

    QStringList summary;
    const DatabaseError rolesError = RoleAdmin(*m_admin).initRoles(&summary);
    QVERIFY2(!rolesError, qPrintable(rolesError.message + rolesError.detail));
    QVERIFY(summary.contains(QStringLiteral("device: ") + QCoreApplication::translate(
        "RoleAdmin", "coordinators change the rows of their own authority (by %1)").arg(QStringLiteral("school_id"))));
}

void TestRoleAdmin::cleanup()
{
    m_admin.reset();
    m_scratch.reset();
}

QString TestRoleAdmin::loginFor(RoleAdmin::Role role, std::optional<qint64> authority)
{
    const QString login = m_scratch->createLogin(RoleAdmin::roleCode(role).replace(QLatin1Char('-'), QLatin1Char('_')));
    const DatabaseError error = RoleAdmin(*m_admin).assign(login, role, authority);
    if (error)
        qWarning("%s", qPrintable(error.message + error.detail));
    return error ? QString() : login;
}

std::unique_ptr<Database> TestRoleAdmin::connectAs(const QString &login)
{
    auto database = std::make_unique<Database>();
    const DatabaseError error = database->open(m_scratch->url(login));
    if (error) {
        qWarning("%s %s", qPrintable(error.message), qPrintable(error.detail));
        return nullptr;
    }
    return database;
}

void TestRoleAdmin::initRolesRunsTwice()
{
    QStringList summary;
    const DatabaseError error = RoleAdmin(*m_admin).initRoles(&summary);
    QVERIFY2(!error, qPrintable(error.message + error.detail));
    QVERIFY(summary.size() >= 10);
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral(
                 "SELECT count(*) FROM pg_policies WHERE tablename = 'device'")).toInt(), 5);
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral(
                 "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'device'::regclass AND NOT tgisinternal")).toInt(), 1);
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral(
                 "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'schulit\\_%' AND rolname IN "
                 "('schulit_county_office', 'schulit_coordinator', 'schulit_committee')")).toInt(), 3);
}

void TestRoleAdmin::coordinatorCannotUpdateAnotherAuthoritysDevice()
{
    const QString login = loginFor(RoleAdmin::Role::Coordinator, f.authorityA);
    QVERIFY(!login.isEmpty());
    auto coordinator = connectAs(login);
    QVERIFY(coordinator);
    RecordStore store(*coordinator);
    const RecordStore::Result result = store.update(devices, f.deviceB, {{"room", "A 1.12"}});
    QCOMPARE(result.error.kind, DatabaseError::Kind::PermissionDenied);
    QVERIFY2(result.message().contains(QStringLiteral("nicht")), qPrintable(result.message()));
    QVERIFY2(result.error.detail.contains(QStringLiteral("own school authority")), qPrintable(result.error.detail));
    // Refused by the server, not only by the program: a plain UPDATE fails the same way.
    QSqlQuery query(coordinator->connection());
    query.prepare(QStringLiteral("UPDATE device SET room = ? WHERE id = ?"));
    query.addBindValue(QStringLiteral("A 1.12"));
    query.addBindValue(f.deviceB);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(TestSupport::scalar(*m_admin, QStringLiteral("SELECT room FROM device WHERE id = %1").arg(f.deviceB)).isNull());
}

void TestRoleAdmin::coordinatorWritesItsOwnAuthority()
{
    auto coordinator = connectAs(loginFor(RoleAdmin::Role::Coordinator, f.authorityA));
    QVERIFY(coordinator);
    RecordStore store(*coordinator);
    RecordStore::Result result = store.update(devices, f.deviceA, {{"room", "B 0.04"}}, 1);
    QVERIFY2(result.ok(), qPrintable(result.message() + result.error.detail));
    result = store.insert(devices, {{"inventory_number", "COE-0002"}, {"category", "tablet"}, {"school_id", f.schoolA}, {"status", "in_use"}});
    QVERIFY2(result.ok(), qPrintable(result.message() + result.error.detail));
    result = store.update(schools, f.schoolA, {{"pupils", 280}});
    QVERIFY2(result.ok(), qPrintable(result.message()));
    result = store.insert(allocations, {{"program_id", f.programId}, {"authority_id", f.authorityA}, {"allocated_cents", 12345600}});
    QVERIFY2(result.ok(), qPrintable(result.message() + result.error.detail));
    result = store.remove(devices, f.deviceA);
    QVERIFY2(result.ok(), qPrintable(result.message() + result.error.detail));
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral("SELECT count(*) FROM device WHERE school_id = %1").arg(f.schoolA)).toInt(), 1);
}

void TestRoleAdmin::coordinatorCannotMoveOrCreateRecordsIntoAnotherAuthority()
{
    auto coordinator = connectAs(loginFor(RoleAdmin::Role::Coordinator, f.authorityA));
    QVERIFY(coordinator);
    RecordStore store(*coordinator);
    RecordStore::Result result = store.update(devices, f.deviceA, {{"school_id", f.schoolB}});
    QCOMPARE(result.error.kind, DatabaseError::Kind::PermissionDenied);
    result = store.insert(devices, {{"inventory_number", "NOT-0002"}, {"category", "tablet"}, {"school_id", f.schoolB}, {"status", "in_use"}});
    QCOMPARE(result.error.kind, DatabaseError::Kind::PermissionDenied);
    result = store.insert(schools, {{"school_number", "191003"}, {"name", "Neue Schule"}, {"school_type", "02"}, {"authority_id", f.authorityB}});
    QCOMPARE(result.error.kind, DatabaseError::Kind::PermissionDenied);
    result = store.update(contracts, f.contractB, {{"vendor", "Anderer Dienstleister"}});
    QCOMPARE(result.error.kind, DatabaseError::Kind::PermissionDenied);
    QCOMPARE(store.setContractSchools(f.contractB, {f.schoolB}).error.kind, DatabaseError::Kind::PermissionDenied);
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral("SELECT count(*) FROM device")).toInt(), 2);
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral("SELECT school_id FROM device WHERE id = %1").arg(f.deviceA)).toLongLong(), f.schoolA);
}

void TestRoleAdmin::coordinatorCannotDeleteAnotherAuthoritysRecords()
{
    auto coordinator = connectAs(loginFor(RoleAdmin::Role::Coordinator, f.authorityA));
    QVERIFY(coordinator);
    RecordStore store(*coordinator);
    QCOMPARE(store.remove(devices, f.deviceB).error.kind, DatabaseError::Kind::PermissionDenied);
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral("SELECT count(*) FROM device WHERE id = %1").arg(f.deviceB)).toInt(), 1);
}

void TestRoleAdmin::coordinatorCannotChangeCountyTables()
{
    auto coordinator = connectAs(loginFor(RoleAdmin::Role::Coordinator, f.authorityA));
    QVERIFY(coordinator);
    RecordStore store(*coordinator);
    QCOMPARE(store.update(authorities, f.authorityA, {{"contact", "it@coesfeld.example"}}).error.kind,
             DatabaseError::Kind::PermissionDenied);
    QCOMPARE(store.update(programs, f.programId, {{"own_share_percent", 10}}).error.kind,
             DatabaseError::Kind::PermissionDenied);
    QSqlQuery query(coordinator->connection());
    query.prepare(QStringLiteral("INSERT INTO user_authority (user_name, authority_id) VALUES (?, ?)"));
    query.addBindValue(QStringLiteral("someone_else"));
    query.addBindValue(f.authorityB);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

void TestRoleAdmin::committeeMemberCanWriteNothing()
{
    auto committee = connectAs(loginFor(RoleAdmin::Role::Committee, std::nullopt));
    QVERIFY(committee);
    RecordStore store(*committee);
    QCOMPARE(store.update(devices, f.deviceA, {{"room", "X"}}).error.kind, DatabaseError::Kind::PermissionDenied);
    QCOMPARE(store.insert(devices, {{"inventory_number", "COE-0003"}, {"category", "pc"}, {"school_id", f.schoolA},
                                    {"status", "in_use"}}).error.kind, DatabaseError::Kind::PermissionDenied);
    QCOMPARE(store.remove(devices, f.deviceA).error.kind, DatabaseError::Kind::PermissionDenied);
    QCOMPARE(store.update(authorities, f.authorityA, {{"contact", "x"}}).error.kind, DatabaseError::Kind::PermissionDenied);
    QSqlQuery query(committee->connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    // Reading works.
    QCOMPARE(TestSupport::scalar(*committee, QStringLiteral("SELECT count(*) FROM device")).toInt(), 2);
    QCOMPARE(TestSupport::scalar(*m_admin, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 8);
}

void TestRoleAdmin::countyOfficeWritesEverything()
{
    auto county = connectAs(loginFor(RoleAdmin::Role::CountyOffice, std::nullopt));
    QVERIFY(county);
    RecordStore store(*county);
    RecordStore::Result result = store.update(devices, f.deviceB, {{"room", "Verwaltung"}}, 1);
    QVERIFY2(result.ok(), qPrintable(result.message() + result.error.detail));
    result = store.update(authorities, f.authorityB, {{"contact", "schule@nottuln.example"}});
    QVERIFY2(result.ok(), qPrintable(result.message()));
    result = store.insert(schools, {{"school_number", "191004"}, {"name", "Gesamtschule"}, {"school_type", "15"}, {"authority_id", f.authorityB}});
    QVERIFY2(result.ok(), qPrintable(result.message() + result.error.detail));
    QVERIFY2(store.remove(devices, f.deviceA).ok(), "county office deletes any device");
    QVERIFY(store.setContractSchools(f.contractB, {f.schoolB}).ok());
}

void TestRoleAdmin::auditRowsCarryTheDatabaseUserAndCannotBeForged()
{
    const QString login = loginFor(RoleAdmin::Role::Coordinator, f.authorityA);
    auto coordinator = connectAs(login);
    QVERIFY(coordinator);
    QCOMPARE(coordinator->userName(), login);
    RecordStore store(*coordinator);
    QVERIFY(store.update(devices, f.deviceA, {{"room", "C 2.01"}}).ok());
    QSqlQuery query(m_admin->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT user_name, old_value, new_value FROM audit_log WHERE field = 'room'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), login);
    QVERIFY(query.value(1).isNull());
    QCOMPARE(query.value(2).toString(), QStringLiteral("C 2.01"));
    QVERIFY(!query.next());

    QSqlQuery forged(coordinator->connection());
    forged.prepare(QStringLiteral("INSERT INTO audit_log (changed_at, user_name, table_name, record_key, action) "
                                  "VALUES ('2025-01-01T00:00:00Z', ?, 'device', '1', 'update')"));
    forged.addBindValue(QStringLiteral("landrat"));
    QVERIFY(!forged.exec());
    QCOMPARE(forged.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!forged.exec(QStringLiteral("UPDATE audit_log SET user_name = 'landrat'")));
}

void TestRoleAdmin::accessRightsMirrorTheServerRules()
{
    auto coordinator = connectAs(loginFor(RoleAdmin::Role::Coordinator, f.authorityA));
    auto committee = connectAs(loginFor(RoleAdmin::Role::Committee, std::nullopt));
    auto county = connectAs(loginFor(RoleAdmin::Role::CountyOffice, std::nullopt));
    QVERIFY(coordinator && committee && county);

    DatabaseError error;
    const AccessRights mine = AccessRights::load(*coordinator, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(mine.role(), AccessRights::Role::Coordinator);
    QCOMPARE(mine.authorityId(), std::optional<qint64>(f.authorityA));
    QVERIFY(mine.canWriteTable(*coordinator, QStringLiteral("device")));
    QVERIFY(!mine.canWriteTable(*coordinator, QStringLiteral("authority")));
    QVERIFY(!mine.canWriteTable(*coordinator, QStringLiteral("funding_program")));
    QVERIFY(mine.canWriteRow(*coordinator, devices, {{"school_id", f.schoolA}}));
    QVERIFY(!mine.canWriteRow(*coordinator, devices, {{"school_id", f.schoolB}}));
    QVERIFY(mine.canWriteRow(*coordinator, schools, {{"authority_id", f.authorityA}}));
    QVERIFY(!mine.canWriteRow(*coordinator, contracts, {{"authority_id", f.authorityB}}));
    QVERIFY(!mine.canWriteRow(*coordinator, QStringLiteral("contract_school"), {{"contract_id", f.contractB}, {"school_id", f.schoolA}}));

    const AccessRights readOnly = AccessRights::load(*committee);
    QCOMPARE(readOnly.role(), AccessRights::Role::Committee);
    QVERIFY(!readOnly.canWriteRow(*committee, devices, {{"school_id", f.schoolA}}));
    const AccessRights office = AccessRights::load(*county);
    QCOMPARE(office.role(), AccessRights::Role::CountyOffice);
    QVERIFY(office.canWriteRow(*county, devices, {{"school_id", f.schoolB}}));
    QCOMPARE(AccessRights::load(*m_admin).role(), AccessRights::Role::Unrestricted);

    // The SQL expression a table model can select to mark rows read-only.
    const QString owner = AccessRights::ownerAuthoritySql(QStringLiteral("school_id"), QStringLiteral("d"));
    QCOMPARE(TestSupport::scalar(*coordinator, QStringLiteral("SELECT %1 FROM device d WHERE d.id = %2")
                                                   .arg(owner).arg(f.deviceB)).toLongLong(), f.authorityB);
}

void TestRoleAdmin::refusalsOnSqliteAndForUnknownUsers()
{
    TestSupport::TempDatabase sqlite;
    QCOMPARE(RoleAdmin(sqlite.db()).initRoles().kind, DatabaseError::Kind::Validation);
    QCOMPARE(AccessRights::load(sqlite.db()).role(), AccessRights::Role::Unrestricted);
    const DatabaseError unknown = RoleAdmin(*m_admin).assign(QStringLiteral("niemand_bekannt"), RoleAdmin::Role::Committee);
    QCOMPARE(unknown.kind, DatabaseError::Kind::NotFound);
    QVERIFY(unknown.message.contains(QStringLiteral("niemand_bekannt")));
    const QString login = m_scratch->createLogin(QStringLiteral("ohne_traeger"));
    QCOMPARE(RoleAdmin(*m_admin).assign(login, RoleAdmin::Role::Coordinator).kind, DatabaseError::Kind::Validation);
    QCOMPARE(RoleAdmin(*m_admin).findAuthority(QStringLiteral("Gemeinde Nottuln")), std::optional<qint64>(f.authorityB));
    QCOMPARE(RoleAdmin(*m_admin).findAuthority(QString::number(f.authorityA)), std::optional<qint64>(f.authorityA));
    QVERIFY(!RoleAdmin(*m_admin).findAuthority(QStringLiteral("Atlantis")));
}

QTEST_GUILESS_MAIN(TestRoleAdmin)
#include "tst_roleadmin.moc"
