// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "recordeditor.h"
#include "tablefixture.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using TestSupport::scalar;

// Every change is one undo step on the shared stack, runs through RecordStore (validation and
// audit), and undo and redo restore the database exactly.
class TestRecordEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void updateUndoRedo();
    void insertUndoRedoKeepsId();
    void deleteUndoRestoresRecordAndSchools();
    void refusedChangeLeavesStackAlone();
    void textThatIsNoNumberIsRefusedBeforeSaving();
    void groupOfChangesIsAllOrNothing();
    void contractSchoolsUndo();
    void undoAcrossTables();
    void undoThatCannotRunIsReportedAndDropped();
    void changeOnStaleVersionIsRefused();

private:
    const EntitySpec &device() const { return EntityCatalog::spec(EntityKind::Device); }
    QVariant value(const QString &sql) const { return scalar(m_temp->db(), sql); }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
};

void TestRecordEditor::initTestCase()
{
    TestSupport::useGerman();
}

void TestRecordEditor::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(m_temp->db(), m_stack.get());
}

void TestRecordEditor::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_temp.reset();
}

void TestRecordEditor::updateUndoRedo()
{
    QVERIFY(m_editor->update(device(), TableFixture::Ipad, {{QStringLiteral("room"), QStringLiteral("A 2.07")}}).ok());
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_stack->undoText().contains(device().field(QStringLiteral("room"))->label()));
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 2.07"));
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 1.01"));
    m_stack->redo();
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 2.07"));
    // Edit, undo and redo each left their trace: three changes of the room.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE field = 'room'")).toInt(), 3);
}

void TestRecordEditor::insertUndoRedoKeepsId()
{
    QList<qint64> ids;
    const QVariantMap tablet{{QStringLiteral("inventory_number"), QStringLiteral("KC-0100")},
                             {QStringLiteral("category"), QStringLiteral("tablet")},
                             {QStringLiteral("school_id"), 1},
                             {QStringLiteral("status"), QStringLiteral("in_stock")}};
    QVariantMap second = tablet;
    second.insert(QStringLiteral("inventory_number"), QStringLiteral("KC-0101"));
    QVERIFY(m_editor->insert(device(), {tablet, second}, &ids).ok());
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 7);
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);
    m_stack->redo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 7);
    // Redo gives the records their old ids, so later steps on the stack still find them.
    QCOMPARE(value(QStringLiteral("SELECT inventory_number FROM device WHERE id = %1").arg(ids.at(1))).toString(),
             QStringLiteral("KC-0101"));
}

void TestRecordEditor::deleteUndoRestoresRecordAndSchools()
{
    const EntitySpec &contracts = EntityCatalog::spec(EntityKind::SupportContract);
    // Contract 2 is used by no device; contract 1 by the iPad.
    QVERIFY(!m_editor->remove(contracts, {1}).ok());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_editor->remove(contracts, {2}).ok());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM contract_school WHERE contract_id = 2")).toInt(), 0);
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT vendor FROM support_contract WHERE id = 2")).toString(), QStringLiteral("Druck AG"));
    QCOMPARE(value(QStringLiteral("SELECT start_date FROM support_contract WHERE id = 2")).toString(), QStringLiteral("2023-07-01"));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM contract_school WHERE contract_id = 2")).toInt(), 2);

    QVERIFY(m_editor->remove(device(), {TableFixture::ThinkPad, TableFixture::OptiPlex}).ok());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 3);
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);
    QCOMPARE(value(QStringLiteral("SELECT price_cents FROM device WHERE id = 2")).toLongLong(), 123456);
}

void TestRecordEditor::refusedChangeLeavesStackAlone()
{
    const RecordStore::Result result = m_editor->update(device(), TableFixture::Ipad,
                                                        {{QStringLiteral("inventory_number"), QStringLiteral("KC-0002")}});
    QVERIFY(!result.ok());
    QCOMPARE(result.message(), QStringLiteral("Inventarnummer „KC-0002“ ist bereits bei einem anderen Datensatz vergeben."));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
}

void TestRecordEditor::textThatIsNoNumberIsRefusedBeforeSaving()
{
    const RecordStore::Result result = m_editor->update(device(), TableFixture::Ipad,
                                                        {{QStringLiteral("price_cents"), QStringLiteral("viel")}});
    QCOMPARE(result.message(), QStringLiteral("Preis muss eine Zahl sein, nicht „viel“."));
    QCOMPARE(value(QStringLiteral("SELECT price_cents FROM device WHERE id = 1")).toLongLong(), 45900);
}

