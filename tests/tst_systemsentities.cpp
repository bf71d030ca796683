// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QTest>

// The systems inventory and the minimum standards as entities: catalogue, validation,
// storage of school-type lists, and what blocks a delete.
class TestSystemsEntities : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void catalogueDescribesBoth();
    void validSystemIsStored();
    void invalidSystems_data();
    void invalidSystems();
    void schoolMustBelongToTheAuthority();
    void schoolTypesAreStoredAsCodes_data();
    void schoolTypesAreStoredAsCodes();
    void unknownSchoolTypeIsRefused();
    void invalidStandards_data();
    void invalidStandards();
    void authorityWithSystemsCannotBeDeleted();
    void listLabels();

private:
    QVariantMap validSystem() const;
    QVariantMap validStandard() const;

    const EntitySpec &systems = EntityCatalog::spec(EntityKind::System);
    const EntitySpec &standards = EntityCatalog::spec(EntityKind::MinimumStandard);
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<RecordStore> m_store;
    qint64 m_county = 0;
    qint64 m_town = 0;
    qint64 m_countySchool = 0;
    qint64 m_townSchool = 0;
};

void TestSystemsEntities::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    m_store = std::make_unique<RecordStore>(m_temp->db());
    const EntitySpec &authorities = EntityCatalog::spec(EntityKind::Authority);
    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    m_county = m_store->insert(authorities, {{"name", "Kreis Coesfeld"}, {"kind", "county"},
                                             {"cooperation_phase", "participating"}}).id;
    m_town = m_store->insert(authorities, {{"name", "Stadt Dülmen"}, {"kind", "town"},
                                           {"cooperation_phase", "participating"}}).id;
    m_countySchool = m_store->insert(schools, {{"school_number", "100001"}, {"name", "Berufskolleg"},
                                               {"school_type", "30"}, {"authority_id", m_county}}).id;
    m_townSchool = m_store->insert(schools, {{"school_number", "100002"}, {"name", "Grundschule"},
                                             {"school_type", "02"}, {"authority_id", m_town}}).id;
    QVERIFY(m_county > 0 && m_town > 0 && m_countySchool > 0 && m_townSchool > 0);
}

void TestSystemsEntities::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

QVariantMap TestSystemsEntities::validSystem() const
{
    return {{"authority_id", m_county}, {"category", "firewall"}, {"product", "Sophos XGS"},
            {"vendor", "Sophos"}, {"version", "20.0"}, {"licence_end", "2027-03-31"},
            {"annual_cost_cents", 240000}, {"operated_by", "vendor"}};
}

QVariantMap TestSystemsEntities::validStandard() const
{
    return {{"name", "Breitband 1 Gbit/s"}, {"area", "infrastructure"}, {"measure", "broadband_mbits"},
            {"comparison", "at_least"}, {"threshold", 1000}};
}

void TestSystemsEntities::catalogueDescribesBoth()
{
    QCOMPARE(EntityCatalog::byCommandName("systems")->table, QStringLiteral("system"));
    QCOMPARE(EntityCatalog::byCommandName("standards")->table, QStringLiteral("minimum_standard"));
    QCOMPARE(systems.field("category")->enumKind, EnumKind::SystemCategory);
    QCOMPARE(systems.field("operated_by")->enumKind, EnumKind::SystemOperator);
    QCOMPARE(systems.field("school_id")->reference, EntityKind::School);
    QVERIFY(!systems.field("school_id")->required);
    QCOMPARE(standards.field("school_types")->kind, FieldKind::EnumList);
    QCOMPARE(standards.field("school_types")->enumKind, EnumKind::SchoolType);
    QCOMPARE(standards.naturalKey, QStringLiteral("name"));
    QCOMPARE(EnumCatalog::codes(EnumKind::SystemCategory).size(), 12);
    QCOMPARE(EnumCatalog::codes(EnumKind::StandardMeasure).size(), 7);
}

void TestSystemsEntities::validSystemIsStored()
{
    const RecordStore::Result result = m_store->insert(systems, validSystem());
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(m_store->displayName(systems, result.id), QStringLiteral("Sophos XGS"));
    QCOMPARE(TestSupport::scalar(m_temp->db(), "SELECT annual_cost_cents FROM system").toLongLong(), 240000);
    QCOMPARE(TestSupport::scalar(m_temp->db(), "SELECT COUNT(*) FROM audit_log WHERE table_name = 'system'").toInt(), 1);
    QVariantMap ofSchool = validSystem();
    ofSchool.insert("school_id", m_countySchool);
    QVERIFY(m_store->insert(systems, ofSchool).ok());
}

void TestSystemsEntities::invalidSystems_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("no product") << "product" << QVariant(QString());
    QTest::newRow("no authority") << "authority_id" << QVariant();
    QTest::newRow("unknown category") << "category" << QVariant("toaster");
    QTest::newRow("unknown operator") << "operated_by" << QVariant("neighbour");
    QTest::newRow("negative cost") << "annual_cost_cents" << QVariant(-1);
    QTest::newRow("bad licence end") << "licence_end" << QVariant("2027-02-30");
    QTest::newRow("missing school") << "school_id" << QVariant(9999);
}

