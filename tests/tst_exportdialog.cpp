// SPDX-License-Identifier: EUPL-1.2
// Saving a table from the program: the file is written and the window says where it went.
#include "entitycatalog.h"
#include "exportdialog.h"
#include "exportrequest.h"
#include "importfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }

    void statusLineSaysWhereTheFileWent_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("CSV") << QStringLiteral("csv");
        QTest::newRow("Excel") << QStringLiteral("xlsx");
    }

    void statusLineSaysWhereTheFileWent()
    {
        QFETCH(QString, suffix);
        TestSupport::TempDatabase temp;
        QVERIFY(ImportFixture::load(temp.db()).county != 0);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("Schulen.") + suffix);
        QMainWindow window;
        QVERIFY(ExportDialog::writeFile(&window, temp.db(), {ExportRequest::wholeTable(EntityKind::School)}, path));
        QVERIFY(QFileInfo(path).size() > 0);
        const int schools = TestSupport::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM school")).toInt();
        const QString expected = schools == 1 ? QStringLiteral("1 Zeile in %1 gespeichert.")
                                              : QStringLiteral("%1 Zeilen in %2 gespeichert.").arg(schools).arg(QStringLiteral("%1"));
        QCOMPARE(window.statusBar()->currentMessage(), expected.arg(QDir::toNativeSeparators(path)));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
