// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "entitytablemodel.h"
#include "recordeditor.h"
#include "tableedits.h"
#include "tablefixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

#include <memory>

using TestSupport::scalar;

class TestTableEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addUsesContextAndFreeNumber();
    void duplicateRows();
    void duplicateContractKeepsItsSchools();
    void deleteAsksStoreAndIsUndone();
    void deleteBlockedSchool();
    void pasteUpdatesAndAddsRows();
    void pasteSkipsHeaderRowAndComputedColumns();
    void pasteRefusesWholeBlock();
    void fillOneValueIntoCells();

private:
    QVariant value(const QString &sql) const { return scalar(m_temp->db(), sql); }
    int row(qint64 id) const { return m_devices->rowOfId(id); }
    int column(const QString &field) const { return m_devices->columnOf(field); }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<EntityTableModel> m_devices;
};

void TestTableEdits::initTestCase()
{
    TestSupport::useGerman();
}

void TestTableEdits::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(m_temp->db(), m_stack.get());
    m_devices = std::make_unique<EntityTableModel>(*m_editor, EntityCatalog::spec(EntityKind::Device));
    new QAbstractItemModelTester(m_devices.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_devices.get());
}

void TestTableEdits::cleanup()
{
    m_devices.reset();
    m_editor.reset();
    m_stack.reset();
    m_temp.reset();
}

void TestTableEdits::addUsesContextAndFreeNumber()
{
    qint64 id = 0;
    // The largest inventory number is KC-0002 (longest, then last): the new one is KC-0003.
    QVERIFY(TableEdits(*m_devices).addRecord({{QStringLiteral("school_id"), qint64(TableFixture::RealschuleSued)}}, &id).ok());
    QVERIFY(id > 5);
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(id)).toString(), QStringLiteral("KC-0003"));
    QCOMPARE(value(QStringLiteral("SELECT school_id FROM device WHERE id = %1").arg(id)).toInt(), 3);
    QCOMPARE(value(QStringLiteral("SELECT status FROM device WHERE id = %1").arg(id)).toString(), QStringLiteral("in_use"));
    QCOMPARE(value(QStringLiteral("SELECT category FROM device WHERE id = %1").arg(id)).toString(), QStringLiteral("pc"));
    QCOMPARE(m_devices->rowCount(), 6);
    QVERIFY(row(id) >= 0);

    // Filtered to an authority: the first school of that authority (by name).
    QVERIFY(TableEdits(*m_devices).addRecord({{QStringLiteral("authority_id"), 2}}, &id).ok());
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(id)).toString(), QStringLiteral("KC-0004"));
    QCOMPARE(value(QStringLiteral("SELECT school_id FROM device WHERE id = %1").arg(id)).toInt(), 2);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_devices->rowCount(), 5);

    // A new contract gets the schema's terms: 12 months, renewed by 12, 3 months' notice.
    EntityTableModel contracts(*m_editor, EntityCatalog::spec(EntityKind::SupportContract));
    QVERIFY(TableEdits(contracts).addRecord({}, &id).ok());
    QCOMPARE(value(QStringLiteral("SELECT contract_number FROM support_contract WHERE id = %1").arg(id)).toString(), QStringLiteral("SV-003"));
    QCOMPARE(value(QStringLiteral("SELECT notice_months FROM support_contract WHERE id = %1").arg(id)).toInt(), 3);
    QCOMPARE(value(QStringLiteral("SELECT auto_renewal FROM support_contract WHERE id = %1").arg(id)).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT authority_id FROM support_contract WHERE id = %1").arg(id)).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT start_date FROM support_contract WHERE id = %1").arg(id)).toString(),
             QDate::currentDate().toString(Qt::ISODate));

    // A new school continues the school numbers: 100004.
    EntityTableModel schools(*m_editor, EntityCatalog::spec(EntityKind::School));
    QVERIFY(TableEdits(schools).addRecord({}, &id).ok());
    QCOMPARE(value(QStringLiteral("SELECT school_number FROM school WHERE id = %1").arg(id)).toString(), QStringLiteral("100004"));
}

