// SPDX-License-Identifier: EUPL-1.2
#include "dateedit.h"
#include "entitycatalog.h"
#include "entitytablemodel.h"
#include "recordeditor.h"
#include "recordtableview.h"
#include "referencecombo.h"
#include "tablefixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <memory>

using TestSupport::scalar;

// The table as people use it: keys open editors, values typed in German formats reach the
// database, Tab moves on, the header sorts, Ctrl+C copies cells for a spreadsheet.
class TestRecordTableView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typeTextWithF2();
    void typeMoneyDateAndChoices();
    void tabMovesToNextCellAndEdits();
    void refusedValueStaysAndEscapeForgetsIt();
    void checkBoxWithSpace();
    void headerClickSorts();
    void copyAndKeys();
    void hiddenColumnsAndVisualOrder();

private:
    void edit(int row, const QString &field);
    void type(QWidget *widget, const QString &text);
    void pressReturn();
    QWidget *editor() const { return QApplication::focusWidget(); }
    QVariant value(const QString &sql) const { return scalar(m_temp->db(), sql); }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<EntityTableModel> m_model;
    std::unique_ptr<RecordTableView> m_view;
};

void TestRecordTableView::initTestCase()
{
    TestSupport::useGerman();
}

void TestRecordTableView::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(m_temp->db(), m_stack.get());
    m_model = std::make_unique<EntityTableModel>(*m_editor, EntityCatalog::spec(EntityKind::Device));
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_view = std::make_unique<RecordTableView>();
    m_view->setEntityModel(m_model.get(), m_temp->db());
    m_view->resize(1400, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestRecordTableView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_editor.reset();
    m_stack.reset();
    m_temp.reset();
}

void TestRecordTableView::edit(int row, const QString &field)
{
    m_view->setCurrentIndex(m_model->index(row, m_model->columnOf(field)));
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QVERIFY(m_view->isEditing());
    QVERIFY(editor());
}

// QTest::keyClicks knows ASCII only; "€" and "ü" arrive as key events with their text.
void TestRecordTableView::type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

// Return commits through a queued call of the delegate.
void TestRecordTableView::pressReturn()
{
    QTest::keyClick(editor(), Qt::Key_Return);
    QTRY_VERIFY(!m_view->isEditing());
}

void TestRecordTableView::typeTextWithF2()
{
    // Sorted by inventory number, the ThinkPad (KC-0002) is the last of five rows.
    edit(4, QStringLiteral("manufacturer"));
    auto *line = qobject_cast<QLineEdit *>(editor());
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("Lenovo"));
    line->selectAll();
    type(line, QStringLiteral("Fujitsu"));
    pressReturn();
    QCOMPARE(value(QStringLiteral("SELECT manufacturer FROM device WHERE id = 2")).toString(), QStringLiteral("Fujitsu"));
    QCOMPARE(m_model->index(4, m_model->columnOf(QStringLiteral("manufacturer"))).data().toString(), QStringLiteral("Fujitsu"));
    QCOMPARE(m_stack->count(), 1);
}

