// SPDX-License-Identifier: EUPL-1.2
// The values a table computes beside the stored fields: a contract's last day to cancel,
// the end of its term and its schools (marked when the day is near, sortable), an
// allocation's remaining money and share spent.
#include "entitycatalog.h"
#include "entitytablemodel.h"
#include "recordstore.h"
#include "tablemodelsession.h"
#include "testsupport.h"

#include <QDate>
#include <QTest>

#include <memory>

class TestDerivedColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void init()
    {
        m_session = std::make_unique<TableModelSession>();
        QVERIFY(m_session->loaded());
    }
    void cleanup() { m_session.reset(); }

    void contractDeadlines();
    void contractDeadlineSort();
    void allocationRemainingAndShare();
    void emptyValueWithAMeaning();

private:
    std::unique_ptr<EntityTableModel> makeModel(EntityKind kind) { return m_session->model(kind); }
    static QList<qint64> ids(EntityTableModel &model) { return TableModelSession::ids(model); }

    std::unique_ptr<TableModelSession> m_session;
};

void TestDerivedColumns::contractDeadlines()
{
    auto contracts = makeModel(EntityKind::SupportContract);
    const int cancel = contracts->columnOf(QStringLiteral("authority_id")) + 1;
    const int termEnd = cancel + 1;
    const int row1 = contracts->rowOfId(1);
    const int row2 = contracts->rowOfId(2);
    // 01.01.2024 + 24 months ends 31.12.2025; 3 months' notice: 30.09.2025, 60 days ahead.
    QCOMPARE(contracts->index(row1, cancel).data().toString(), QStringLiteral("30.09.2025"));
    QCOMPARE(contracts->index(row1, cancel).data(Qt::EditRole).toDate(), QDate(2025, 9, 30));
    QCOMPARE(contracts->index(row1, termEnd).data().toString(), QStringLiteral("31.12.2025"));
    QVERIFY(contracts->index(row1, 0).data(EntityTableModel::AttentionRole).toBool());
    QVERIFY(contracts->index(row1, 0).data(Qt::BackgroundRole).isValid());
    // The colour explained on every cell of the row.
    QCOMPARE(contracts->index(row1, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Markiert: Der letzte Kündigungstag ist höchstens 90 Tage entfernt."));
    // Without renewal and past its day: no deadline, the end of the contract.
    QCOMPARE(contracts->index(row2, cancel).data().toString(), QString());
    QCOMPARE(contracts->index(row2, termEnd).data().toString(), QStringLiteral("30.06.2024"));
    QVERIFY(!contracts->index(row2, 0).data(EntityTableModel::AttentionRole).toBool());
    QVERIFY(!contracts->index(row2, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(contracts->index(row2, 0).data(Qt::ToolTipRole).toString().isEmpty());
    // Covered schools by name.
    const int schools = contracts->columnCount() - 1;
    QCOMPARE(contracts->index(row2, schools).data().toString(), QStringLiteral("Grundschule Nord, Realschule Süd"));

    // 91 days before the deadline the row is not yet marked; on the day it is.
    contracts->setReferenceDate(QDate(2025, 7, 1));
    QVERIFY(!contracts->index(contracts->rowOfId(1), 0).data(EntityTableModel::AttentionRole).toBool());
    contracts->setReferenceDate(QDate(2025, 7, 2));
    QVERIFY(contracts->index(contracts->rowOfId(1), 0).data(EntityTableModel::AttentionRole).toBool());
    contracts->setReferenceDate(QDate(2025, 9, 30));
    QVERIFY(contracts->index(contracts->rowOfId(1), 0).data(EntityTableModel::AttentionRole).toBool());
    // The day after, the next term's day counts: 30.09.2026.
    contracts->setReferenceDate(QDate(2025, 10, 1));
    QCOMPARE(contracts->index(contracts->rowOfId(1), cancel).data().toString(), QStringLiteral("30.09.2026"));
    QVERIFY(!contracts->index(contracts->rowOfId(1), 0).data(EntityTableModel::AttentionRole).toBool());

    // Searching for a covered school's name finds its contracts.
    contracts->setSearchText(QStringLiteral("Realschule"));
    QCOMPARE(contracts->rowCount(), 1);
    QCOMPARE(contracts->recordId(0), 2);
}

void TestDerivedColumns::contractDeadlineSort()
{
    RecordStore store(m_session->db());
    const EntitySpec &spec = EntityCatalog::spec(EntityKind::SupportContract);
    // 01.03.2025 + 12 months ends 28.02.2026; 1 month notice: 31.01.2026.
    QVERIFY(store.insert(spec, {{QStringLiteral("contract_number"), QStringLiteral("SV-003")}, {QStringLiteral("vendor"), QStringLiteral("X")},
                                {QStringLiteral("authority_id"), 1}, {QStringLiteral("start_date"), QStringLiteral("2025-03-01")},
                                {QStringLiteral("initial_term_months"), 12}, {QStringLiteral("renewal_months"), 12},
                                {QStringLiteral("notice_months"), 1}, {QStringLiteral("auto_renewal"), 1}}).ok());
    auto contracts = makeModel(EntityKind::SupportContract);
    const int cancel = contracts->columnOf(QStringLiteral("authority_id")) + 1;
    contracts->sort(cancel, Qt::AscendingOrder);
    // No day (contract 2) first, then 30.09.2025 (1), 31.01.2026 (3).
    QCOMPARE(ids(*contracts), QList<qint64>({2, 1, 3}));
    contracts->sort(cancel, Qt::DescendingOrder);
    QCOMPARE(ids(*contracts), QList<qint64>({3, 1, 2}));
    QCOMPARE(contracts->rowOfId(1), 1);
    QVERIFY(store.update(spec, 3, {{QStringLiteral("notice_months"), 6}}).ok()); // 31.08.2025
    QCOMPARE(ids(*contracts), QList<qint64>({1, 3, 2}));
}

void TestDerivedColumns::allocationRemainingAndShare()
{
    auto allocations = makeModel(EntityKind::Allocation);
    const int remaining = allocations->columnCount() - 2;
    const int share = allocations->columnCount() - 1;
    QCOMPARE(allocations->tableColumn(remaining).derived, DerivedColumn::AllocationRemaining);
    const int row1 = allocations->rowOfId(1);
    QCOMPARE(allocations->index(row1, remaining).data().toString(), QStringLiteral("750.000,00 €"));
    QCOMPARE(allocations->index(row1, share).data().toString(), QStringLiteral("25 %"));
    QCOMPARE(allocations->index(allocations->rowOfId(2), share).data().toString(), QStringLiteral("0 %"));
    QVERIFY(allocations->setData(allocations->index(row1, allocations->columnOf(QStringLiteral("spent_cents"))), qint64(33333333)));
    QCOMPARE(allocations->index(allocations->rowOfId(1), remaining).data().toString(), QStringLiteral("666.666,67 €"));
    QCOMPARE(allocations->index(allocations->rowOfId(1), share).data().toString(), QStringLiteral("33,3 %"));
    allocations->sort(share, Qt::DescendingOrder);
    QCOMPARE(ids(*allocations), QList<qint64>({1, 2}));
    allocations->sort(remaining, Qt::AscendingOrder);
    QCOMPARE(ids(*allocations), QList<qint64>({2, 1}));
}

void TestDerivedColumns::emptyValueWithAMeaning()
{
    // A system without a school serves all schools of its authority, and says so.
    RecordStore store(m_session->db());
    const qint64 school = TestSupport::scalar(m_session->db(), QStringLiteral("SELECT MIN(id) FROM school")).toLongLong();
    const qint64 authority =
        TestSupport::scalar(m_session->db(), QStringLiteral("SELECT authority_id FROM school WHERE id = %1").arg(school)).toLongLong();
    const EntitySpec &systems = EntityCatalog::spec(EntityKind::System);
    QVERIFY(store.insert(systems, {{"authority_id", authority}, {"category", "firewall"}, {"product", "Securepoint UTM"}}).ok());
    QVERIFY(store.insert(systems, {{"authority_id", authority}, {"school_id", school}, {"category", "learning_platform"},
                                   {"product", "Moodle"}}).ok());
    auto model = makeModel(EntityKind::System);
    const QStringList shown = TableModelSession::column(*model, QStringLiteral("school_id"));
    QCOMPARE(shown.size(), 2);
    QVERIFY(shown.contains(QStringLiteral("alle Schulen")));
    QVERIFY(!shown.contains(QString()));
    // Stored as empty all the same.
    QCOMPARE(TestSupport::scalar(m_session->db(), QStringLiteral("SELECT COUNT(*) FROM system WHERE school_id IS NULL")).toInt(), 1);

    // A standard for no school type in particular holds for all of them.
    const EntitySpec &standards = EntityCatalog::spec(EntityKind::MinimumStandard);
    QVERIFY(store.insert(standards, {{"name", "Breitband 1 Gbit/s"}, {"area", "infrastructure"}, {"measure", "broadband_mbits"},
                                     {"comparison", "at_least"}, {"threshold", 1000}}).ok());
    auto standardsModel = makeModel(EntityKind::MinimumStandard);
    QCOMPARE(TableModelSession::column(*standardsModel, QStringLiteral("school_types")),
             QStringList{QStringLiteral("alle Schulformen")});
}

QTEST_MAIN(TestDerivedColumns)
#include "tst_derivedcolumns.moc"
