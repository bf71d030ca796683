// SPDX-License-Identifier: EUPL-1.2
#include "conflictdialog.h"
#include "database.h"
#include "detailform.h"
#include "entitycatalog.h"
#include "enumcatalog.h"
#include "entitypage.h"
#include "entitytablemodel.h"
#include "filterbar.h"
#include "messagebar.h"
#include "recordeditor.h"
#include "recordstore.h"
#include "recordtableview.h"
#include "tablefixture.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using TestSupport::scalar;

// A page of a table as the coordinator works with it: search as you type, add a row and type
// into it, paste rows from a spreadsheet, delete with a question, undo and redo all of it.
class TestEntityPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void columnsFitTheirContent();
    void formWithoutRecordShowsAHint();
    void cleanup();

    void searchBoxFiltersAsYouType();
    void filterChoice();
    void addRowAndTypeIntoIt();
    void deleteAsksAndUndoBringsBack();
    void schoolWithDevicesIsNotDeleted();
    void pasteRowsFromSpreadsheet();
    void pasteRefusalSavesNothing();
    void refusalShownAboveTable();
    void keepsCurrentRecordWhenSorting();
    void statusText();
    void someoneElsesOtherFieldIsKept();
    void conflictAsksWhichValueStays_data();
    void conflictAsksWhichValueStays();

private:
    void showPage(EntityKind kind);
    QVariant value(const QString &sql) const { return scalar(m_temp->db(), sql); }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<EntityPage> m_page;
    QStringList m_questions;
    bool m_answer = true;
};

void TestEntityPage::initTestCase()
{
    TestSupport::useGerman();
}

void TestEntityPage::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(m_temp->db(), m_stack.get());
    m_questions.clear();
    m_answer = true;
    showPage(EntityKind::Device);
}

// Another coordinator's program on the same file: its own connection, its own notifier.
static void changeElsewhere(const QString &path, qint64 device, const QVariantMap &changes)
{
    Database other;
    QVERIFY(!other.open(path));
    QVERIFY(RecordStore(other).update(EntityCatalog::spec(EntityKind::Device), device, changes).ok());
}

void TestEntityPage::columnsFitTheirContent()
{
    // Every category's label fits its column, and so does the longest model name shown.
    EntityTableModel *model = m_page->model();
    const QFontMetrics metrics = m_page->view()->fontMetrics();
    const int category = model->columnOf(QStringLiteral("category"));
    for (const QString &code : EnumCatalog::codes(EnumKind::DeviceCategory))
        QVERIFY2(m_page->view()->columnWidth(category)
                     >= metrics.horizontalAdvance(EnumCatalog::label(EnumKind::DeviceCategory, code)),
                 qPrintable(EnumCatalog::label(EnumKind::DeviceCategory, code)));
    const int modelColumn = model->columnOf(QStringLiteral("model"));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(m_page->view()->columnWidth(modelColumn)
                >= metrics.horizontalAdvance(model->index(row, modelColumn).data().toString()));
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(m_page->view()->columnWidth(column) <= RecordTableView::MaxDefaultWidth);
}

void TestEntityPage::formWithoutRecordShowsAHint()
{
    auto *fields = m_page->form()->findChild<QSplitter *>(QStringLiteral("detailSplitter"));
    QVERIFY(fields);
    m_page->view()->setCurrentIndex(m_page->model()->index(0, 1));
    QVERIFY(fields->isVisible());
    QVERIFY(m_page->view()->emptyText().isEmpty());
    // No record (a search without hits): no stale values, a hint instead; the table says why it is empty.
    m_page->model()->setSearchText(QStringLiteral("gibt es nicht"));
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->view()->emptyText(), QStringLiteral("Keine Geräte passen zur Suche oder zu den Filtern."));
    m_page->view()->setCurrentIndex(QModelIndex());
    QVERIFY(!fields->isVisible());
    const QList<QLabel *> labels = m_page->form()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->text().startsWith(QStringLiteral("Wählen Sie"));
    }));
}

void TestEntityPage::someoneElsesOtherFieldIsKept()
{
    EntityTableModel *model = m_page->model();
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 1.01"));
    changeElsewhere(m_temp->path(), TableFixture::Ipad, {{"room", "C 3.03"}});
    const QModelIndex cell = model->index(model->rowOfId(TableFixture::Ipad), model->columnOf(QStringLiteral("model")));
    QVERIFY(!model->setData(cell, QStringLiteral("iPad Air"))); // met the other change
    // Settled at once, without a question: both changes are in.
    QTRY_COMPARE(value(QStringLiteral("SELECT model FROM device WHERE id = 1")).toString(), QStringLiteral("iPad Air"));
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("C 3.03"));
    QTRY_VERIFY(cell.data(EntityTableModel::ValidationMessageRole).toString().isEmpty());
    QCOMPARE(m_stack->count(), 1);
}