void TestRecordEditor::groupOfChangesIsAllOrNothing()
{
    QList<RecordChange> changes;
    changes << RecordChange::update(device(), TableFixture::Ipad, {{QStringLiteral("room"), QStringLiteral("A 1.01")}},
                                    {{QStringLiteral("room"), QStringLiteral("Neu")}}, QStringLiteral("Zeile 1"));
    changes << RecordChange::insert(device(), {{QStringLiteral("inventory_number"), QStringLiteral("KC-0200")},
                                               {QStringLiteral("category"), QStringLiteral("pc")},
                                               {QStringLiteral("school_id"), 1},
                                               {QStringLiteral("status"), QStringLiteral("in_use")}},
                                    QStringLiteral("Zeile 2"));
    changes << RecordChange::update(device(), TableFixture::ThinkPad, {{QStringLiteral("price_cents"), 123456}},
                                    {{QStringLiteral("price_cents"), -1}}, QStringLiteral("Zeile 3"));
    const RecordStore::Result refused = m_editor->apply(QStringLiteral("Einfügen"), changes);
    QCOMPARE(refused.message(), QStringLiteral("Zeile 3: Preis darf nicht negativ sein."));
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 1.01"));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);

    // A refusal only the database notices (a duplicate) rolls back the rows before it too.
    changes.last() = RecordChange::update(device(), TableFixture::ThinkPad, {{QStringLiteral("inventory_number"), QStringLiteral("KC-0002")}},
                                          {{QStringLiteral("inventory_number"), QStringLiteral("KC-0200")}}, QStringLiteral("Zeile 3"));
    const RecordStore::Result duplicate = m_editor->apply(QStringLiteral("Einfügen"), changes);
    QCOMPARE(duplicate.message(), QStringLiteral("Zeile 3: Inventarnummer „KC-0200“ ist bereits bei einem anderen Datensatz vergeben."));
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 1.01"));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    QCOMPARE(m_stack->count(), 0);

    changes.removeLast();
    QVERIFY(m_editor->apply(QStringLiteral("Einfügen"), changes).ok());
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 6);
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM device")).toInt(), 5);
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 1.01"));
}

void TestRecordEditor::contractSchoolsUndo()
{
    QVERIFY(m_editor->setContractSchools(1, {1, 2, 3}).ok());
    QCOMPARE(m_editor->store().contractSchools(1), QList<qint64>({1, 2, 3}));
    m_stack->undo();
    QCOMPARE(m_editor->store().contractSchools(1), QList<qint64>({1}));
    m_stack->redo();
    QCOMPARE(m_editor->store().contractSchools(1), QList<qint64>({1, 2, 3}));
}

void TestRecordEditor::undoAcrossTables()
{
    QVERIFY(m_editor->update(device(), TableFixture::Ipad, {{QStringLiteral("room"), QStringLiteral("X")}}).ok());
    QVERIFY(m_editor->update(EntityCatalog::spec(EntityKind::School), TableFixture::AnneFrank,
                             {{QStringLiteral("pupils"), 950}}).ok());
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT pupils FROM school WHERE id = 1")).toInt(), 900);
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("X"));
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT room FROM device WHERE id = 1")).toString(), QStringLiteral("A 1.01"));
}

void TestRecordEditor::undoThatCannotRunIsReportedAndDropped()
{
    QList<qint64> ids;
    QVERIFY(m_editor->insert(EntityCatalog::spec(EntityKind::School),
                             {{{QStringLiteral("school_number"), QStringLiteral("100009")}, {QStringLiteral("name"), QStringLiteral("Neu")},
                               {QStringLiteral("school_type"), QStringLiteral("02")}, {QStringLiteral("authority_id"), 1}}},
                             &ids).ok());
    // A device moves to the new school outside the undo stack: the school cannot go again.
    RecordStore store(m_temp->db());
    QVERIFY(store.update(device(), TableFixture::Ipad, {{QStringLiteral("school_id"), ids.first()}}).ok());
    QSignalSpy failed(m_editor.get(), &RecordEditor::undoFailed);
    m_stack->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("Schule „Neu“ kann nicht gelöscht werden, weil diese Datensätze noch darauf verweisen: 1 Gerät."));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM school")).toInt(), 4);
    QCOMPARE(m_stack->count(), 0);
}

void TestRecordEditor::changeOnStaleVersionIsRefused()
{
    const int version = value(QStringLiteral("SELECT row_version FROM device WHERE id = 1")).toInt();
    RecordStore store(m_temp->db());
    QVERIFY(store.update(device(), TableFixture::Ipad, {{QStringLiteral("room"), QStringLiteral("elsewhere")}}).ok());
    const RecordStore::Result result = m_editor->update(device(), TableFixture::Ipad, {{QStringLiteral("model"), QStringLiteral("iPad Air")}},
                                                        version);
    QCOMPARE(result.error.kind, DatabaseError::Kind::Conflict);
    QCOMPARE(value(QStringLiteral("SELECT model FROM device WHERE id = 1")).toString(), QStringLiteral("iPad"));
    QVERIFY(m_editor->update(device(), TableFixture::Ipad, {{QStringLiteral("model"), QStringLiteral("iPad Air")}}, version + 1).ok());
    // Undo restores what this change replaced, whatever the version by then.
    m_stack->undo();
    QCOMPARE(value(QStringLiteral("SELECT model FROM device WHERE id = 1")).toString(), QStringLiteral("iPad"));
}

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
