// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "fieldtext.h"
#include "testsupport.h"

#include <QTest>

class TestFieldText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void display_data();
    void display();
    void parse_data();
    void parse();
    void parseReference();

private:
    static const FieldSpec &field(EntityKind entity, const char *column)
    {
        return *EntityCatalog::spec(entity).field(QString::fromLatin1(column));
    }
};

void TestFieldText::initTestCase()
{
    TestSupport::useGerman();
}

void TestFieldText::display_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    const int device = int(EntityKind::Device);
    QTest::newRow("money") << device << "price_cents" << QVariant(qint64(123456)) << "1.234,56 €";
    QTest::newRow("money zero") << device << "price_cents" << QVariant(qint64(0)) << "0,00 €";
    QTest::newRow("date") << device << "acquired_on" << QVariant("2025-12-31") << "31.12.2025";
    QTest::newRow("bad date as is") << device << "acquired_on" << QVariant("gestern") << "gestern";
    QTest::newRow("enum label") << device << "status" << QVariant("in_use") << "Im Einsatz";
    QTest::newRow("empty") << device << "room" << QVariant() << "";
    QTest::newRow("integer") << int(EntityKind::School) << "pupils" << QVariant(1234) << "1.234";
    QTest::newRow("percent") << int(EntityKind::School) << "wlan_coverage_percent" << QVariant(85) << "85 %";
    QTest::newRow("percent decimals") << int(EntityKind::FundingProgram) << "own_share_percent" << QVariant(12.5) << "12,5 %";
    QTest::newRow("decimal") << int(EntityKind::Authority) << "it_staff_fte" << QVariant(2.5) << "2,5";
}

void TestFieldText::display()
{
    QFETCH(int, entity);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(FieldText::display(*EntityCatalog::spec(EntityKind(entity)).field(column), value), expected);
}

void TestFieldText::parse_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    const int device = int(EntityKind::Device);
    QTest::newRow("money German") << device << "price_cents" << "1.234,56 €" << QVariant(qint64(123456));
    QTest::newRow("money plain") << device << "price_cents" << "499" << QVariant(qint64(49900));
    QTest::newRow("money wrong stays text") << device << "price_cents" << "12,5x" << QVariant("12,5x");
    QTest::newRow("date") << device << "acquired_on" << "31.12.2025" << QVariant("2025-12-31");
    QTest::newRow("date short") << device << "acquired_on" << "1.3.24" << QVariant("2024-03-01");
    QTest::newRow("date ISO") << device << "acquired_on" << "2024-03-01" << QVariant("2024-03-01");
    QTest::newRow("date wrong stays text") << device << "acquired_on" << "31.02.2024" << QVariant("31.02.2024");
    QTest::newRow("enum label") << device << "status" << "Defekt" << QVariant("defective");
    QTest::newRow("enum code") << device << "status" << "in_use" << QVariant("in_use");
    QTest::newRow("enum unknown") << device << "status" << "kaputt" << QVariant("kaputt");
    QTest::newRow("empty") << device << "room" << "  " << QVariant();
    QTest::newRow("integer with group") << int(EntityKind::School) << "pupils" << "1.234" << QVariant(qlonglong(1234));
    QTest::newRow("integer with decimals stays text") << int(EntityKind::School) << "pupils" << "12,5" << QVariant("12,5");
    QTest::newRow("percent") << int(EntityKind::School) << "wlan_coverage_percent" << "85 %" << QVariant(85.0);
    QTest::newRow("decimal comma") << int(EntityKind::Authority) << "it_staff_fte" << "2,5" << QVariant(2.5);
    QTest::newRow("yes") << int(EntityKind::SupportContract) << "auto_renewal" << "Ja" << QVariant(1);
    QTest::newRow("x") << int(EntityKind::SupportContract) << "auto_renewal" << "x" << QVariant(1);
    QTest::newRow("no") << int(EntityKind::SupportContract) << "auto_renewal" << "nein" << QVariant(0);
    QTest::newRow("empty no") << int(EntityKind::SupportContract) << "auto_renewal" << "" << QVariant(0);
}

void TestFieldText::parse()
{
    QFETCH(int, entity);
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const QVariant parsed = FieldText::parse(*EntityCatalog::spec(EntityKind(entity)).field(column), text);
    QCOMPARE(parsed, expected);
}

void TestFieldText::parseReference()
{
    const FieldText::ReferenceResolver resolve = [](EntityKind target, const QString &text) -> std::optional<qint64> {
        if (target == EntityKind::School && text == QLatin1String("Grundschule Nord"))
            return 2;
        return std::nullopt;
    };
    QCOMPARE(FieldText::parse(field(EntityKind::Device, "school_id"), QStringLiteral("Grundschule Nord"), resolve), QVariant(qint64(2)));
    QCOMPARE(FieldText::parse(field(EntityKind::Device, "school_id"), QStringLiteral("Gibt es nicht"), resolve),
             QVariant(QStringLiteral("Gibt es nicht")));
}

QTEST_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
