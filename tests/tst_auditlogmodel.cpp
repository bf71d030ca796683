// SPDX-License-Identifier: EUPL-1.2
#include "auditlog.h"
#include "auditlogmodel.h"
#include "entitycatalog.h"
#include "recordeditor.h"
#include "tablefixture.h"
#include "testsupport.h"
#include "transaction.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The audit table after edits: who changed which field of which record, old and new value in
// German formats, newest first, filtered by table, record, user and days.
class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEditsNewestFirst();
    void insertAndDeleteSummaries();
    void filters();
    void pages();
    void demoCountyEntry();

private:
    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<AuditLogModel> m_model;
};

void TestAuditLogModel::initTestCase()
{
    TestSupport::useGerman();
}

void TestAuditLogModel::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(m_temp->db(), m_stack.get());
    m_model = std::make_unique<AuditLogModel>(m_temp->db());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void TestAuditLogModel::cleanup()
{
    m_model.reset();
    m_editor.reset();
    m_stack.reset();
    m_temp.reset();
}

void TestAuditLogModel::showsEditsNewestFirst()
{
    QCOMPARE(m_model->rowCount(), 0);
    const EntitySpec &device = EntityCatalog::spec(EntityKind::Device);
    QVERIFY(m_editor->update(device, TableFixture::ThinkPad, {{QStringLiteral("price_cents"), 99900}}).ok());
    QVERIFY(m_editor->update(device, TableFixture::ThinkPad, {{QStringLiteral("school_id"), 3}}).ok());
    QVERIFY(m_editor->update(device, TableFixture::ThinkPad, {{QStringLiteral("status"), QStringLiteral("retired")}}).ok());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(cell(0, AuditLogModel::Table), device.singular());
    QCOMPARE(cell(0, AuditLogModel::Record), QStringLiteral("KC-0002"));
    QCOMPARE(cell(0, AuditLogModel::User), m_temp->db().userName());
    QCOMPARE(cell(0, AuditLogModel::Field), QStringLiteral("Status"));
    QCOMPARE(cell(0, AuditLogModel::OldValue), QStringLiteral("Defekt"));
    QCOMPARE(cell(0, AuditLogModel::NewValue), QStringLiteral("Ausgesondert"));
    QCOMPARE(cell(1, AuditLogModel::Field), QStringLiteral("Schule"));
    QCOMPARE(cell(1, AuditLogModel::OldValue), QStringLiteral("Anne-Frank-Gymnasium"));
    QCOMPARE(cell(1, AuditLogModel::NewValue), QStringLiteral("Realschule Süd"));
    QCOMPARE(cell(2, AuditLogModel::OldValue), QStringLiteral("1.234,56 €"));
    QCOMPARE(cell(2, AuditLogModel::NewValue), QStringLiteral("999,00 €"));
    QCOMPARE(m_model->index(2, AuditLogModel::NewValue).data(AuditLogModel::RawValueRole).toString(), QStringLiteral("99900"));
    QCOMPARE(m_model->index(2, 0).data(AuditLogModel::ActionCodeRole).toString(), QStringLiteral("update"));
    // "dd.MM.yyyy HH:mm" of today, in local time.
    QVERIFY(cell(0, AuditLogModel::ChangedAt).startsWith(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))));
    QCOMPARE(m_model->headerData(AuditLogModel::OldValue, Qt::Horizontal).toString().isEmpty(), false);
}

void TestAuditLogModel::insertAndDeleteSummaries()
{
    const EntitySpec &device = EntityCatalog::spec(EntityKind::Device);
    QList<qint64> ids;
    QVERIFY(m_editor->insert(device, {{{QStringLiteral("inventory_number"), QStringLiteral("KC-0100")},
                                       {QStringLiteral("category"), QStringLiteral("tablet")},
                                       {QStringLiteral("school_id"), 1},
                                       {QStringLiteral("status"), QStringLiteral("in_use")},
                                       {QStringLiteral("price_cents"), 39900}}}, &ids).ok());
    QCOMPARE(m_model->rowCount(), 1);
    const QString added = cell(0, AuditLogModel::NewValue);
    QVERIFY2(added.contains(QStringLiteral("Inventarnummer: KC-0100")), qPrintable(added));
    QVERIFY(added.contains(QStringLiteral("Preis: 399,00 €")));
    QVERIFY(added.contains(QStringLiteral("Schule: Anne-Frank-Gymnasium")));
    QVERIFY(m_editor->remove(device, ids).ok());
    QCOMPARE(m_model->rowCount(), 2);
    // The deleted record is still named, from the snapshot of its deletion.
    QCOMPARE(cell(0, AuditLogModel::Record), QStringLiteral("KC-0100"));
    QVERIFY(cell(0, AuditLogModel::OldValue).contains(QStringLiteral("Kategorie: Tablet")));
    QVERIFY(cell(0, AuditLogModel::NewValue).isEmpty());
    QVERIFY(cell(0, AuditLogModel::Action) != cell(1, AuditLogModel::Action));
}