void TestRecordTableView::typeMoneyDateAndChoices()
{
    edit(4, QStringLiteral("price_cents"));
    auto *money = qobject_cast<QLineEdit *>(editor());
    QVERIFY(money);
    QCOMPARE(money->text(), QStringLiteral("1.234,56 €"));
    money->selectAll();
    type(money, QStringLiteral("2.345,67 €"));
    pressReturn();
    QCOMPARE(value(QStringLiteral("SELECT price_cents FROM device WHERE id = 2")).toLongLong(), 234567);
    QCOMPARE(m_model->index(4, m_model->columnOf(QStringLiteral("price_cents"))).data().toString(), QStringLiteral("2.345,67 €"));

    edit(4, QStringLiteral("acquired_on"));
    auto *date = qobject_cast<DateEdit *>(editor());
    QVERIFY(date);
    QCOMPARE(date->text(), QStringLiteral("15.01.2022"));
    date->selectAll();
    type(date, QStringLiteral("24.12.21"));
    pressReturn();
    QCOMPARE(value(QStringLiteral("SELECT acquired_on FROM device WHERE id = 2")).toString(), QStringLiteral("2021-12-24"));

    edit(4, QStringLiteral("status"));
    auto *status = qobject_cast<QComboBox *>(editor());
    QVERIFY(status);
    QCOMPARE(status->currentText(), QStringLiteral("Defekt"));
    type(status, QStringLiteral("Im"));
    QCOMPARE(status->currentText(), QStringLiteral("Im Einsatz"));
    pressReturn();
    QCOMPARE(value(QStringLiteral("SELECT status FROM device WHERE id = 2")).toString(), QStringLiteral("in_use"));

    // The school picker finds a school by part of its name.
    edit(4, QStringLiteral("school_id"));
    auto *school = qobject_cast<ReferenceCombo *>(editor());
    QVERIFY(school);
    QCOMPARE(school->currentText(), QStringLiteral("Anne-Frank-Gymnasium (100001)"));
    school->lineEdit()->selectAll();
    type(school->lineEdit(), QStringLiteral("Realschule"));
    // The list narrows to the one school with that word; Return takes it.
    QTest::keyClick(school->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(school->completer()->popup(), Qt::Key_Return);
    QCOMPARE(school->currentText(), QStringLiteral("Realschule Süd (100003)"));
    pressReturn();
    QCOMPARE(value(QStringLiteral("SELECT school_id FROM device WHERE id = 2")).toInt(), 3);
    QCOMPARE(m_stack->count(), 4);
}

void TestRecordTableView::tabMovesToNextCellAndEdits()
{
    edit(4, QStringLiteral("manufacturer"));
    QTest::keyClick(editor(), Qt::Key_Tab);
    // The next column (model) is being edited now.
    QVERIFY(m_view->isEditing());
    QCOMPARE(m_view->currentIndex().column(), m_model->columnOf(QStringLiteral("model")));
    auto *line = qobject_cast<QLineEdit *>(editor());
    QVERIFY(line);
    line->selectAll();
    type(line, QStringLiteral("ThinkPad T14"));
    QTest::keyClick(line, Qt::Key_Tab);
    QCOMPARE(m_view->currentIndex().column(), m_model->columnOf(QStringLiteral("serial_number")));
    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(value(QStringLiteral("SELECT model FROM device WHERE id = 2")).toString(), QStringLiteral("ThinkPad T14"));
    QCOMPARE(value(QStringLiteral("SELECT manufacturer FROM device WHERE id = 2")).toString(), QStringLiteral("Lenovo"));
    QCOMPARE(m_stack->count(), 1);
}

void TestRecordTableView::refusedValueStaysAndEscapeForgetsIt()
{
    QSignalSpy refused(m_model.get(), &EntityTableModel::validationFailed);
    edit(4, QStringLiteral("inventory_number"));
    auto *line = qobject_cast<QLineEdit *>(editor());
    line->selectAll();
    type(line, QStringLiteral("KC-0001"));
    pressReturn();
    QCOMPARE(refused.count(), 1);
    const QModelIndex cell = m_model->index(4, 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("KC-0001"));
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = 2")).toString(), QStringLiteral("KC-0002"));
    // Editing again starts from the refused input, to correct it.
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QCOMPARE(qobject_cast<QLineEdit *>(editor())->text(), QStringLiteral("KC-0001"));
    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(cell.data().toString(), QStringLiteral("KC-0002"));
    QVERIFY(cell.data(EntityTableModel::ValidationMessageRole).toString().isEmpty());
}

void TestRecordTableView::checkBoxWithSpace()
{
    EntityTableModel contracts(*m_editor, EntityCatalog::spec(EntityKind::SupportContract));
    m_view->setEntityModel(&contracts, m_temp->db());
    const int renewal = contracts.columnOf(QStringLiteral("auto_renewal"));
    m_view->setCurrentIndex(contracts.index(contracts.rowOfId(1), renewal));
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(value(QStringLiteral("SELECT auto_renewal FROM support_contract WHERE id = 1")).toInt(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(value(QStringLiteral("SELECT auto_renewal FROM support_contract WHERE id = 1")).toInt(), 1);
    m_view->setEntityModel(m_model.get(), m_temp->db());
}

void TestRecordTableView::headerClickSorts()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int price = m_model->columnOf(QStringLiteral("price_cents"));
    const QPoint middle(header->sectionViewportPosition(price) + header->sectionSize(price) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(m_model->sortColumn(), price);
    const Qt::SortOrder first = m_model->sortOrder();
    QCOMPARE(m_model->recordId(0), first == Qt::AscendingOrder ? qint64(TableFixture::OptiPlex) : qint64(TableFixture::ActivPanel));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    QVERIFY(m_model->sortOrder() != first);
    QCOMPARE(m_model->recordId(0), first == Qt::AscendingOrder ? qint64(TableFixture::ActivPanel) : qint64(TableFixture::OptiPlex));
}

void TestRecordTableView::copyAndKeys()
{
    const int inventory = m_model->columnOf(QStringLiteral("inventory_number"));
    const int price = m_model->columnOf(QStringLiteral("price_cents"));
    QItemSelection selection;
    selection.select(m_model->index(3, inventory), m_model->index(4, inventory));
    selection.select(m_model->index(3, price), m_model->index(4, price));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("KC-0001\t459,00 €\nKC-0002\t1.234,56 €\n"));
    QCOMPARE(m_view->selectedRows(), QList<int>({3, 4}));

    QSignalSpy deleting(m_view.get(), &RecordTableView::deleteRequested);
    QSignalSpy pasting(m_view.get(), &RecordTableView::pasteRequested);
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QTest::keyClick(m_view.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(deleting.count(), 1);
    QCOMPARE(pasting.count(), 1);

    QVERIFY(m_view->selectRecord(TableFixture::OptiPlex, price));
    QCOMPARE(m_view->currentIndex(), m_model->index(0, price));
}

void TestRecordTableView::hiddenColumnsAndVisualOrder()
{
    const int model = m_model->columnOf(QStringLiteral("model"));
    const int serial = m_model->columnOf(QStringLiteral("serial_number"));
    m_view->setColumnHidden(model, true);
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(serial), 0);
    const QList<int> columns = m_view->visibleColumns();
    QCOMPARE(columns.first(), serial);
    QVERIFY(!columns.contains(model));
    QCOMPARE(m_view->visibleColumnsFrom(m_model->columnOf(QStringLiteral("manufacturer"))).value(1),
             m_model->columnOf(QStringLiteral("school_id")));
}

QTEST_MAIN(TestRecordTableView)
#include "tst_recordtableview.moc"
