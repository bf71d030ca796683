// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "recordstore.h"
#include "recordvalidator.h"
#include "testsupport.h"

#include <QTest>

using Values = QVariantMap;

class TestRecordValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void uniquenessIgnoresTheRecordItself();
    void messagesAreGerman();

private:
    Values validDevice() const;
    Values validSchool() const;
    Values validContract() const;

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    qint64 m_authority = 0;
    qint64 m_school = 0;
    qint64 m_device = 0;
    qint64 m_program = 0;
};

void TestRecordValidator::initTestCase()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    RecordStore store(m_temp->db());
    m_authority = store.insert(EntityCatalog::spec(EntityKind::Authority),
                               {{"name", "Stadt Dülmen"}, {"kind", "town"}, {"cooperation_phase", "pilot"}}).id;
    auto school = store.insert(EntityCatalog::spec(EntityKind::School), validSchool());
    QVERIFY2(school.ok(), qPrintable(school.message()));
    m_school = school.id;
    auto device = store.insert(EntityCatalog::spec(EntityKind::Device), validDevice());
    QVERIFY2(device.ok(), qPrintable(device.message()));
    m_device = device.id;
    m_program = store.insert(EntityCatalog::spec(EntityKind::FundingProgram),
                             {{"name", "DigitalPakt Schule"}, {"funder", "federal"}}).id;
    QVERIFY(m_program > 0);
    QVERIFY(store.insert(EntityCatalog::spec(EntityKind::Allocation),
                         {{"program_id", m_program}, {"authority_id", m_authority}, {"allocated_cents", 100000}}).ok());
}

Values TestRecordValidator::validSchool() const
{
    return {{"school_number", "191234"}, {"name", "Ludgerischule"}, {"school_type", "02"},
            {"authority_id", m_authority}, {"pupils", 210}, {"wlan_coverage_percent", 80}};
}

Values TestRecordValidator::validDevice() const
{
    return {{"inventory_number", "DUL-2024-000001"}, {"category", "tablet"}, {"school_id", m_school},
            {"status", "in_use"}, {"acquired_on", "2024-03-01"}, {"warranty_end", "2027-02-28"},
            {"price_cents", 39900}};
}

Values TestRecordValidator::validContract() const
{
    return {{"contract_number", "SV-2024-01"}, {"vendor", "Münsterland IT GmbH"}, {"authority_id", m_authority},
            {"start_date", "2024-01-01"}, {"initial_term_months", 36}, {"renewal_months", 12},
            {"notice_months", 3}, {"auto_renewal", 1}, {"annual_cost_cents", 1200000}};
}

void TestRecordValidator::rules_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<Values>("changes");
    QTest::addColumn<QString>("field"); // empty: the record is valid

    auto row = [](const char *name, EntityKind kind, Values changes, const char *field) {
        QTest::newRow(name) << int(kind) << changes << QString::fromLatin1(field);
    };
    row("valid device", EntityKind::Device, {{"inventory_number", "DUL-2024-000002"}}, "");
    row("duplicate inventory number", EntityKind::Device, {}, "inventory_number");
    row("missing inventory number", EntityKind::Device, {{"inventory_number", "  "}}, "inventory_number");
    row("unknown category", EntityKind::Device, {{"inventory_number", "X1"}, {"category", "toaster"}}, "category");
    row("unknown status", EntityKind::Device, {{"inventory_number", "X2"}, {"status", "lost"}}, "status");
    row("negative price", EntityKind::Device, {{"inventory_number", "X3"}, {"price_cents", -1}}, "price_cents");
    row("price not a number", EntityKind::Device, {{"inventory_number", "X4"}, {"price_cents", "viel"}}, "price_cents");
    row("warranty before acquisition", EntityKind::Device,
        {{"inventory_number", "X5"}, {"warranty_end", "2024-02-29"}}, "warranty_end");
    row("warranty on acquisition day", EntityKind::Device,
        {{"inventory_number", "X6"}, {"warranty_end", "2024-03-01"}}, "");
    row("bad date", EntityKind::Device, {{"inventory_number", "X7"}, {"acquired_on", "2024-02-30"}}, "acquired_on");
    row("unknown school", EntityKind::Device, {{"inventory_number", "X8"}, {"school_id", 987654}}, "school_id");
    row("school number with 5 digits", EntityKind::School, {{"school_number", "19123"}}, "school_number");
    row("school number with letters", EntityKind::School, {{"school_number", "19A234"}}, "school_number");
    row("school number with 7 digits", EntityKind::School, {{"school_number", "1912345"}}, "school_number");
    row("duplicate school number", EntityKind::School, {}, "school_number");
    row("valid school", EntityKind::School, {{"school_number", "191235"}}, "");
    row("unknown school type", EntityKind::School, {{"school_number", "191236"}, {"school_type", "99"}}, "school_type");
    row("WLAN over 100 %", EntityKind::School, {{"school_number", "191237"}, {"wlan_coverage_percent", 101}}, "wlan_coverage_percent");
    row("negative pupils", EntityKind::School, {{"school_number", "191238"}, {"pupils", -3}}, "pupils");
    row("valid contract", EntityKind::SupportContract, {}, "");
    row("contract without start", EntityKind::SupportContract, {{"start_date", QVariant()}}, "start_date");
    row("contract term zero", EntityKind::SupportContract, {{"initial_term_months", 0}}, "initial_term_months");
    row("negative annual cost", EntityKind::SupportContract, {{"annual_cost_cents", -100}}, "annual_cost_cents");
    row("bool not yes or no", EntityKind::SupportContract, {{"auto_renewal", "vielleicht"}}, "auto_renewal");
    row("unknown authority kind", EntityKind::Authority, {{"name", "Gemeinde X"}, {"kind", "village"}}, "kind");
    row("negative FTE", EntityKind::Authority, {{"name", "Gemeinde Y"}, {"it_staff_fte", -0.5}}, "it_staff_fte");
    row("duplicate authority name", EntityKind::Authority, {{"name", "Stadt Dülmen"}}, "name");
    row("program spending before application", EntityKind::FundingProgram,
        {{"application_deadline", "2022-07-31"}, {"spending_deadline", "2022-01-01"}}, "spending_deadline");
    row("negative budget", EntityKind::FundingProgram, {{"total_budget_cents", -1}}, "total_budget_cents");
    row("own share over 100 %", EntityKind::FundingProgram, {{"own_share_percent", 120}}, "own_share_percent");
    row("unknown funder", EntityKind::FundingProgram, {{"funder", "lottery"}}, "funder");
    row("duplicate program name", EntityKind::FundingProgram, {{"name", "DigitalPakt Schule"}}, "name");
    row("valid measure", EntityKind::Measure, {}, "");
    row("second allocation of a program to one authority", EntityKind::Allocation, {}, "authority_id");
    row("negative allocation", EntityKind::Allocation, {{"allocated_cents", -1}}, "allocated_cents");
    row("allocation without program", EntityKind::Allocation, {{"program_id", QVariant()}}, "program_id");
    row("measure without title", EntityKind::Measure, {{"title", ""}}, "title");
    row("negative measure amount", EntityKind::Measure, {{"amount_cents", -10}}, "amount_cents");
}

