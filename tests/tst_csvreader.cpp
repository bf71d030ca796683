// SPDX-License-Identifier: EUPL-1.2
#include "csvreader.h"
#include "windows1252.h"

#include <QBuffer>
#include <QTest>

using Records = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void lineNumbers();
    void windows1252();
    void windows1252Table();
    void errors_data();
    void errors();
    void sixteenThousandColumns();
    void recordsAcrossBufferBoundaries();
    void progress();

private:
    struct Read
    {
        Records records;
        QList<qint64> lines;
        CsvError error;
    };
    static Read read(const QByteArray &bytes, char delimiter = ';',
                     CsvFormat::Encoding encoding = CsvFormat::Encoding::Utf8, CsvReader::Limits limits = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvFormat format;
        format.delimiter = delimiter;
        format.encoding = encoding;
        CsvReader reader(buffer, format, QStringLiteral("geraete.csv"), 1, limits);
        Read result;
        CsvRecord record;
        while (reader.next(record)) {
            result.records << record.fields;
            result.lines << record.line;
        }
        result.error = reader.error();
        return result;
    }
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::newRow("simple") << QByteArray("a;b\n1;2\n") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line break") << QByteArray("a;b\n1;2") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("crlf") << QByteArray("a;b\r\n1;2\r\n") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("lone cr") << QByteArray("a;b\r1;2\r") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ',' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted delimiter") << QByteArray("\"Meier; Anna\";x\n") << ';' << Records{{"Meier; Anna", "x"}};
    QTest::newRow("doubled quote") << QByteArray("\"Er sagte \"\"ja\"\"\";x\n") << ';' << Records{{"Er sagte \"ja\"", "x"}};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << ';' << Records{{"\""}};
    QTest::newRow("embedded line feed") << QByteArray("\"Zeile 1\nZeile 2\";x\n") << ';'
                                        << Records{{"Zeile 1\nZeile 2", "x"}};
    QTest::newRow("embedded crlf") << QByteArray("\"a\r\nb\";x\r\n") << ';' << Records{{"a\r\nb", "x"}};
    QTest::newRow("empty fields") << QByteArray(";;\n") << ';' << Records{{"", "", ""}};
    QTest::newRow("trailing delimiter") << QByteArray("a;b;\n1;2\n") << ';' << Records{{"a", "b", ""}, {"1", "2"}};
    QTest::newRow("empty quoted field") << QByteArray("\"\";x\n") << ';' << Records{{"", "x"}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << ';' << Records{{"a"}, {"b"}};
    QTest::newRow("quoted empty line kept") << QByteArray("\"\"\n") << ';' << Records{{""}};
    QTest::newRow("text after closing quote") << QByteArray("\"12\" Zoll;x\n") << ';' << Records{{"12 Zoll", "x"}};
    QTest::newRow("quote inside unquoted") << QByteArray("12\" Monitor;x\n") << ';' << Records{{"12\" Monitor", "x"}};
    QTest::newRow("spaces kept") << QByteArray(" a ; b \n") << ';' << Records{{" a ", " b "}};
    QTest::newRow("utf-8") << QByteArray("K\xC3\xB6ln;\xE2\x82\xAC\n") << ';' << Records{{QStringLiteral("Köln"), QStringLiteral("€")}};
    QTest::newRow("nothing") << QByteArray() << ';' << Records{};
    QTest::newRow("nrw line") << QByteArray("\"100000\";\"25\";\"Studienkolleg des \xC3\x96kumenischen\";\"\"\n") << ';'
                              << Records{{"100000", "25", QStringLiteral("Studienkolleg des Ökumenischen"), ""}};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(Records, records);
    const Read result = read(bytes, delimiter);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QCOMPARE(result.records, records);
}

void TestCsvReader::lineNumbers()
{
    const Read result = read("Kopf;x\n\"eins\nzwei\ndrei\";y\n\nletzte;z\r\nnoch;eine\n");
    QCOMPARE(result.records.size(), 4);
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 6, 7}));
}

