// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "importvalueconverter.h"
#include "money.h"
#include "referenceresolver.h"
#include "testsupport.h"

#include <QTest>

class TestImportValueConverter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convert_data();
    void convert();
    void types();
    void plainAmountsAgreeWithMoneyParse_data();
    void plainAmountsAgreeWithMoneyParse();

private:
    ReferenceResolver m_references;
};

void TestImportValueConverter::initTestCase()
{
    TestSupport::useGerman();
    m_references.addRecord(EntityKind::Authority, 1, QStringLiteral("Kreis Coesfeld"), QStringLiteral("10595"));
    m_references.addRecord(EntityKind::Authority, 2, QStringLiteral("Stadt Dülmen"), QStringLiteral("14000"));
    m_references.addRecord(EntityKind::School, 11, QStringLiteral("194905"), QStringLiteral("Gymnasium St. Laurentius"));
    m_references.addRecord(EntityKind::School, 12, QStringLiteral("109901"), QStringLiteral("Grundschule am Markt"));
    m_references.addRecord(EntityKind::School, 13, QStringLiteral("109902"), QStringLiteral("Grundschule am Markt"));
    m_references.addRecord(EntityKind::FundingProgram, 21, QStringLiteral("DigitalPakt Schule"));
    m_references.addRecord(EntityKind::SupportContract, 31, QStringLiteral("SV-2022-005"));
}

void TestImportValueConverter::convert_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // toString() of the value; empty: NULL
    QTest::addColumn<bool>("ok");

    auto row = [](const char *name, const char *table, const char *column, const QString &text, const QString &stored, bool ok) {
        QTest::newRow(name) << QString::fromLatin1(table) << QString::fromLatin1(column) << text << stored << ok;
    };
    row("empty is null", "devices", "price_cents", QStringLiteral("  "), QString(), true);
    row("text trimmed", "devices", "model", QStringLiteral(" Latitude 5440 "), QStringLiteral("Latitude 5440"), true);
    // whole numbers
    row("integer", "schools", "pupils", QStringLiteral("812"), QStringLiteral("812"), true);
    row("integer grouped", "schools", "pupils", QStringLiteral("1.234"), QStringLiteral("1234"), true);
    row("integer with zero decimals", "schools", "pupils", QStringLiteral("25,00"), QStringLiteral("25"), true);
    row("integer negative", "schools", "pupils", QStringLiteral("-3"), QStringLiteral("-3"), true);
    row("integer with decimals", "schools", "pupils", QStringLiteral("12,5"), QString(), false);
    row("integer text", "schools", "pupils", QStringLiteral("viele"), QString(), false);
    // decimals
    row("decimal comma", "authorities", "it_staff_fte", QStringLiteral("2,5"), QStringLiteral("2.5"), true);
    row("decimal point", "authorities", "it_staff_fte", QStringLiteral("2.5"), QStringLiteral("2.5"), true);
    row("decimal German grouped", "authorities", "it_staff_fte", QStringLiteral("1.234,5"), QStringLiteral("1234.5"), true);
    row("decimal English grouped", "authorities", "it_staff_fte", QStringLiteral("1,234.5"), QStringLiteral("1234.5"), true);
    row("decimal bad grouping", "authorities", "it_staff_fte", QStringLiteral("1.23,5"), QString(), false);
    row("percent sign", "programs", "own_share_percent", QStringLiteral("10 %"), QStringLiteral("10"), true);
    row("percent decimal", "programs", "own_share_percent", QStringLiteral("12,5%"), QStringLiteral("12.5"), true);
    // money
    row("money German", "devices", "price_cents", QStringLiteral("1.234,56 €"), QStringLiteral("123456"), true);
    row("money plain comma", "devices", "price_cents", QStringLiteral("205,60"), QStringLiteral("20560"), true);
    row("money plain point", "devices", "price_cents", QStringLiteral("205.6"), QStringLiteral("20560"), true);
    row("money whole", "devices", "price_cents", QStringLiteral("499"), QStringLiteral("49900"), true);
    row("money thousands only", "devices", "price_cents", QStringLiteral("1.234"), QStringLiteral("123400"), true);
    row("money EUR", "devices", "price_cents", QStringLiteral("EUR 12"), QStringLiteral("1200"), true);
    row("money negative", "devices", "price_cents", QStringLiteral("-5,00"), QStringLiteral("-500"), true);
    row("money text", "devices", "price_cents", QStringLiteral("teuer"), QString(), false);
    // dates
    row("date German", "devices", "acquired_on", QStringLiteral("31.12.2025"), QStringLiteral("2025-12-31"), true);
    row("date German short parts", "devices", "acquired_on", QStringLiteral("1.2.2024"), QStringLiteral("2024-02-01"), true);
    row("date ISO", "devices", "acquired_on", QStringLiteral("2024-02-29"), QStringLiteral("2024-02-29"), true);
    row("date with time", "devices", "acquired_on", QStringLiteral("31.12.2025 00:00"), QStringLiteral("2025-12-31"), true);
    row("date ISO with time", "devices", "acquired_on", QStringLiteral("2025-12-31T00:00:00"), QStringLiteral("2025-12-31"), true);
    row("date impossible", "devices", "acquired_on", QStringLiteral("31.02.2025"), QString(), false);
    row("date two-digit year", "devices", "acquired_on", QStringLiteral("31.12.25"), QString(), false);
    row("date American", "devices", "acquired_on", QStringLiteral("12/31/2025"), QString(), false);
    // yes and no
    row("bool ja", "contracts", "auto_renewal", QStringLiteral("ja"), QStringLiteral("1"), true);
    row("bool Nein", "contracts", "auto_renewal", QStringLiteral("Nein"), QStringLiteral("0"), true);
    row("bool yes", "contracts", "auto_renewal", QStringLiteral("yes"), QStringLiteral("1"), true);
    row("bool WAHR", "contracts", "auto_renewal", QStringLiteral("WAHR"), QStringLiteral("1"), true);
    row("bool 0", "contracts", "auto_renewal", QStringLiteral("0"), QStringLiteral("0"), true);
    row("bool x", "contracts", "auto_renewal", QStringLiteral("x"), QStringLiteral("1"), true);
    row("bool maybe", "contracts", "auto_renewal", QStringLiteral("vielleicht"), QString(), false);
    // enumerations
    row("enum code", "devices", "category", QStringLiteral("notebook"), QStringLiteral("notebook"), true);
    row("enum English label", "devices", "category", QStringLiteral("Access point"), QStringLiteral("access_point"), true);
    row("enum any case", "devices", "status", QStringLiteral("IN_USE"), QStringLiteral("in_use"), true);
    row("enum school type key", "schools", "school_type", QStringLiteral("20"), QStringLiteral("20"), true);
    row("enum school type without zero", "schools", "school_type", QStringLiteral("2"), QStringLiteral("02"), true);
    row("enum unknown", "devices", "category", QStringLiteral("Toaster"), QString(), false);
    // references by natural key
    row("school by number", "devices", "school_id", QStringLiteral("194905"), QStringLiteral("11"), true);
    row("school by name", "devices", "school_id", QStringLiteral("gymnasium st.  laurentius"), QStringLiteral("11"), true);
    row("school name twice", "devices", "school_id", QStringLiteral("Grundschule am Markt"), QString(), false);
    row("school unknown number", "devices", "school_id", QStringLiteral("999999"), QString(), false);
    row("authority by name", "contracts", "authority_id", QStringLiteral("Stadt Dülmen"), QStringLiteral("2"), true);
    row("authority by Träger number", "contracts", "authority_id", QStringLiteral("10595"), QStringLiteral("1"), true);
    row("authority unknown", "contracts", "authority_id", QStringLiteral("Stadt Münster"), QString(), false);
    row("program by name", "devices", "funding_program_id", QStringLiteral("digitalpakt schule"), QStringLiteral("21"), true);
    row("contract by number", "devices", "support_contract_id", QStringLiteral("SV-2022-005"), QStringLiteral("31"), true);
    row("contract unknown", "devices", "support_contract_id", QStringLiteral("SV-1"), QString(), false);
}

