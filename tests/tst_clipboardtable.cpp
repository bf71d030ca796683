// SPDX-License-Identifier: EUPL-1.2
#include "clipboardtable.h"

#include <QTest>

class TestClipboardTable : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void roundTrip();
};

void TestClipboardTable::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("one cell") << "abc" << QList<QStringList>{{"abc"}};
    QTest::newRow("spreadsheet rows") << "a\tb\nc\td\n" << QList<QStringList>{{"a", "b"}, {"c", "d"}};
    QTest::newRow("windows line ends") << "a\tb\r\nc\td\r\n" << QList<QStringList>{{"a", "b"}, {"c", "d"}};
    QTest::newRow("empty cells") << "\tb\t\n" << QList<QStringList>{{"", "b", ""}};
    QTest::newRow("quoted tab and line") << "\"x\ty\"\t\"1\n2\"\n" << QList<QStringList>{{"x\ty", "1\n2"}};
    QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\"\tz" << QList<QStringList>{{"say \"hi\"", "z"}};
    QTest::newRow("quote inside") << "5\" Display\tz" << QList<QStringList>{{"5\" Display", "z"}};
    QTest::newRow("empty") << "" << QList<QStringList>{};
}

void TestClipboardTable::parse()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QCOMPARE(ClipboardTable::parse(text), rows);
}

void TestClipboardTable::roundTrip()
{
    const QList<QStringList> rows{{"KC-0001", "1.234,56 €", "a\tb"}, {"Zeile\nzwei", "\"zitiert\"", ""}};
    QCOMPARE(ClipboardTable::parse(ClipboardTable::format(rows)), rows);
    QCOMPARE(ClipboardTable::format({{"a", "b"}}), QStringLiteral("a\tb\n"));
}

QTEST_MAIN(TestClipboardTable)
#include "tst_clipboardtable.moc"
