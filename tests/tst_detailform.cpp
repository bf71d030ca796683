// SPDX-License-Identifier: EUPL-1.2
#include "auditlogmodel.h"
#include "dateedit.h"
#include "detailform.h"
#include "entitycatalog.h"
#include "entitypage.h"
#include "entitytablemodel.h"
#include "historyentrydelegate.h"
#include "messagebar.h"
#include "recordeditor.h"
#include "recordtableview.h"
#include "referencecombo.h"
#include "schoolchecklist.h"
#include "tablefixture.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <memory>

using TestSupport::scalar;

// The form beside the table: the same record through QDataWidgetMapper, saved when leaving a
// field, refused values explained under the field, and the record's history below.
class TestDetailForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsCurrentRecord();
    void editInFormSavesOnLeaving();
    void refusedValueUnderField();
    void historyOfRecord();
    void contractSchools();
    void notesTakeSeveralLines();
    void narrowPanePutsLabelsAboveFields();

private:
    void showPage(EntityKind kind);
    void select(qint64 id);
    DetailForm *form() const { return m_page->form(); }
    QVariant value(const QString &sql) const { return scalar(m_temp->db(), sql); }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<EntityPage> m_page;
};

void TestDetailForm::initTestCase()
{
    TestSupport::useGerman();
}

void TestDetailForm::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(m_temp->db(), m_stack.get());
    showPage(EntityKind::Device);
}

