// SPDX-License-Identifier: EUPL-1.2
#include "conflictdialog.h"
#include "database.h"
#include "entitycatalog.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

// The dialog that shows both values of a concurrent edit and lets the user choose.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsBothValuesAndSavesTheChoice();
    void keepAllTheirsWritesNothing();

private:
    EditConflict makeConflict();

    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<Database> m_other;
    std::unique_ptr<RecordStore> m_mine;
    qint64 m_school = 0;
};

void TestConflictDialog::initTestCase()
{
    TestSupport::useGerman();
}

void TestConflictDialog::init()
{
    qputenv("USER", "k.mueller");
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    m_mine = std::make_unique<RecordStore>(m_temp->db());
    const qint64 authority = m_mine->insert(EntityCatalog::spec(EntityKind::Authority),
        {{"name", "Stadt Lüdinghausen"}, {"kind", "town"}, {"cooperation_phase", "participating"}}).id;
    m_school = m_mine->insert(schools, {{"school_number", "194001"}, {"name", "Ostwallschule"}, {"school_type", "02"},
                                        {"authority_id", authority}, {"pupils", 180}, {"broadband_mbits", 100}}).id;
    QVERIFY(m_school > 0);
    m_other = std::make_unique<Database>();
    QVERIFY(!m_other->open(m_temp->path()));
}

void TestConflictDialog::cleanup()
{
    m_other.reset();
    m_mine.reset();
    m_temp.reset();
}

EditConflict TestConflictDialog::makeConflict()
{
    const QVariantMap loaded = *m_mine->load(schools, m_school);
    qputenv("USER", "a.schmidt");
    m_other->close();
    if (m_other->open(m_temp->path()))
        return {};
    RecordStore(*m_other).update(schools, m_school, {{"pupils", 190}, {"broadband_mbits", 250}}, 1);
    const QVariantMap mine{{"pupils", 185}, {"teachers", 12}};
    m_mine->update(schools, m_school, mine, 1);
    return EditConflict::describe(*m_mine, schools, m_school, loaded, mine);
}

void TestConflictDialog::showsBothValuesAndSavesTheChoice()
{
    ConflictDialog dialog(makeConflict(), *m_mine);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("fields"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ConflictDialog::FieldColumn)->text(), schools.field(QStringLiteral("pupils"))->label());
    auto *mine = dialog.findChild<QRadioButton *>(QStringLiteral("mine:pupils"));
    auto *theirs = dialog.findChild<QRadioButton *>(QStringLiteral("theirs:pupils"));
    QVERIFY(mine && theirs);
    QCOMPARE(mine->text(), QStringLiteral("185"));
    QCOMPARE(theirs->text(), QStringLiteral("190"));
    QVERIFY(mine->isChecked());
    QVERIFY(table->horizontalHeaderItem(ConflictDialog::TheirsColumn)->text().contains(QStringLiteral("a.schmidt")));
    const QString notes = dialog.findChild<QLabel *>(QStringLiteral("notes"))->text();
    QVERIFY2(notes.contains(schools.field(QStringLiteral("teachers"))->label()), qPrintable(notes));
    QVERIFY2(notes.contains(schools.field(QStringLiteral("broadband_mbits"))->label()), qPrintable(notes));

    theirs->click();
    QCOMPARE(dialog.conflict().resolvedChanges(), (QVariantMap{{"teachers", 12}}));
    mine->click();
    QCOMPARE(dialog.conflict().resolvedChanges(), (QVariantMap{{"pupils", 185}, {"teachers", 12}}));
    dialog.accept();
    QVERIFY(dialog.conflict().save(*m_mine).ok());
    const QVariantMap now = *m_mine->load(schools, m_school);
    QCOMPARE(now.value(QStringLiteral("pupils")).toInt(), 185);
    QCOMPARE(now.value(QStringLiteral("teachers")).toInt(), 12);
    QCOMPARE(now.value(QStringLiteral("broadband_mbits")).toInt(), 250);
}

void TestConflictDialog::keepAllTheirsWritesNothing()
{
    ConflictDialog dialog(makeConflict(), *m_mine);
    dialog.findChild<QPushButton *>(QStringLiteral("allTheirs"))->click();
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("theirs:pupils"))->isChecked());
    QVERIFY(dialog.conflict().resolvedChanges().isEmpty());
    dialog.findChild<QPushButton *>(QStringLiteral("allMine"))->click();
    QCOMPARE(dialog.conflict().resolvedChanges().size(), 2);
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