void TestAuditLogModel::filters()
{
    const EntitySpec &device = EntityCatalog::spec(EntityKind::Device);
    QVERIFY(m_editor->update(device, TableFixture::Ipad, {{QStringLiteral("room"), QStringLiteral("X")}}).ok());
    QVERIFY(m_editor->update(device, TableFixture::ThinkPad, {{QStringLiteral("room"), QStringLiteral("Y")}}).ok());
    QVERIFY(m_editor->update(EntityCatalog::spec(EntityKind::School), TableFixture::AnneFrank, {{QStringLiteral("pupils"), 901}}).ok());
    // Someone else, two days ago.
    QSqlQuery query(m_temp->db().connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO audit_log (changed_at, user_name, table_name, record_key, action, field, old_value, new_value) "
                                      "VALUES ('%1', 'mueller', 'device', '1', 'update', 'room', 'A', 'B')")
                           .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate))));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 4);
    m_model->setTableFilter(QStringLiteral("device"));
    QCOMPARE(m_model->rowCount(), 3);
    m_model->setRecordFilter(QStringLiteral("1"));
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setUserFilter(QStringLiteral("mueller"));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->users().contains(QStringLiteral("mueller")));
    m_model->setFilters(QString(), QString(), QString(), QDate::currentDate(), QDate::currentDate());
    QCOMPARE(m_model->rowCount(), 3);
    m_model->setDateRange(QDate::currentDate().addDays(-3), QDate::currentDate().addDays(-1));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setRecord(QStringLiteral("school"), TableFixture::AnneFrank);
    m_model->setDateRange({}, {});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, AuditLogModel::NewValue), QStringLiteral("901"));
}

void TestAuditLogModel::pages()
{
    // 600 changes of the Realschule's pupils (more than two pages), one a minute; the oldest last.
    Transaction transaction(m_temp->db().connection());
    QSqlQuery query(m_temp->db().connection());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO audit_log (changed_at, user_name, table_name, record_key, action, field, "
                                         "old_value, new_value) VALUES (?, 'test', 'school', '3', 'update', 'pupils', ?, ?)")));
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 1; i <= 600; ++i) {
        query.addBindValue(start.addSecs(60 * i).toString(Qt::ISODate));
        query.addBindValue(QString::number(i == 1 ? 520 : 999 + i));
        query.addBindValue(QString::number(1000 + i));
        QVERIFY(query.exec());
    }
    QVERIFY(transaction.commit());
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 600);
    QCOMPARE(cell(0, AuditLogModel::NewValue), QStringLiteral("1.600"));
    QCOMPARE(cell(599, AuditLogModel::NewValue), QStringLiteral("1.001"));
    QCOMPARE(cell(599, AuditLogModel::OldValue), QStringLiteral("520"));
    QCOMPARE(cell(300, AuditLogModel::NewValue), QStringLiteral("1.300"));
    QCOMPARE(cell(599, AuditLogModel::Record), QStringLiteral("Realschule Süd"));
}

void TestAuditLogModel::demoCountyEntry()
{
    // The one entry of a generated demo county reads as a sentence, not as JSON.
    AuditLog audit(m_temp->db().connection(), QStringLiteral("koordination"));
    QVERIFY(!audit.recordInsert(AuditLog::demoCountyTable(), 7,
                                {{QStringLiteral("seed"), 7}, {QStringLiteral("reference_date"), QStringLiteral("2026-11-28")},
                                 {QStringLiteral("authorities"), 12}, {QStringLiteral("schools"), 78},
                                 {QStringLiteral("contracts"), 23}, {QStringLiteral("programs"), 6},
                                 {QStringLiteral("devices"), 100000}}));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, AuditLogModel::Table), QStringLiteral("Demo-Kreis"));
    QCOMPARE(cell(0, AuditLogModel::NewValue),
             QStringLiteral("Demo-Kreis angelegt: 12 Schulträger, 78 Schulen, 100.000 Geräte, 23 Supportverträge, "
                            "6 Förderprogramme (Startwert 7, Stand 28.11.2026)"));
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