void TestDetailForm::showPage(EntityKind kind)
{
    m_page = std::make_unique<EntityPage>(*m_editor, EntityCatalog::spec(kind));
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestDetailForm::cleanup()
{
    m_page.reset();
    m_editor.reset();
    m_stack.reset();
    m_temp.reset();
}

void TestDetailForm::select(qint64 id)
{
    QVERIFY(m_page->view()->selectRecord(id, 0));
}

void TestDetailForm::showsCurrentRecord()
{
    select(TableFixture::ThinkPad);
    QCOMPARE(qobject_cast<QLineEdit *>(form()->editorFor(QStringLiteral("inventory_number")))->text(), QStringLiteral("KC-0002"));
    QCOMPARE(qobject_cast<QLineEdit *>(form()->editorFor(QStringLiteral("price_cents")))->text(), QStringLiteral("1.234,56 €"));
    QCOMPARE(qobject_cast<DateEdit *>(form()->editorFor(QStringLiteral("acquired_on")))->text(), QStringLiteral("15.01.2022"));
    QCOMPARE(qobject_cast<QComboBox *>(form()->editorFor(QStringLiteral("status")))->currentText(), QStringLiteral("Defekt"));
    QCOMPARE(qobject_cast<ReferenceCombo *>(form()->editorFor(QStringLiteral("school_id")))->currentText(),
             QStringLiteral("Anne-Frank-Gymnasium (100001)"));
    // An empty optional reference shows empty.
    QCOMPARE(qobject_cast<ReferenceCombo *>(form()->editorFor(QStringLiteral("support_contract_id")))->currentText().trimmed(), QString());
    select(TableFixture::Ipad);
    QCOMPARE(qobject_cast<QLineEdit *>(form()->editorFor(QStringLiteral("inventory_number")))->text(), QStringLiteral("KC-0001"));
    QCOMPARE(qobject_cast<ReferenceCombo *>(form()->editorFor(QStringLiteral("support_contract_id")))->currentText(),
             QStringLiteral("SV-001"));
}

void TestDetailForm::editInFormSavesOnLeaving()
{
    select(TableFixture::ThinkPad);
    auto *room = qobject_cast<QLineEdit *>(form()->editorFor(QStringLiteral("room")));
    room->setFocus();
    room->selectAll();
    QTest::keyClicks(room, QStringLiteral("Lehrerzimmer"));
    QTest::keyClick(room, Qt::Key_Tab);
    QTRY_COMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 2")).toString(), QStringLiteral("Lehrerzimmer"));
    // The table shows it too.
    const EntityTableModel *model = m_page->model();
    QCOMPARE(model->index(model->rowOfId(TableFixture::ThinkPad), model->columnOf(QStringLiteral("room"))).data().toString(),
             QStringLiteral("Lehrerzimmer"));

    // A price is shown with its euro sign, read back with it, and typed with or without.
    auto *price = qobject_cast<QLineEdit *>(form()->editorFor(QStringLiteral("price_cents")));
    price->setFocus();
    QTest::keyClick(price, Qt::Key_Tab); // unchanged "1.234,56 €": no refusal, no change
    QCOMPARE(value(QStringLiteral("SELECT price_cents FROM device WHERE id = 2")).toLongLong(), 123456);
    QVERIFY(m_page->messageBar()->isHidden());
    price->setFocus();
    price->setText(QStringLiteral("99,90 €"));
    QTest::keyClick(price, Qt::Key_Tab);
    QTRY_COMPARE(value(QStringLiteral("SELECT price_cents FROM device WHERE id = 2")).toLongLong(), 9990);
    m_stack->undo();

    // A choice is saved at once.
    auto *status = qobject_cast<QComboBox *>(form()->editorFor(QStringLiteral("status")));
    status->setFocus();
    QTest::keyClicks(status, QStringLiteral("Im"));
    QTRY_COMPARE(value(QStringLiteral("SELECT status FROM device WHERE id = 2")).toString(), QStringLiteral("in_use"));
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT status FROM device WHERE id = 2")).toString(), QStringLiteral("defective"));
    QCOMPARE(status->currentText(), QStringLiteral("Defekt"));
}

void TestDetailForm::refusedValueUnderField()
{
    select(TableFixture::Ipad);
    auto *warranty = qobject_cast<DateEdit *>(form()->editorFor(QStringLiteral("warranty_end")));
    warranty->setFocus();
    warranty->selectAll();
    QTest::keyClicks(warranty, QStringLiteral("01.01.2020"));
    QTest::keyClick(warranty, Qt::Key_Tab);
    QTRY_COMPARE(form()->messageFor(QStringLiteral("warranty_end")),
                 QStringLiteral("Garantieende darf nicht vor Anschaffungsdatum liegen."));
    QCOMPARE(warranty->text(), QStringLiteral("01.01.2020"));
    QCOMPARE(value(QStringLiteral("SELECT warranty_end FROM device WHERE id = 1")).toString(), QStringLiteral("2025-07-31"));
    // Corrected, the message goes.
    warranty->setFocus();
    warranty->selectAll();
    QTest::keyClicks(warranty, QStringLiteral("31.07.2026"));
    QTest::keyClick(warranty, Qt::Key_Tab);
    QTRY_COMPARE(value(QStringLiteral("SELECT warranty_end FROM device WHERE id = 1")).toString(), QStringLiteral("2026-07-31"));
    QVERIFY(form()->messageFor(QStringLiteral("warranty_end")).isEmpty());
}

void TestDetailForm::historyOfRecord()
{
    select(TableFixture::ThinkPad);
    QCOMPARE(form()->history()->rowCount(), 0);
    auto *entries = form()->findChild<QListView *>(QStringLiteral("history"));
    QVERIFY(entries);
    QVERIFY(!entries->isVisible()); // "No changes yet." instead
    EntityTableModel *model = m_page->model();
    const int row = model->rowOfId(TableFixture::ThinkPad);
    QVERIFY(model->setData(model->index(row, model->columnOf(QStringLiteral("price_cents"))), qint64(100000)));
    QVERIFY(model->setData(model->index(model->rowOfId(TableFixture::ThinkPad), model->columnOf(QStringLiteral("room"))),
                           QStringLiteral("Keller")));
    AuditLogModel *history = form()->history();
    QCOMPARE(history->rowCount(), 2);
    // Newest first: the room, then the price with old and new value in German formats.
    QCOMPARE(history->index(0, AuditLogModel::Field).data().toString(), QStringLiteral("Raum"));
    QCOMPARE(history->index(1, AuditLogModel::Field).data().toString(), QStringLiteral("Preis"));
    QCOMPARE(history->index(1, AuditLogModel::OldValue).data().toString(), QStringLiteral("1.234,56 €"));
    QCOMPARE(history->index(1, AuditLogModel::NewValue).data().toString(), QStringLiteral("1.000,00 €"));
    // Shown in two lines that fit the narrow pane: who and when, then what.
    QTRY_VERIFY(entries->isVisible());
    QCOMPARE(HistoryEntryDelegate::change(history->index(1, 0)), QStringLiteral("Preis: 1.234,56 € \u2192 1.000,00 €"));
    QVERIFY(HistoryEntryDelegate::headline(history->index(1, 0)).endsWith(QStringLiteral(" \u00b7 Geändert")));
    // Another device's history is its own.
    select(TableFixture::Ipad);
    QCOMPARE(history->rowCount(), 0);
}

void TestDetailForm::notesTakeSeveralLines()
{
    showPage(EntityKind::School);
    select(1);
    auto *notes = qobject_cast<QPlainTextEdit *>(form()->editorFor(QStringLiteral("notes")));
    QVERIFY(notes); // a text box in the form, a line in the table
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Glasfaser beantragt"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("Ausbau 2027"));
    QTest::keyClick(notes, Qt::Key_Tab); // leaves the box instead of typing a tab
    QVERIFY(!notes->hasFocus());
    QTRY_COMPARE(value(QStringLiteral("SELECT notes FROM school WHERE id = 1")).toString(),
                 QStringLiteral("Glasfaser beantragt\nAusbau 2027"));
    QVERIFY(qobject_cast<QLineEdit *>(form()->editorFor(QStringLiteral("city")))); // other text stays one line
}

void TestDetailForm::narrowPanePutsLabelsAboveFields()
{
    // A contract's labels are long ("Stillschweigende Verlängerung"): in a narrow pane they
    // go above their fields; a device's short ones stay beside them.
    form()->resize(380, form()->height());
    QTRY_COMPARE(form()->findChild<QFormLayout *>()->rowWrapPolicy(), QFormLayout::WrapLongRows);
    showPage(EntityKind::SupportContract);
    auto *layout = form()->findChild<QFormLayout *>();
    QVERIFY(layout);
    form()->resize(900, form()->height());
    QTRY_COMPARE(layout->rowWrapPolicy(), QFormLayout::WrapLongRows);
    form()->resize(380, form()->height());
    QTRY_COMPARE(layout->rowWrapPolicy(), QFormLayout::WrapAllRows);
}

void TestDetailForm::contractSchools()
{
    showPage(EntityKind::SupportContract);
    select(2);
    SchoolChecklist *schools = form()->schoolChecklist();
    QVERIFY(schools);
    QCOMPARE(schools->checkedSchools(), QList<qint64>({2, 3}));
    // Tick the Anne-Frank-Gymnasium (first by name).
    QListWidgetItem *anneFrank = schools->list()->item(0);
    QCOMPARE(anneFrank->text(), QStringLiteral("Anne-Frank-Gymnasium (100001)"));
    anneFrank->setCheckState(Qt::Checked);
    QCOMPARE(m_editor->store().contractSchools(2), QList<qint64>({1, 2, 3}));
    EntityTableModel *model = m_page->model();
    QCOMPARE(model->index(model->rowOfId(2), model->columnCount() - 1).data().toString(),
             QStringLiteral("Anne-Frank-Gymnasium, Grundschule Nord, Realschule Süd"));
    m_stack->undo();
    QCOMPARE(schools->checkedSchools(), QList<qint64>({2, 3}));
    QCOMPARE(m_editor->store().contractSchools(2), QList<qint64>({2, 3}));
    // A click on a school's name ticks it too, not only one on the small box.
    QListWidget *list = schools->list(); // filled anew after the undo
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    list->scrollToItem(list->item(0));
    const QRect name = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(name.right() - 8, name.center().y()));
    QTRY_COMPARE(m_editor->store().contractSchools(2), QList<qint64>({1, 2, 3}));
}

QTEST_MAIN(TestDetailForm)
#include "tst_detailform.moc"