void TestTableEdits::duplicateRows()
{
    QList<qint64> ids;
    QVERIFY(TableEdits(*m_devices).duplicateRows({row(TableFixture::Ipad), row(TableFixture::ThinkPad)}, &ids).ok());
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_stack->count(), 1);
    // Numbers count on from the copied ones and stay apart from each other.
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(ids.at(0))).toString(), QStringLiteral("KC-0003"));
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(ids.at(1))).toString(), QStringLiteral("KC-0004"));
    QCOMPARE(value(QStringLiteral("SELECT price_cents FROM device WHERE id = %1").arg(ids.at(1))).toLongLong(), 123456);
    QCOMPARE(value(QStringLiteral("SELECT serial_number FROM device WHERE id = %1").arg(ids.at(0))).toString(), QStringLiteral("SN-A1"));

    // An allocation's copy goes to an authority the program has no budget for yet; here
    // both have one, so the copy is refused with the reason.
    EntityTableModel allocations(*m_editor, EntityCatalog::spec(EntityKind::Allocation));
    const RecordStore::Result refused = TableEdits(allocations).duplicateRows({0});
    QCOMPARE(refused.message(), QStringLiteral("Diese Kombination aus %1 und %2 gibt es bereits.")
                                    .arg(EntityCatalog::spec(EntityKind::Allocation).fields.at(0).label(),
                                         EntityCatalog::spec(EntityKind::Allocation).fields.at(1).label()));
}

void TestTableEdits::duplicateContractKeepsItsSchools()
{
    EntityTableModel contracts(*m_editor, EntityCatalog::spec(EntityKind::SupportContract));
    QList<qint64> ids;
    QVERIFY(TableEdits(contracts).duplicateRows({contracts.rowOfId(2)}, &ids).ok());
    QCOMPARE(ids.size(), 1);
    const QString schoolsOfCopy = QStringLiteral("SELECT group_concat(school_id) FROM (SELECT school_id FROM contract_school "
                                                 "WHERE contract_id = %1 ORDER BY school_id)").arg(ids.first());
    QCOMPARE(value(schoolsOfCopy).toString(), QStringLiteral("2,3"));
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM support_contract WHERE id = %1").arg(ids.first())).toInt(), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM contract_school WHERE contract_id = %1").arg(ids.first())).toInt(), 0);
    m_stack->redo();
    QCOMPARE(value(schoolsOfCopy).toString(), QStringLiteral("2,3"));
    // The original keeps its schools.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM contract_school WHERE contract_id = 2")).toInt(), 2);
}

void TestTableEdits::deleteAsksStoreAndIsUndone()
{
    TableEdits edits(*m_devices);
    const QList<int> rows{row(TableFixture::OptiPlex), row(TableFixture::GalaxyTab)};
    QVERIFY(edits.deleteBlocker(rows).isEmpty());
    QVERIFY(edits.removeRows(rows).ok());
    QCOMPARE(m_devices->rowCount(), 3);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete'")).toInt(), 2);
    m_stack->undo();
    QCOMPARE(m_devices->rowCount(), 5);
    QCOMPARE(value(QStringLiteral("SELECT manufacturer FROM device WHERE id = 4")).toString(), QStringLiteral("Samsung"));
}

void TestTableEdits::deleteBlockedSchool()
{
    EntityTableModel schools(*m_editor, EntityCatalog::spec(EntityKind::School));
    TableEdits edits(schools);
    const int anneFrank = schools.rowOfId(TableFixture::AnneFrank);
    // 2 devices, 1 measure and 1 contract refer to the Anne-Frank-Gymnasium.
    QCOMPARE(edits.deleteBlocker({anneFrank}),
             QStringLiteral("Schule „Anne-Frank-Gymnasium“ kann nicht gelöscht werden, weil diese Datensätze noch darauf "
                            "verweisen: 2 Geräte, 1 Maßnahme, 1 Supportvertrag."));
    QVERIFY(!edits.removeRows({anneFrank}).ok());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM school")).toInt(), 3);
    QCOMPARE(m_stack->count(), 0);
}