void TestImportValueConverter::convert()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(bool, ok);
    const EntitySpec &entity = *EntityCatalog::byCommandName(table);
    ImportValueConverter converter(&m_references);
    const ImportValueConverter::Result result = converter.convert(*entity.field(column), text);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.value.isNull(), stored.isEmpty());
        QCOMPARE(result.value.toString(), stored);
    } else {
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.error.contains(text.trimmed()) || result.error.contains(entity.field(column)->label()),
                 qPrintable(result.error));
    }
}

void TestImportValueConverter::types()
{
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
    ImportValueConverter converter(&m_references);
    QCOMPARE(converter.convert(*devices.field(QStringLiteral("price_cents")), QStringLiteral("1,00")).value.typeId(),
             int(QMetaType::LongLong));
    QCOMPARE(converter.convert(*devices.field(QStringLiteral("school_id")), QStringLiteral("194905")).value.typeId(),
             int(QMetaType::LongLong));
    QCOMPARE(converter.convert(*devices.field(QStringLiteral("acquired_on")), QStringLiteral("1.1.2024")).value.typeId(),
             int(QMetaType::QString));
    const EntitySpec &authorities = EntityCatalog::spec(EntityKind::Authority);
    QCOMPARE(converter.convert(*authorities.field(QStringLiteral("it_staff_fte")), QStringLiteral("1,5")).value.typeId(),
             int(QMetaType::Double));
}

void TestImportValueConverter::plainAmountsAgreeWithMoneyParse_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"0", "1", "12", "12,5", "12.5", "12,50", "1234,56", "1234.56", "-7", "-0,05", "999999999999,99"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestImportValueConverter::plainAmountsAgreeWithMoneyParse()
{
    QFETCH(QString, text);
    ImportValueConverter converter;
    const FieldSpec &price = *EntityCatalog::spec(EntityKind::Device).field(QStringLiteral("price_cents"));
    QCOMPARE(converter.convert(price, text).value.toLongLong(), *Money::parse(text));
}

QTEST_GUILESS_MAIN(TestImportValueConverter)
#include "tst_importvalueconverter.moc"
