// SPDX-License-Identifier: EUPL-1.2
#include "csvsource.h"
#include "importfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Opening files for import: what is refused, with a sentence naming the file.
class TestCsvSource : public QObject
{
    Q_OBJECT

private slots:
    void badFiles_data();
    void badFiles();
    void twoGigabytes();
    void missingAndFolder();
    void headerAndRows();
    void preview();

private:
    QTemporaryDir m_dir;
};

void TestCsvSource::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvError::Kind>("kind");
    QTest::addColumn<qint64>("line");
    QTest::newRow("empty") << QByteArray() << CsvError::Kind::Empty << qint64(0);
    QTest::newRow("only a sep line") << QByteArray("sep=;\n") << CsvError::Kind::Empty << qint64(0);
    QTest::newRow("binary") << QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0", 10) << CsvError::Kind::Binary << qint64(0);
    QTest::newRow("excel workbook") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0", 10) << CsvError::Kind::Workbook << qint64(0);
    QTest::newRow("quote never closed in the header") << QByteArray("\"Inventarnummer;Kategorie\n1;2\n")
                                                      << CsvError::Kind::UnclosedQuote << qint64(1);
    QByteArray wide;
    for (int i = 0; i < 16000; ++i)
        wide += "S" + QByteArray::number(i) + ";";
    QTest::newRow("16000 columns") << wide + "\n1;2\n" << CsvError::Kind::TooManyColumns << qint64(1);
}

void TestCsvSource::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvError::Kind, kind);
    QFETCH(qint64, line);
    const QString path = ImportFixture::writeFile(m_dir.path(), QStringLiteral("kaputt.csv"), bytes);
    CsvSource source;
    const CsvError error = source.open(path);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(QLatin1String("kaputt.csv")), qPrintable(error.message));
}

void TestCsvSource::twoGigabytes()
{
    // A sparse file: two gigabytes on paper, nothing on the disk. Refused before reading.
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("riesig.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024 + 1));
    file.close();
    CsvSource source;
    const CsvError error = source.open(path);
    QCOMPARE(error.kind, CsvError::Kind::TooLarge);
    QVERIFY2(error.message.contains(QLatin1String("riesig.csv")), qPrintable(error.message));
    // Without the limit, the reader still refuses it quickly: it is all NUL bytes.
    QCOMPARE(CsvSource().open(path, qint64(4) * 1024 * 1024 * 1024).kind, CsvError::Kind::Binary);
}

void TestCsvSource::missingAndFolder()
{
    QCOMPARE(CsvSource().open(QDir(m_dir.path()).filePath(QStringLiteral("fehlt.csv"))).kind, CsvError::Kind::CannotOpen);
    QCOMPARE(CsvSource().open(m_dir.path()).kind, CsvError::Kind::CannotOpen);
}

void TestCsvSource::headerAndRows()
{
    const QString path = ImportFixture::writeFile(m_dir.path(), QStringLiteral("gut.csv"),
                                                  "\xEF\xBB\xBFsep=;\nA;B\n1;\"x\ny\"\n\n2;z\n");
    CsvSource source;
    QVERIFY(!source.open(path));
    QCOMPARE(source.header(), (QStringList{"A", "B"}));
    QCOMPARE(source.headerLine(), qint64(2));
    QCOMPARE(source.format().encoding, CsvFormat::Encoding::Utf8WithBom);
    CsvRecord record;
    QVERIFY(source.next(record));
    QCOMPARE(record.line, qint64(3));
    QCOMPARE(record.fields, (QStringList{"1", "x\ny"}));
    QVERIFY(source.next(record));
    QCOMPARE(record.line, qint64(6));
    QVERIFY(!source.next(record));
    QVERIFY(!source.error());
    QCOMPARE(source.position(), source.size());
}

void TestCsvSource::preview()
{
    QByteArray bytes("Nr;Name\n");
    for (int i = 0; i < 50; ++i)
        bytes += QByteArray::number(i) + ";Schule " + QByteArray::number(i) + "\n";
    const QString path = ImportFixture::writeFile(m_dir.path(), QStringLiteral("vorschau.csv"), bytes);
    const CsvSource::Preview preview = CsvSource::preview(path, 20);
    QVERIFY(!preview.error);
    QCOMPARE(preview.header, (QStringList{"Nr", "Name"}));
    QCOMPARE(preview.rows.size(), 20);
    QCOMPARE(preview.rows.at(19), (QStringList{"19", "Schule 19"}));
}

QTEST_GUILESS_MAIN(TestCsvSource)
#include "tst_csvsource.moc"