void TestEntityPage::conflictAsksWhichValueStays_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::addColumn<QString>("room");
    QTest::newRow("mine") << true << QStringLiteral("B 2.02");
    QTest::newRow("theirs (cancel)") << false << QStringLiteral("C 3.03");
}

void TestEntityPage::conflictAsksWhichValueStays()
{
    QFETCH(bool, keepMine);
    QFETCH(QString, room);
    EntityTableModel *model = m_page->model();
    changeElsewhere(m_temp->path(), TableFixture::Ipad, {{"room", "C 3.03"}});
    bool asked = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&asked, keepMine] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        if (keepMine)
            dialog->accept();
        else
            dialog->reject();
    });
    answer.start();
    const QModelIndex cell = model->index(model->rowOfId(TableFixture::Ipad), model->columnOf(QStringLiteral("room")));
    QVERIFY(!model->setData(cell, QStringLiteral("B 2.02")));
    QTRY_VERIFY(asked);
    QTRY_COMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), room);
    QTRY_COMPARE(cell.data().toString(), room); // nothing typed is left waiting in the cell
    QCOMPARE(m_stack->count(), keepMine ? 1 : 0);
    if (keepMine) {
        m_stack->undo();
        QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("C 3.03"));
    }
}

void TestEntityPage::showPage(EntityKind kind)
{
    m_page = std::make_unique<EntityPage>(*m_editor, EntityCatalog::spec(kind));
    m_page->setConfirmation([this](const QString &question) {
        m_questions << question;
        return m_answer;
    });
    m_page->resize(1400, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestEntityPage::cleanup()
{
    m_page.reset();
    m_editor.reset();
    m_stack.reset();
    m_temp.reset();
}

void TestEntityPage::searchBoxFiltersAsYouType()
{
    EntityTableModel *model = m_page->model();
    m_page->focusSearch();
    QCOMPARE(QApplication::focusWidget(), m_page->filterBar()->searchField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("len"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->searchText(), QStringLiteral("len"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTRY_COMPARE(model->rowCount(), 5);
}

void TestEntityPage::filterChoice()
{
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("filter_status"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("defective")));
    QCOMPARE(m_page->model()->rowCount(), 1);
    status->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), 5);
}

void TestEntityPage::addRowAndTypeIntoIt()
{
    m_page->view()->setCurrentIndex(m_page->model()->index(0, 0)); // DU-0001 at the Grundschule
    m_page->addRecord();
    EntityTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 6);
    // The new row is current, its first cell open for typing.
    QVERIFY(m_page->view()->isEditing());
    const qint64 id = m_page->view()->currentIndex().data(EntityTableModel::RecordIdRole).toLongLong();
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(id)).toString(), QStringLiteral("KC-0003"));
    QCOMPARE(value(QStringLiteral("SELECT school_id FROM device WHERE id = %1").arg(id)).toInt(), 2);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("DU-0100"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(id)).toString(), QStringLiteral("DU-0100"));
    QCOMPARE(m_page->view()->currentIndex().data(EntityTableModel::RecordIdRole).toLongLong(), id);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(model->rowCount(), 5);
    m_stack->redo();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(id)).toString(), QStringLiteral("KC-0003"));
}

void TestEntityPage::deleteAsksAndUndoBringsBack()
{
    RecordTableView *view = m_page->view();
    QItemSelection rows;
    rows.select(m_page->model()->index(0, 0), m_page->model()->index(1, 2));
    view->setCurrentIndex(m_page->model()->index(0, 0));
    view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_answer = false;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QStringLiteral("2 ")));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);
    m_answer = true;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 3);
    QCOMPARE(m_page->model()->rowCount(), 3);
    // The row after the deleted ones is current now.
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("DU-0003"));
    m_stack->undo();
    QCOMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(value(QStringLiteral("SELECT model FROM device WHERE id = 4")).toString(), QStringLiteral("Galaxy Tab"));
    m_stack->redo();
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void TestEntityPage::schoolWithDevicesIsNotDeleted()
{
    showPage(EntityKind::School);
    EntityTableModel *schools = m_page->model();
    m_page->view()->setCurrentIndex(schools->index(schools->rowOfId(TableFixture::GrundschuleNord), 0));
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(m_questions.isEmpty());
    QCOMPARE(m_page->messageBar()->text(),
             QStringLiteral("Schule „Grundschule Nord“ kann nicht gelöscht werden, weil diese Datensätze noch darauf "
                            "verweisen: 1 Gerät, 1 Supportvertrag."));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM school")).toInt(), 3);
}