void TestTableEdits::pasteUpdatesAndAddsRows()
{
    m_devices->setFilter(QStringLiteral("school_id"), qint64(TableFixture::RealschuleSued));
    QCOMPARE(m_devices->rowCount(), 2); // DU-0002, DU-0003
    // From the manufacturer column: manufacturer, model, serial number, school, room.
    const int start = column(QStringLiteral("manufacturer"));
    const QList<int> columns{start, start + 1, start + 2, start + 3, start + 4};
    const QList<QStringList> cells{{"Samsung", "Galaxy Tab S9", "SN-S4", "Realschule Süd", "R 101"},
                                   {"Promethean", "ActivPanel 9", "SN-P5", "100003", "R 102"},
                                   {"Apple", "iPad 10", "SN-NEW1", "Grundschule Nord", "R 1"},
                                   {"Apple", "iPad 10", "SN-NEW2", "", ""}};
    QList<qint64> added;
    const RecordStore::Result result = TableEdits(*m_devices).paste(m_devices->index(0, start), columns, cells,
                                                                    m_devices->filters(), &added);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(added.size(), 2);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(value(QStringLiteral("SELECT model FROM device WHERE id = 4")).toString(), QStringLiteral("Galaxy Tab S9"));
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 5")).toString(), QStringLiteral("R 102"));
    // New rows: named school, or the filtered one when the cell is empty; free numbers.
    QCOMPARE(value(QStringLiteral("SELECT school_id FROM device WHERE serial_number = 'SN-NEW1'")).toInt(), 2);
    QCOMPARE(value(QStringLiteral("SELECT school_id FROM device WHERE serial_number = 'SN-NEW2'")).toInt(), 3);
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE serial_number = 'SN-NEW2'")).toString(), QStringLiteral("KC-0004"));
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);
    QCOMPARE(value(QStringLiteral("SELECT model FROM device WHERE id = 4")).toString(), QStringLiteral("Galaxy Tab"));
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 5")).toString(), QStringLiteral("C 0.11"));
    m_stack->redo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 7);
}

void TestTableEdits::pasteSkipsHeaderRowAndComputedColumns()
{
    EntityTableModel allocations(*m_editor, EntityCatalog::spec(EntityKind::Allocation));
    const int spent = allocations.columnOf(QStringLiteral("spent_cents"));
    // Spent, then the computed remaining and share: only spent is written.
    const QList<int> columns{spent, spent + 1, spent + 2};
    const QString spentTitle = allocations.headerData(spent, Qt::Horizontal).toString();
    const QList<QStringList> cells{{spentTitle, "Rest", "Anteil"}, {"300.000,00 €", "x", "y"}};
    const RecordStore::Result result = TableEdits(allocations).paste(allocations.index(allocations.rowOfId(1), spent), columns, cells);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(value(QStringLiteral("SELECT spent_cents FROM allocation WHERE id = 1")).toLongLong(), 30000000);
    QCOMPARE(value(QStringLiteral("SELECT spent_cents FROM allocation WHERE id = 2")).toLongLong(), 0);
}

void TestTableEdits::pasteRefusesWholeBlock()
{
    const int start = column(QStringLiteral("inventory_number"));
    const QList<int> columns{start, start + 1};
    // Sorted by number: rows 0 and 1 are DU-0001 and DU-0002; the third row collides.
    const QList<QStringList> cells{{"DU-1001", "PC"}, {"DU-1002", "Tablet"}, {"KC-0001", "Notebook"}};
    const RecordStore::Result result = TableEdits(*m_devices).paste(m_devices->index(0, start), columns, cells);
    // "Pasted row 3: ...", the row of the pasted block.
    QVERIFY(result.message().endsWith(QStringLiteral(" 3: Inventarnummer „KC-0001“ ist bereits bei einem anderen Datensatz vergeben.")));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device WHERE inventory_number LIKE 'DU-100%'")).toInt(), 0);
    QCOMPARE(m_stack->count(), 0);

    const QList<QStringList> badMoney{{"12,5x"}};
    const RecordStore::Result money = TableEdits(*m_devices).paste(m_devices->index(0, column(QStringLiteral("price_cents"))),
                                                                   {column(QStringLiteral("price_cents"))}, badMoney);
    QVERIFY(money.message().endsWith(QStringLiteral("Preis muss eine Zahl sein, nicht „12,5x“.")));
}

void TestTableEdits::fillOneValueIntoCells()
{
    const int status = column(QStringLiteral("status"));
    const QModelIndexList cells{m_devices->index(0, status), m_devices->index(1, status), m_devices->index(2, status)};
    QVERIFY(TableEdits(*m_devices).fill(cells, QStringLiteral("Defekt")).ok());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device WHERE status = 'defective'")).toInt(), 4);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device WHERE status = 'defective'")).toInt(), 1);
    const RecordStore::Result refused = TableEdits(*m_devices).fill(cells, QStringLiteral("kaputt"));
    QVERIFY(refused.message().contains(QStringLiteral("„kaputt“ ist kein bekannter Wert für Status")));
}

QTEST_MAIN(TestTableEdits)
#include "tst_tableedits.moc"
