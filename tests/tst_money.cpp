// SPDX-License-Identifier: EUPL-1.2
#include "money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void formatEnglish();
    void parse_data();
    void parse();
    void sharePercent_data();
    void sharePercent();
    void applyPercent_data();
    void applyPercent();
    void sumsStayExact();
};

static const QLocale german(QLocale::German, QLocale::Germany);

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00 €");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("0,01 €");
    QTest::newRow("thousands") << qint64(123456) << QStringLiteral("1.234,56 €");
    QTest::newRow("millions") << qint64(105000000000) << QStringLiteral("1.050.000.000,00 €");
    QTest::newRow("negative") << qint64(-1200) << QStringLiteral("-12,00 €");
    QTest::newRow("negative cents") << qint64(-5) << QStringLiteral("-0,05 €");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << QStringLiteral("92.233.720.368.547.758,07 €");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << QStringLiteral("-92.233.720.368.547.758,08 €");
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::format(cents, german), text);
}

void TestMoney::formatEnglish()
{
    QCOMPARE(Money::format(123456, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("1,234.56 €"));
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("german full") << QStringLiteral("1.234,56 €") << true << qint64(123456);
    QTest::newRow("german no group") << QStringLiteral("1234,56") << true << qint64(123456);
    QTest::newRow("english decimal") << QStringLiteral("1234.56") << true << qint64(123456);
    QTest::newRow("english grouped") << QStringLiteral("1,234.56") << true << qint64(123456);
    QTest::newRow("one decimal") << QStringLiteral("12,5") << true << qint64(1250);
    QTest::newRow("integer") << QStringLiteral("500") << true << qint64(50000);
    QTest::newRow("thousands dot") << QStringLiteral("1.000") << true << qint64(100000);
    QTest::newRow("millions dots") << QStringLiteral("2.500.000") << true << qint64(250000000);
    QTest::newRow("EUR prefix") << QStringLiteral("EUR 12") << true << qint64(1200);
    QTest::newRow("nbsp before euro") << QStringLiteral("3,10\u00A0€") << true << qint64(310);
    QTest::newRow("negative") << QStringLiteral("-5") << true << qint64(-500);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("zwölf") << false << qint64(0);
    QTest::newRow("three decimals after two groups") << QStringLiteral("1.23.456") << false << qint64(0);
    QTest::newRow("bad group") << QStringLiteral("12.34.56") << false << qint64(0);
    QTest::newRow("trailing separator") << QStringLiteral("12,") << false << qint64(0);
    QTest::newRow("four decimals") << QStringLiteral("1,2345") << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    const auto parsed = Money::parse(text, german);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, cents);
}

void TestMoney::sharePercent_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<double>("percent");
    QTest::newRow("half") << qint64(50) << qint64(100) << 50.0;
    QTest::newRow("third") << qint64(1) << qint64(3) << 33.3;
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << 66.7;
    QTest::newRow("nothing of nothing") << qint64(0) << qint64(0) << 0.0;
    QTest::newRow("overspent") << qint64(150) << qint64(100) << 150.0;
}

void TestMoney::sharePercent()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(double, percent);
    QCOMPARE(Money::sharePercent(part, whole), percent);
}

void TestMoney::applyPercent_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<double>("percent");
    QTest::addColumn<qint64>("result");
    QTest::newRow("90 % funding") << qint64(100000000) << 90.0 << qint64(90000000);
    QTest::newRow("10 % own share of odd cents") << qint64(12345) << 10.0 << qint64(1235); // 1234,5 rounds up
    QTest::newRow("half cent down side") << qint64(-12345) << 10.0 << qint64(-1235);
    QTest::newRow("zero") << qint64(0) << 50.0 << qint64(0);
}

void TestMoney::applyPercent()
{
    QFETCH(qint64, cents);
    QFETCH(double, percent);
    QFETCH(qint64, result);
    QCOMPARE(Money::applyPercent(cents, percent), result);
}

void TestMoney::sumsStayExact()
{
    // Ten times 0,10 € is exactly 1,00 €, which a binary float would not keep.
    qint64 total = 0;
    for (int i = 0; i < 10; ++i)
        total += *Money::parse(QStringLiteral("0,10"), german);
    QCOMPARE(total, qint64(100));
    QCOMPARE(Money::format(total, german), QStringLiteral("1,00 €"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