void TestRecordValidator::rules()
{
    QFETCH(int, entity);
    QFETCH(Values, changes);
    QFETCH(QString, field);

    const EntitySpec &spec = EntityCatalog::spec(EntityKind(entity));
    Values values;
    switch (spec.kind) {
    case EntityKind::Device: values = validDevice(); break;
    case EntityKind::School: values = validSchool(); break;
    case EntityKind::SupportContract: values = validContract(); break;
    case EntityKind::Authority: values = {{"name", "Gemeinde Z"}, {"kind", "municipality"}, {"cooperation_phase", "not_yet"}}; break;
    case EntityKind::FundingProgram: values = {{"name", "Gute Schule 2020"}, {"funder", "state"}}; break;
    case EntityKind::Measure: values = {{"school_id", m_school}, {"program_id", m_program}, {"title", "WLAN"}, {"amount_cents", 100}, {"status", "planned"}}; break;
    case EntityKind::Allocation: values = {{"program_id", m_program}, {"authority_id", m_authority}, {"allocated_cents", 5000}}; break;
    case EntityKind::System:
    case EntityKind::MinimumStandard:
        QFAIL("no rows for this entity in rules_data()");
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        values.insert(it.key(), it.value());

    RecordValidator validator(m_temp->db().connection());
    const FieldErrors errors = validator.validate(spec, values);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY(!errors.first().message.isEmpty());
    QVERIFY2(errors.first().message.contains(spec.field(field)->label()), qPrintable(errors.first().message));
}

void TestRecordValidator::uniquenessIgnoresTheRecordItself()
{
    RecordValidator validator(m_temp->db().connection());
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
    QVERIFY(validator.validate(devices, validDevice(), m_device).isEmpty());
    QCOMPARE(validator.validate(devices, validDevice(), m_device + 1).size(), 1);
}

void TestRecordValidator::messagesAreGerman()
{
    TestSupport::useGerman();
    RecordValidator validator(m_temp->db().connection());
    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    Values school = validSchool();
    school.insert(QStringLiteral("school_number"), QStringLiteral("12345"));
    FieldErrors errors = validator.validate(schools, school);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, QStringLiteral("Schulnummer muss genau 6 Ziffern haben, nicht „12345“."));

    Values device = validDevice();
    errors = validator.validate(EntityCatalog::spec(EntityKind::Device), device);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message,
             QStringLiteral("Inventarnummer „DUL-2024-000001“ ist bereits bei einem anderen Datensatz vergeben."));

    device.insert(QStringLiteral("inventory_number"), QStringLiteral("NEU-1"));
    device.insert(QStringLiteral("price_cents"), -100);
    errors = validator.validate(EntityCatalog::spec(EntityKind::Device), device);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, QStringLiteral("Preis darf nicht negativ sein."));

    device.insert(QStringLiteral("price_cents"), 100);
    device.insert(QStringLiteral("warranty_end"), QStringLiteral("2020-01-01"));
    errors = validator.validate(EntityCatalog::spec(EntityKind::Device), device);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, QStringLiteral("Garantieende darf nicht vor Anschaffungsdatum liegen."));
}

QTEST_GUILESS_MAIN(TestRecordValidator)
#include "tst_recordvalidator.moc"
