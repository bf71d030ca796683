// SPDX-License-Identifier: EUPL-1.2
#include "columnmappingdialog.h"
#include "entitycatalog.h"
#include "importdialog.h"
#include "importfixture.h"
#include "testsupport.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTest>
#include <QTreeWidget>

#include <functional>

using namespace ImportFixture;

// The import dialog and the whole flow in the program: mapping, check, choice, import.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void init();
    void cleanup() { m_db.reset(); }
    void buttonsFollowTheCheck_data();
    void buttonsFollowTheCheck();
    void listsEveryProblem();
    void flowImportsAll();
    void flowOnlyValidRows();
    void flowImportNothing();
    void flowNrwRegion();

private:
    // Answers each modal window as it comes up, until the flow returns.
    bool runFlow(const QString &path, const EntityKind kind, std::function<void(QWidget *)> answer);
    int devices() { return TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(); }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

void TestImportDialog::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(load(m_db->db()).county != 0);
}

void TestImportDialog::buttonsFollowTheCheck_data()
{
    QTest::addColumn<qint64>("added");
    QTest::addColumn<qint64>("invalid");
    QTest::addColumn<bool>("all");
    QTest::addColumn<bool>("onlyValid");
    QTest::newRow("clean") << qint64(5) << qint64(0) << true << false;
    QTest::newRow("some problems") << qint64(5) << qint64(2) << false << true;
    QTest::newRow("only problems") << qint64(0) << qint64(3) << false << false;
    QTest::newRow("nothing to do") << qint64(0) << qint64(0) << false << false;
}

void TestImportDialog::buttonsFollowTheCheck()
{
    QFETCH(qint64, added);
    QFETCH(qint64, invalid);
    QFETCH(bool, all);
    QFETCH(bool, onlyValid);
    ImportResult check;
    check.dryRun = true;
    check.added = added;
    check.invalidRows = invalid;
    check.rowsRead = added + invalid;
    ImportDialog dialog(EntityCatalog::spec(EntityKind::Device), QStringLiteral("x.csv"), check);
    QCOMPARE(dialog.importAllButton()->isEnabled(), all);
    QCOMPARE(dialog.importValidButton()->isEnabled(), onlyValid);
}

void TestImportDialog::listsEveryProblem()
{
    ImportResult check;
    check.dryRun = true;
    check.invalidRows = 2;
    check.problems = {{3, QStringLiteral("Preis"), QStringLiteral("Preis darf nicht negativ sein.")},
                      {7, QStringLiteral("Schule"), QStringLiteral("Unbekannte Schule")}};
    check.problemCount = 2;
    ImportDialog dialog(EntityCatalog::spec(EntityKind::Device), QStringLiteral("x.csv"), check);
    QTreeWidget *list = dialog.problemList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("7"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Schule"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Preis darf nicht negativ sein."));
}

bool TestImportDialog::runFlow(const QString &path, EntityKind kind, std::function<void(QWidget *)> answer)
{
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&answer] {
        if (QWidget *modal = QApplication::activeModalWidget())
            answer(modal);
    });
    timer.start();
    return ImportDialog::runFile(nullptr, m_db->db(), EntityCatalog::spec(kind), path);
}

void TestImportDialog::flowImportsAll()
{
    const QString path = writeFile(m_db->folder(), QStringLiteral("gut.csv"), devicesHeader() + deviceRow(1) + deviceRow(2));
    QStringList seen;
    const bool written = runFlow(path, EntityKind::Device, [&seen](QWidget *modal) {
        if (auto *mapping = qobject_cast<ColumnMappingDialog *>(modal)) {
            seen << QStringLiteral("mapping");
            mapping->accept();
        } else if (auto *dialog = qobject_cast<ImportDialog *>(modal)) {
            seen << QStringLiteral("check");
            dialog->importAllButton()->click();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            seen << QStringLiteral("result");
            box->accept();
        }
    });
    QVERIFY(written);
    QCOMPARE(seen, (QStringList{"mapping", "check", "result"}));
    QCOMPARE(devices(), 2);
}

void TestImportDialog::flowOnlyValidRows()
{
    const QString path = writeFile(m_db->folder(), QStringLiteral("fehler.csv"),
                                   devicesHeader() + deviceRow(1) + "INV-00002;Toaster;Dell;194905;in_use;;;;;\n");
    int problems = -1;
    const bool written = runFlow(path, EntityKind::Device, [&problems](QWidget *modal) {
        if (auto *mapping = qobject_cast<ColumnMappingDialog *>(modal)) {
            mapping->accept();
        } else if (auto *dialog = qobject_cast<ImportDialog *>(modal)) {
            problems = dialog->problemList()->topLevelItemCount();
            QVERIFY(!dialog->importAllButton()->isEnabled());
            dialog->importValidButton()->click();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->accept();
        }
    });
    QVERIFY(written);
    QCOMPARE(problems, 1);
    QCOMPARE(devices(), 1);
}

void TestImportDialog::flowImportNothing()
{
    const QString path = writeFile(m_db->folder(), QStringLiteral("gut.csv"), devicesHeader() + deviceRow(1));
    const QByteArray before = fileState(m_db->path());
    const bool written = runFlow(path, EntityKind::Device, [](QWidget *modal) {
        if (auto *mapping = qobject_cast<ColumnMappingDialog *>(modal))
            mapping->accept();
        else if (auto *dialog = qobject_cast<ImportDialog *>(modal))
            dialog->reject();
    });
    QVERIFY(!written);
    QCOMPARE(fileState(m_db->path()), before);
}

void TestImportDialog::flowNrwRegion()
{
    bool askedForRegion = false;
    const bool written = runFlow(TestSupport::dataFile(QStringLiteral("schuldaten-nrw-excerpt.csv")), EntityKind::School,
                                 [&askedForRegion](QWidget *modal) {
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            askedForRegion = true;
            input->setTextValue(QStringLiteral("05558"));
            input->accept();
        } else if (auto *dialog = qobject_cast<ImportDialog *>(modal)) {
            dialog->importAllButton()->click();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->accept();
        }
    });
    QVERIFY(written);
    QVERIFY(askedForRegion);
    QCOMPARE(TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM school")).toInt(), 3 + 72);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
