// SPDX-License-Identifier: EUPL-1.2
#include "utf8validator.h"

#include <QTest>

class TestUtf8Validator : public QObject
{
    Q_OBJECT

private slots:
    void validity_data();
    void validity();
    void characterSplitAcrossChunks();
    void nonAsciiSeen();
};

void TestUtf8Validator::validity_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("Schulnummer;Schulform") << true;
    QTest::newRow("long ascii") << QByteArray(1000, 'a') << true;
    QTest::newRow("umlauts") << QByteArray("K\xC3\xB6ln \xC3\x9F") << true;
    QTest::newRow("euro sign") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("largest code point") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("windows-1252 umlaut") << QByteArray("K\xF6ln") << false;
    QTest::newRow("windows-1252 euro") << QByteArray("12 \x80") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80" "b") << false;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << false;
    QTest::newRow("cut at end") << QByteArray("K\xC3") << false;
    QTest::newRow("umlaut after eight ascii") << QByteArray("abcdefgh\xC3\xA4") << true;
    QTest::newRow("bad byte after eight ascii") << QByteArray("abcdefgh\xE4") << false;
}

void TestUtf8Validator::validity()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Validator::isValid(bytes.constData(), bytes.size()), valid);
}

void TestUtf8Validator::characterSplitAcrossChunks()
{
    const QByteArray text("Gr\xC3\xBC\xC3\x9F" "e \xE2\x82\xAC");
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        Utf8Validator validator;
        QVERIFY(validator.feed(text.constData(), cut));
        QVERIFY(validator.feed(text.constData() + cut, text.size() - cut));
        QVERIFY2(validator.isComplete(), qPrintable(QString::number(cut)));
    }
    Utf8Validator unfinished;
    QVERIFY(unfinished.feed("\xE2\x82", 2));
    QVERIFY(unfinished.isValid());
    QVERIFY(!unfinished.isComplete());
}

void TestUtf8Validator::nonAsciiSeen()
{
    Utf8Validator ascii;
    ascii.feed("plain", 5);
    QVERIFY(!ascii.sawNonAscii());
    Utf8Validator umlaut;
    umlaut.feed("\xC3\xA4", 2);
    QVERIFY(umlaut.sawNonAscii());
}

QTEST_GUILESS_MAIN(TestUtf8Validator)
#include "tst_utf8validator.moc"