void TestSystemsEntities::invalidSystems()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QVariantMap values = validSystem();
    values.insert(column, value);
    const RecordStore::Result result = m_store->insert(systems, values);
    QVERIFY(!result.ok());
    QCOMPARE(result.fieldErrors.size(), 1);
    QCOMPARE(result.fieldErrors.first().field, column);
    QCOMPARE(TestSupport::scalar(m_temp->db(), "SELECT COUNT(*) FROM system").toInt(), 0);
}

void TestSystemsEntities::schoolMustBelongToTheAuthority()
{
    QVariantMap values = validSystem();
    values.insert("school_id", m_townSchool);
    const RecordStore::Result result = m_store->insert(systems, values);
    QVERIFY(!result.ok());
    QCOMPARE(result.fieldErrors.first().field, QStringLiteral("school_id"));
    QCOMPARE(result.message(), QStringLiteral("School belongs to another school authority."));
    // Moving the system to the school's authority makes it right.
    values.insert("authority_id", m_town);
    QVERIFY(m_store->insert(systems, values).ok());
}

void TestSystemsEntities::schoolTypesAreStoredAsCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("codes") << "20,02" << QVariant("02,20");
    QTest::newRow("semicolons, blanks, doubles") << " 30 ; 2;02 " << QVariant("02,30");
    QTest::newRow("labels") << "Gymnasium, Primary school" << QVariant("02,20");
    QTest::newRow("empty means every type") << "" << QVariant();
}

void TestSystemsEntities::schoolTypesAreStoredAsCodes()
{
    QFETCH(QString, input);
    QFETCH(QVariant, stored);
    QVariantMap values = validStandard();
    values.insert("school_types", input);
    const RecordStore::Result result = m_store->insert(standards, values);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const QVariant actual = TestSupport::scalar(m_temp->db(), "SELECT school_types FROM minimum_standard");
    QCOMPARE(actual.isNull(), stored.isNull());
    if (!stored.isNull())
        QCOMPARE(actual.toString(), stored.toString());
}

void TestSystemsEntities::unknownSchoolTypeIsRefused()
{
    QVariantMap values = validStandard();
    values.insert("school_types", "02, 99, Baumschule");
    const RecordStore::Result result = m_store->insert(standards, values);
    QVERIFY(!result.ok());
    QCOMPARE(result.fieldErrors.first().field, QStringLiteral("school_types"));
    QCOMPARE(result.message(), QStringLiteral("\"99, Baumschule\" is not a known value for School types."));
}

void TestSystemsEntities::invalidStandards_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("no name") << "name" << QVariant(QString());
    QTest::newRow("unknown area") << "area" << QVariant("weather");
    QTest::newRow("unknown measure") << "measure" << QVariant("printers");
    QTest::newRow("unknown comparison") << "comparison" << QVariant("about");
    QTest::newRow("no threshold") << "threshold" << QVariant();
    QTest::newRow("negative threshold") << "threshold" << QVariant(-5);
}

void TestSystemsEntities::invalidStandards()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QVariantMap values = validStandard();
    values.insert(column, value);
    const RecordStore::Result result = m_store->insert(standards, values);
    QVERIFY(!result.ok());
    QCOMPARE(result.fieldErrors.first().field, column);
}

void TestSystemsEntities::authorityWithSystemsCannotBeDeleted()
{
    QVERIFY(m_store->insert(standards, validStandard()).ok());
    const RecordStore::Result duplicate = m_store->insert(standards, validStandard());
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.fieldErrors.first().field, QStringLiteral("name"));

    QVERIFY(m_store->insert(systems, validSystem()).ok());
    const EntitySpec &authorities = EntityCatalog::spec(EntityKind::Authority);
    const QString blocker = m_store->deleteBlocker(authorities, m_county);
    QVERIFY2(blocker.contains(QStringLiteral("1 System")), qPrintable(blocker));
    QVERIFY(!m_store->remove(authorities, m_county).ok());
}

void TestSystemsEntities::listLabels()
{
    QCOMPARE(EnumCatalog::splitList(" 02, ,20 "), (QStringList{"02", "20"}));
    QCOMPARE(EnumCatalog::listLabel(EnumKind::SchoolType, "02,20"), QStringLiteral("Primary school, Gymnasium"));
    QStringList unknown;
    QCOMPARE(EnumCatalog::normalizedList(EnumKind::SystemCategory, "mdm; Firewall; nonsense", &unknown),
             QStringLiteral("firewall,mdm"));
    QCOMPARE(unknown, QStringList{"nonsense"});
}

QTEST_GUILESS_MAIN(TestSystemsEntities)
#include "tst_systemsentities.moc"
