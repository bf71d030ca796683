// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "headermatcher.h"
#include "testsupport.h"

#include <QTest>

class TestHeaderMatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void normalize_data();
    void normalize();
    void fieldFor_data();
    void fieldFor();
    void guessTakesEachFieldOnce();
    void aliasPerEntity();
    void missingRequired();
};

void TestHeaderMatcher::normalize_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("case") << QStringLiteral("Inventarnummer") << QStringLiteral("inventarnummer");
    QTest::newRow("spaces") << QStringLiteral(" Garantie bis ") << QStringLiteral("garantiebis");
    QTest::newRow("punctuation") << QStringLiteral("Inventar-Nr.") << QStringLiteral("inventarnr");
    QTest::newRow("umlaut") << QStringLiteral("Trägernummer") << QStringLiteral("traegernummer");
    QTest::newRow("spelled umlaut") << QStringLiteral("Traegernummer") << QStringLiteral("traegernummer");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("underscore") << QStringLiteral("school_number") << QStringLiteral("schoolnumber");
    QTest::newRow("parentheses") << QStringLiteral("WLAN-Abdeckung (%)") << QStringLiteral("wlanabdeckung");
}

void TestHeaderMatcher::normalize()
{
    QFETCH(QString, header);
    QFETCH(QString, normalized);
    QCOMPARE(HeaderMatcher::normalize(header), normalized);
}

void TestHeaderMatcher::fieldFor_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("column");
    QTest::newRow("column name") << "devices" << "inventory_number" << "inventory_number";
    QTest::newRow("English label") << "devices" << "Inventory number" << "inventory_number";
    QTest::newRow("German alias") << "devices" << "Inventarnummer" << "inventory_number";
    QTest::newRow("German, other case and spaces") << "devices" << "  INVENTAR NUMMER " << "inventory_number";
    QTest::newRow("German label") << "devices" << "Anschaffungsdatum" << "acquired_on";
    QTest::newRow("reference by school number") << "devices" << "Schulnummer" << "school_id";
    QTest::newRow("price") << "devices" << "Kaufpreis" << "price_cents";
    QTest::newRow("authority number spelled out") << "authorities" << "Traegernummer" << "traeger_number";
    QTest::newRow("authority number with umlaut") << "authorities" << "Träger-Nr." << "traeger_number";
    QTest::newRow("school street") << "schools" << "Strasse" << "street";
    QTest::newRow("contract notice") << "contracts" << "Kündigungsfrist (Monate)" << "notice_months";
    QTest::newRow("allocation program") << "allocations" << "Programm" << "program_id";
    QTest::newRow("unknown") << "devices" << "Lieblingsfarbe" << "";
    QTest::newRow("empty") << "devices" << "" << "";
}

void TestHeaderMatcher::fieldFor()
{
    QFETCH(QString, table);
    QFETCH(QString, header);
    QFETCH(QString, column);
    const EntitySpec &entity = *EntityCatalog::byCommandName(table);
    const int field = HeaderMatcher::fieldFor(entity, header);
    QCOMPARE(field < 0 ? QString() : entity.fields.at(field).column, column);
}

void TestHeaderMatcher::guessTakesEachFieldOnce()
{
    const EntitySpec &devices = *EntityCatalog::byCommandName(QStringLiteral("devices"));
    const ColumnMapping mapping = HeaderMatcher::guess(devices, {QStringLiteral("Inventarnummer"), QStringLiteral("Inventar-Nr."),
                                                                 QStringLiteral("Farbe"), QStringLiteral("Kategorie")});
    QCOMPARE(mapping.fieldIndex, (QList<int>{devices.fieldIndex(QStringLiteral("inventory_number")), -1, -1,
                                             devices.fieldIndex(QStringLiteral("category"))}));
    QCOMPARE(mapping.mappedCount(), 2);
}

void TestHeaderMatcher::aliasPerEntity()
{
    // "Budget" is the allocated amount of an allocation and the total budget of a program.
    const EntitySpec &allocations = *EntityCatalog::byCommandName(QStringLiteral("allocations"));
    const EntitySpec &programs = *EntityCatalog::byCommandName(QStringLiteral("programs"));
    QCOMPARE(HeaderMatcher::fieldFor(allocations, QStringLiteral("Budget")), allocations.fieldIndex(QStringLiteral("allocated_cents")));
    QCOMPARE(HeaderMatcher::fieldFor(programs, QStringLiteral("Budget")), programs.fieldIndex(QStringLiteral("total_budget_cents")));
}

void TestHeaderMatcher::missingRequired()
{
    const EntitySpec &devices = *EntityCatalog::byCommandName(QStringLiteral("devices"));
    const ColumnMapping mapping = HeaderMatcher::guess(devices, {QStringLiteral("Inventarnummer"), QStringLiteral("Schule"),
                                                                 QStringLiteral("Kategorie")});
    QCOMPARE(HeaderMatcher::missingRequired(devices, mapping), QList<int>{devices.fieldIndex(QStringLiteral("status"))});
}

QTEST_GUILESS_MAIN(TestHeaderMatcher)
#include "tst_headermatcher.moc"
