// SPDX-License-Identifier: EUPL-1.2
// The ZIP package of an OpenDocument file: what is written reads back byte for byte (empty,
// large, incompressible and non-ASCII entries), "mimetype" comes first and stored, `unzip -t`
// accepts the archive, and damaged or foreign data is refused rather than misread.
#include "odfpackage.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

class TestOdfPackage : public QObject
{
    Q_OBJECT

private:
    static QByteArray randomBytes(qsizetype size, quint32 seed)
    {
        QRandomGenerator generator(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char(generator.bounded(256));
        return bytes;
    }

    static QByteArray largeText()
    {
        QByteArray text;
        for (int i = 0; text.size() < 1024 * 1024; ++i)
            text += "<table:table-row><table:table-cell>" + QByteArray::number(i) + "</table:table-cell></table:table-row>\n";
        return text.left(1024 * 1024);
    }

    static OdfPackage sample()
    {
        OdfPackage package;
        package.setFile(QStringLiteral("content.xml"), "<?xml version=\"1.0\"?><a>Grüße</a>");
        package.setFile(QStringLiteral("empty.txt"), QByteArray());
        package.setFile(QStringLiteral("Pictures/large.xml"), largeText());
        package.setFile(QStringLiteral("Pictures/noise.bin"), randomBytes(1024 * 1024, 7));
        package.setFile(QStringLiteral("Bilder/Übersicht.txt"), "ä", false);
        // Added last, written first.
        package.setFile(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text");
        return package;
    }

private slots:
    void roundTrip()
    {
        OdfPackage original = sample();
        const QByteArray zip = original.write();
        QVERIFY2(!zip.isEmpty(), qPrintable(original.errorString()));
        QVERIFY(zip.size() < 1024 * 1024 + 300 * 1024); // the text compresses, the noise does not

        OdfPackage read;
        QVERIFY2(read.read(zip), qPrintable(read.errorString()));
        QCOMPARE(read.entries().size(), original.entries().size());
        QCOMPARE(read.entries().first().name, QStringLiteral("mimetype"));
        QVERIFY(!read.entries().first().compressed);
        for (const OdfPackage::Entry &entry : original.entries()) {
            QVERIFY2(read.contains(entry.name), qPrintable(entry.name));
            QCOMPARE(read.file(entry.name), entry.data);
        }
        QCOMPARE(read.file(QStringLiteral("empty.txt")), QByteArray());
        QVERIFY(read.contains(QStringLiteral("empty.txt")));
        QCOMPARE(read.file(QStringLiteral("Pictures/large.xml")).size(), 1024 * 1024);
        QVERIFY(!read.contains(QStringLiteral("missing.xml")));

        // Written again, the same package.
        OdfPackage again;
        QVERIFY(again.read(read.write()));
        for (const OdfPackage::Entry &entry : original.entries())
            QCOMPARE(again.file(entry.name), entry.data);
    }

    void mimetypeFirstAndStored()
    {
        OdfPackage package = sample();
        const QByteArray zip = package.write();
        // Local header: signature, method (offset 8) 0 = stored, no extra field (offset 28),
        // the name at 30 and the uncompressed type right after it.
        QCOMPARE(qFromLittleEndian<quint32>(zip.constData()), quint32(0x04034b50));
        QCOMPARE(qFromLittleEndian<quint16>(zip.constData() + 8), quint16(0));
        QCOMPARE(qFromLittleEndian<quint16>(zip.constData() + 28), quint16(0));
        QCOMPARE(zip.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(zip.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    }

    void replacingKeepsThePlace()
    {
        OdfPackage package = sample();
        const int count = int(package.entries().size());
        package.setFile(QStringLiteral("content.xml"), "<b/>");
        QCOMPARE(package.entries().size(), count);
        QCOMPARE(package.entries().first().name, QStringLiteral("content.xml"));
        QCOMPARE(package.file(QStringLiteral("content.xml")), QByteArray("<b/>"));
    }

    void unzipAcceptsIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("package.odt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        OdfPackage package = sample();
        file.write(package.write());
        file.close();

        QProcess test;
        test.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
        QVERIFY(test.waitForFinished(60000));
        const QString output = QString::fromUtf8(test.readAllStandardOutput());
        QVERIFY2(test.exitCode() == 0, qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("No errors detected")));

        QProcess extract;
        extract.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("Pictures/noise.bin")});
        QVERIFY(extract.waitForFinished(60000));
        QCOMPARE(extract.readAllStandardOutput(), randomBytes(1024 * 1024, 7));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("zip");
        OdfPackage package = sample();
        const QByteArray zip = package.write();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a zip") << QByteArray("<?xml version=\"1.0\"?><office:document/>");
        QTest::newRow("cut off") << zip.left(zip.size() / 2);
        QByteArray directoryGone = zip;
        directoryGone.remove(zip.size() - 200, 100);
        QTest::newRow("directory damaged") << directoryGone;
        // A changed byte in the middle of the deflated text: inflate or the CRC notices.
        QByteArray flipped = zip;
        const qsizetype textAt = zip.indexOf("Pictures/large.xml") + 18 + 1000;
        flipped[textAt] = char(flipped.at(textAt) ^ 0x55);
        QTest::newRow("changed data") << flipped;
        QByteArray encrypted = zip;
        const qsizetype central = zip.indexOf(QByteArray::fromHex("504b0102"));
        encrypted[central + 8] = char(encrypted.at(central + 8) | 1);
        QTest::newRow("encrypted") << encrypted;
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, zip);
        OdfPackage package;
        package.setFile(QStringLiteral("old.xml"), "<old/>");
        QVERIFY(!package.read(zip));
        QVERIFY(!package.errorString().isEmpty());
        QVERIFY(package.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOdfPackage)
#include "tst_odfpackage.moc"