void TestEntityPage::pasteRowsFromSpreadsheet()
{
    // Two rows from a spreadsheet, pasted below the last row: ten new tablets would go the same way.
    EntityTableModel *model = m_page->model();
    model->setFilter(QStringLiteral("school_id"), qint64(TableFixture::AnneFrank));
    QCOMPARE(model->rowCount(), 2);
    QApplication::clipboard()->setText(QStringLiteral("KC-0050\tTablet\tApple\tiPad 10\tSN-50\n"
                                                      "KC-0051\tTablet\tApple\tiPad 10\tSN-51\n"));
    m_page->view()->clearSelection();
    m_page->view()->setCurrentIndex(QModelIndex());
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device WHERE model = 'iPad 10' AND school_id = 1 AND category = 'tablet'")).toInt(), 2);
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(!m_page->messageBar()->text().isEmpty()); // "2 new records ..."

    // Pasting onto existing rows changes them: a price for both Anne-Frank devices at once.
    const int price = model->columnOf(QStringLiteral("price_cents"));
    QApplication::clipboard()->setText(QStringLiteral("99,00 €\n"));
    QItemSelection cells;
    cells.select(model->index(0, price), model->index(1, price));
    m_page->view()->setCurrentIndex(model->index(0, price));
    m_page->view()->selectionModel()->select(cells, QItemSelectionModel::ClearAndSelect);
    m_page->paste();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device WHERE price_cents = 9900")).toInt(), 2);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device WHERE price_cents = 9900")).toInt(), 0);
}

void TestEntityPage::pasteRefusalSavesNothing()
{
    EntityTableModel *model = m_page->model();
    const int price = model->columnOf(QStringLiteral("price_cents"));
    QApplication::clipboard()->setText(QStringLiteral("10,00\n-5,00\n20,00\n"));
    m_page->view()->setCurrentIndex(model->index(0, price));
    m_page->paste();
    QVERIFY(m_page->messageBar()->text().endsWith(QStringLiteral(" 2: Preis darf nicht negativ sein.")));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device WHERE price_cents IN (1000, 2000)")).toInt(), 0);
    QCOMPARE(m_stack->count(), 0);
}

void TestEntityPage::refusalShownAboveTable()
{
    EntityTableModel *model = m_page->model();
    const QModelIndex price = model->index(model->rowOfId(TableFixture::Ipad), model->columnOf(QStringLiteral("price_cents")));
    m_page->view()->setCurrentIndex(price);
    QVERIFY(!model->setData(price, qint64(-1)));
    QCOMPARE(m_page->messageBar()->text(), QStringLiteral("Preis darf nicht negativ sein."));
    QCOMPARE(m_page->form()->messageFor(QStringLiteral("price_cents")), QStringLiteral("Preis darf nicht negativ sein."));
    QVERIFY(model->setData(price, qint64(100)));
    QVERIFY(m_page->messageBar()->text().isEmpty());
    QVERIFY(m_page->form()->messageFor(QStringLiteral("price_cents")).isEmpty());

    // Refused while another field of the record is current (the detail form): the message
    // stays while the record holds the refused value, goes when it is corrected ...
    const QModelIndex room = price.siblingAtColumn(model->columnOf(QStringLiteral("room")));
    m_page->view()->setCurrentIndex(room);
    QVERIFY(!model->setData(price, qint64(-1)));
    QVERIFY(!m_page->messageBar()->text().isEmpty());
    QVERIFY(model->setData(price, qint64(200)));
    QVERIFY(m_page->messageBar()->text().isEmpty());
    // ... and when another record becomes current.
    QVERIFY(!model->setData(price, qint64(-1)));
    QVERIFY(!m_page->messageBar()->text().isEmpty());
    const int other = price.row() == 0 ? 1 : 0;
    m_page->view()->setCurrentIndex(model->index(other, price.column()));
    QVERIFY(m_page->messageBar()->text().isEmpty());
}

void TestEntityPage::keepsCurrentRecordWhenSorting()
{
    EntityTableModel *model = m_page->model();
    m_page->view()->setCurrentIndex(model->index(model->rowOfId(TableFixture::ActivPanel), 1));
    model->sort(model->columnOf(QStringLiteral("price_cents")), Qt::DescendingOrder);
    QTRY_COMPARE(m_page->view()->currentIndex().row(), 0);
    QCOMPARE(m_page->view()->currentIndex().data(EntityTableModel::RecordIdRole).toLongLong(), qint64(TableFixture::ActivPanel));
    QCOMPARE(m_page->form()->currentRow(), 0);
}

void TestEntityPage::statusText()
{
    QCOMPARE(m_page->statusText(), QStringLiteral("%1: 5").arg(EntityCatalog::spec(EntityKind::Device).plural()));
    m_page->model()->setSearchText(QStringLiteral("Apple"));
    QVERIFY(m_page->statusText().contains(QStringLiteral("1")));
    QVERIFY(m_page->statusText().contains(QStringLiteral("5")));
}

QTEST_MAIN(TestEntityPage)
#include "tst_entitypage.moc"
