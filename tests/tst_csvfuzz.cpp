// SPDX-License-Identifier: EUPL-1.2
#include "csvreader.h"
#include "csvsniffer.h"
#include "utf8validator.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

// A randomized test of the CSV reader, bounded in time and reproducible (fixed seeds):
// random tables written as CSV must read back exactly; random damage to such files must
// end in records or a clear error, never a crash or a hang; and the UTF-8 check must agree
// with Qt's decoder on random bytes.
class TestCsvFuzz : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void damagedInput();
    void utf8AgreesWithQt();

private:
    static constexpr qint64 BudgetMs = 1500; // per test function
};

namespace {
using Table = QList<QStringList>;

QString randomField(QRandomGenerator &random)
{
    static const QString alphabet = QStringLiteral("abcXYZ019 ;,\t\"\n\r-äöüß€€.'");
    const int length = int(random.bounded(12));
    QString field;
    for (int i = 0; i < length; ++i)
        field += alphabet.at(int(random.bounded(alphabet.size())));
    return field;
}

QByteArray write(const Table &table, char delimiter, QRandomGenerator &random, bool crlf)
{
    QByteArray out;
    for (const QStringList &record : table) {
        for (int i = 0; i < record.size(); ++i) {
            if (i > 0)
                out += delimiter;
            const QString &field = record.at(i);
            const bool needs = field.contains(QLatin1Char(delimiter)) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                || (record.size() == 1 && field.isEmpty());
            if (needs || random.bounded(4) == 0)
                out += '"' + QString(field).replace(QLatin1String("\""), QLatin1String("\"\"")).toUtf8() + '"';
            else
                out += field.toUtf8();
        }
        out += crlf ? "\r\n" : "\n";
    }
    return out;
}

struct Read
{
    Table records;
    QList<qint64> lines;
    CsvError error;
    int calls = 0;
};

Read read(const QByteArray &bytes, const CsvFormat &format, qint64 firstLine = 1)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Limits limits;
    limits.maxColumns = 64;
    limits.maxFieldBytes = 4096;
    CsvReader reader(buffer, format, QStringLiteral("fuzz.csv"), firstLine, limits);
    Read result;
    CsvRecord record;
    while (reader.next(record) && ++result.calls < 1000000) {
        result.records << record.fields;
        result.lines << record.line;
    }
    result.error = reader.error();
    return result;
}
} // namespace

void TestCsvFuzz::roundTrip()
{
    QElapsedTimer timer;
    timer.start();
    int cases = 0;
    for (quint32 seed = 1; timer.elapsed() < BudgetMs; ++seed, ++cases) {
        QRandomGenerator random(seed);
        const char delimiter = ";,\t"[random.bounded(3)];
        const int columns = 1 + int(random.bounded(6));
        Table table;
        const int rows = 1 + int(random.bounded(40));
        for (int r = 0; r < rows; ++r) {
            QStringList record;
            for (int c = 0; c < columns; ++c)
                record << randomField(random);
            table << record;
        }
        const QByteArray bytes = write(table, delimiter, random, random.bounded(2) == 0);
        CsvFormat format;
        format.delimiter = delimiter;
        const Read result = read(bytes, format);
        QVERIFY2(!result.error, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(result.error.message)));
        if (result.records != table) {
            qWarning("seed %u: %s", seed, bytes.toPercentEncoding(" ;,").constData());
            QCOMPARE(result.records, table);
        }
        for (int i = 1; i < result.lines.size(); ++i)
            QVERIFY(result.lines.at(i) > result.lines.at(i - 1));
        // The sniffer finds the delimiter of every table with more than one column.
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const CsvSniffer::Result sniffed = CsvSniffer::sniff(buffer, QStringLiteral("fuzz.csv"));
        QVERIFY(sniffed.error.kind == CsvError::Kind::None || sniffed.error.kind == CsvError::Kind::Empty);
    }
    QVERIFY(cases > 100);
    qInfo("%d random tables read back", cases);
}

void TestCsvFuzz::damagedInput()
{
    QElapsedTimer timer;
    timer.start();
    int cases = 0;
    for (quint32 seed = 1000; timer.elapsed() < BudgetMs; ++seed, ++cases) {
        QRandomGenerator random(seed);
        Table table;
        for (int r = 0; r < 30; ++r)
            table << QStringList{randomField(random), randomField(random), randomField(random)};
        QByteArray bytes = write(table, ';', random, false);
        const int damage = 1 + int(random.bounded(8));
        for (int d = 0; d < damage && !bytes.isEmpty(); ++d) {
            const int at = int(random.bounded(bytes.size()));
            switch (random.bounded(5)) {
            case 0:
                bytes.insert(at, '"');
                break;
            case 1:
                bytes.remove(at, 1 + int(random.bounded(5)));
                break;
            case 2:
                bytes[at] = char(random.bounded(256));
                break;
            case 3:
                bytes.insert(at, QByteArray(int(random.bounded(6000)), 'z'));
                break;
            default:
                bytes.insert(at, QByteArray(int(random.bounded(100)), ';'));
            }
        }
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const CsvSniffer::Result sniffed = CsvSniffer::sniff(buffer, QStringLiteral("fuzz.csv"));
        if (sniffed.error) {
            QVERIFY(!sniffed.error.message.isEmpty());
            continue;
        }
        const Read result = read(bytes.mid(sniffed.dataOffset), sniffed.format, sniffed.firstLine);
        QVERIFY(result.calls < 1000000);
        if (result.error) {
            QVERIFY(result.error.message.contains(QLatin1String("fuzz.csv")));
            QVERIFY(result.error.line >= 1);
            QVERIFY(result.error.field >= 1);
        }
        for (const QStringList &record : result.records) {
            QVERIFY(record.size() <= 64);
            for (const QString &field : record)
                QVERIFY(field.size() <= 4096);
        }
    }
    QVERIFY(cases > 100);
    qInfo("%d damaged files handled", cases);
}

void TestCsvFuzz::utf8AgreesWithQt()
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(4242);
    int cases = 0;
    for (; timer.elapsed() < BudgetMs / 3; ++cases) {
        QByteArray bytes;
        const int length = int(random.bounded(24));
        for (int i = 0; i < length; ++i) {
            // Mostly lead and continuation bytes, where the rules are.
            const quint32 pick = random.bounded(4);
            bytes += char(pick == 0 ? random.bounded(0x80) : 0x80 + random.bounded(0x80));
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(bytes);
        const bool qtValid = !decoder.hasError();
        if (Utf8Validator::isValid(bytes.constData(), bytes.size()) != qtValid) {
            qWarning("bytes %s", bytes.toHex(' ').constData());
            QCOMPARE(Utf8Validator::isValid(bytes.constData(), bytes.size()), qtValid);
        }
        Q_UNUSED(decoded);
    }
    QVERIFY(cases > 1000);
}

QTEST_GUILESS_MAIN(TestCsvFuzz)
#include "tst_csvfuzz.moc"