void TestCsvReader::windows1252()
{
    const Read result = read("Stra\xDF" "e;Preis\nK\xF6ln;12 \x80\n", ';', CsvFormat::Encoding::Windows1252);
    QCOMPARE(result.records, (Records{{QStringLiteral("Straße"), QStringLiteral("Preis")},
                                      {QStringLiteral("Köln"), QStringLiteral("12 €")}}));
}

void TestCsvReader::windows1252Table()
{
    QCOMPARE(Windows1252::decode(QByteArray("\x80\x84\x93\x94\x96\x9F")), QStringLiteral("€„“”–Ÿ"));
    QCOMPARE(Windows1252::decode(QByteArray("\xC4\xD6\xDC\xE4\xF6\xFC\xDF")), QStringLiteral("ÄÖÜäöüß"));
    QCOMPARE(Windows1252::decode(QByteArray("\x81")), QString(QChar(0x81)));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvError::Kind>("kind");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("field");
    QTest::newRow("unclosed quote at the end") << QByteArray("a;b\n1;\"offen\n2;3\n") << CsvError::Kind::UnclosedQuote
                                               << qint64(2) << 2;
    QTest::newRow("unclosed quote in the first field") << QByteArray("\"x;y\n") << CsvError::Kind::UnclosedQuote
                                                       << qint64(1) << 1;
    QTest::newRow("field too long quoted") << (QByteArray("a;b\nx;\"") + QByteArray(2000, 'z'))
                                           << CsvError::Kind::FieldTooLong << qint64(2) << 2;
    QTest::newRow("field too long unquoted") << (QByteArray("a;b\n") + QByteArray(2000, 'z') + ";x\n")
                                             << CsvError::Kind::FieldTooLong << qint64(2) << 1;
    QTest::newRow("too many columns") << (QByteArray("a\n") + QByteArray(40, ';') + "\n")
                                      << CsvError::Kind::TooManyColumns << qint64(2) << 33;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvError::Kind, kind);
    QFETCH(qint64, line);
    QFETCH(int, field);
    CsvReader::Limits limits;
    limits.maxColumns = 32;
    limits.maxFieldBytes = 1000;
    const Read result = read(bytes, ';', CsvFormat::Encoding::Utf8, limits);
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.field, field);
    QVERIFY2(result.error.message.startsWith(QStringLiteral("geraete.csv, line %1").arg(line))
                 || result.error.message.startsWith(QStringLiteral("geraete.csv, Zeile %1").arg(line)),
             qPrintable(result.error.message));
}

void TestCsvReader::sixteenThousandColumns()
{
    QByteArray line;
    for (int i = 0; i < 16000; ++i)
        line += "Spalte" + QByteArray::number(i) + ';';
    const Read result = read(line + "\n");
    QCOMPARE(result.error.kind, CsvError::Kind::TooManyColumns);
    QCOMPARE(result.error.line, qint64(1));
    QCOMPARE(result.error.field, 1001);
    QVERIFY(result.records.isEmpty());
}

void TestCsvReader::recordsAcrossBufferBoundaries()
{
    // Fields around the reader's 256 KiB chunks: a quote pair, CRLF and a long quoted
    // value must survive any cut.
    QByteArray bytes;
    Records expected;
    int n = 0;
    while (bytes.size() < 700 * 1024) {
        const QByteArray value = QByteArray(n % 977, 'x') + "\"\"y";
        bytes += "\"" + value + "\";" + QByteArray::number(n) + "\r\n";
        expected << QStringList{QString::fromLatin1(QByteArray(n % 977, 'x') + "\"y"), QString::number(n)};
        ++n;
    }
    const Read result = read(bytes);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QCOMPARE(result.records.size(), expected.size());
    QCOMPARE(result.records, expected);
    QCOMPARE(result.lines.last(), qint64(n));
}

void TestCsvReader::progress()
{
    QBuffer buffer;
    buffer.setData("a;b\n1;2\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvFormat(), QStringLiteral("x.csv"));
    CsvRecord record;
    while (reader.next(record)) {
    }
    QCOMPARE(reader.bytesConsumed(), qint64(8));
    QVERIFY(reader.atEnd());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
