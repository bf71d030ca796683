// SPDX-License-Identifier: EUPL-1.2
#include "csvsniffer.h"

#include <QBuffer>
#include <QTest>

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private slots:
    void encoding_data();
    void encoding();
    void delimiter_data();
    void delimiter();
    void sepLine_data();
    void sepLine();
    void refusal_data();
    void refusal();
    void lateWindowsByteDecidesTheWholeFile();

private:
    static CsvSniffer::Result sniff(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return CsvSniffer::sniff(buffer, QStringLiteral("liste.csv"));
    }
};

void TestCsvSniffer::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvFormat::Encoding>("encoding");
    QTest::addColumn<qint64>("dataOffset");
    QTest::newRow("ascii") << QByteArray("a;b\n1;2\n") << CsvFormat::Encoding::Utf8 << qint64(0);
    QTest::newRow("utf-8") << QByteArray("Ort;Stra\xC3\x9F" "e\nK\xC3\xB6ln;A\n") << CsvFormat::Encoding::Utf8 << qint64(0);
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBFOrt;PLZ\nK\xC3\xB6ln;50667\n")
                                    << CsvFormat::Encoding::Utf8WithBom << qint64(3);
    QTest::newRow("windows-1252") << QByteArray("Ort;Stra\xDF" "e\nK\xF6ln;A\n") << CsvFormat::Encoding::Windows1252
                                  << qint64(0);
    QTest::newRow("windows-1252 euro") << QByteArray("Preis\n12 \x80\n") << CsvFormat::Encoding::Windows1252 << qint64(0);
}

void TestCsvSniffer::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvFormat::Encoding, encoding);
    QFETCH(qint64, dataOffset);
    const CsvSniffer::Result result = sniff(bytes);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QCOMPARE(result.format.encoding, encoding);
    QCOMPARE(result.dataOffset, dataOffset);
}

void TestCsvSniffer::delimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("semicolon") << QByteArray("Inventarnummer;Kategorie;Preis\nA-1;PC;1.234,56\nA-2;PC;99,00\n") << ';';
    QTest::newRow("comma") << QByteArray("inventory,category,price\nA-1,pc,1234.56\nA-2,pc,99.00\n") << ',';
    QTest::newRow("tab") << QByteArray("Inventarnummer\tKategorie\tPreis\nA-1\tPC\t12,5\n") << '\t';
    QTest::newRow("decimal commas in a semicolon file") << QByteArray("Name;Preis\nA;1,5\nB;2,5\nC;3,5\n") << ';';
    QTest::newRow("quoted semicolons in a comma file")
        << QByteArray("name,notes\n\"A\",\"x;y;z\"\n\"B\",\"u;v\"\n") << ',';
    QTest::newRow("quoted commas in a semicolon file")
        << QByteArray("Name;Bemerkung\n\"Meier, Anna\";\"a, b, c\"\n\"Kurz\";x\n") << ';';
    QTest::newRow("header ending in a delimiter")
        << QByteArray("Schulnummer;Schulform;Ort;\n\"100000\";\"25\";\"Bochum\"\n\"100010\";\"20\";\"K\xC3\xB6ln\"\n") << ';';
    QTest::newRow("single column") << QByteArray("Name\nA\nB\n") << ';';
    QTest::newRow("crlf") << QByteArray("a,b,c\r\n1,2,3\r\n") << ',';
}

void TestCsvSniffer::delimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    const CsvSniffer::Result result = sniff(bytes);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QCOMPARE(result.format.delimiter, delimiter);
    QVERIFY(!result.format.hasSepLine);
}

void TestCsvSniffer::sepLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<qint64>("dataOffset");
    QTest::newRow("sep=;") << QByteArray("sep=;\nSchulnummer;Schulform;\n\"1\";\"2\"\n") << ';' << qint64(6);
    QTest::newRow("sep=, against semicolons") << QByteArray("sep=,\na;b,c;d\n1;2,3;4\n") << ',' << qint64(6);
    QTest::newRow("crlf") << QByteArray("sep=;\r\na;b\r\n") << ';' << qint64(7);
    QTest::newRow("quoted") << QByteArray("\"sep=;\"\na;b\n") << ';' << qint64(8);
    QTest::newRow("after bom") << QByteArray("\xEF\xBB\xBFsep=\t\na\tb\n") << '\t' << qint64(9);
    QTest::newRow("upper case") << QByteArray("SEP=;\na,b;c\n") << ';' << qint64(6);
}

void TestCsvSniffer::sepLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(qint64, dataOffset);
    const CsvSniffer::Result result = sniff(bytes);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QVERIFY(result.format.hasSepLine);
    QCOMPARE(result.format.delimiter, delimiter);
    QCOMPARE(result.dataOffset, dataOffset);
    QCOMPARE(result.firstLine, qint64(2));
}

void TestCsvSniffer::refusal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvError::Kind>("kind");
    QTest::newRow("empty") << QByteArray() << CsvError::Kind::Empty;
    QTest::newRow("only blank lines") << QByteArray("\n \r\n\t\n") << CsvError::Kind::Empty;
    QTest::newRow("nul byte") << QByteArray("a;b\n1;\0;2\n", 10) << CsvError::Kind::Binary;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << CsvError::Kind::Binary;
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07 text") << CsvError::Kind::Binary;
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << CsvError::Kind::Workbook;
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << CsvError::Kind::Workbook;
    QTest::newRow("utf-16 le") << QByteArray("\xFF\xFE" "a\0;\0b\0", 8) << CsvError::Kind::Utf16;
    QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0a\0;\0b", 8) << CsvError::Kind::Utf16;
}

void TestCsvSniffer::refusal()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvError::Kind, kind);
    const CsvSniffer::Result result = sniff(bytes);
    QCOMPARE(result.error.kind, kind);
    QVERIFY2(result.error.message.contains(QLatin1String("liste.csv")), qPrintable(result.error.message));
}

void TestCsvSniffer::lateWindowsByteDecidesTheWholeFile()
{
    QByteArray bytes("Ort;PLZ\n");
    while (bytes.size() < 3 * 1024 * 1024)
        bytes += "Coesfeld;48653\n";
    QCOMPARE(sniff(bytes).format.encoding, CsvFormat::Encoding::Utf8);
    bytes += "M\xFCnster;48143\n";
    QCOMPARE(sniff(bytes).format.encoding, CsvFormat::Encoding::Windows1252);
    QByteArray late = bytes;
    late.insert(2 * 1024 * 1024, QByteArray(1, '\0'));
    QCOMPARE(sniff(late).error.kind, CsvError::Kind::Binary);
}

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
