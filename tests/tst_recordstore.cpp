// SPDX-License-Identifier: EUPL-1.2
#include "changenotifier.h"
#include "entitycatalog.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertWritesOneAuditRowWithTheRecord();
    void updateWritesOneAuditRowPerChangedField();
    void deleteWritesTheOldRecord();
    void failedValidationWritesNothing();
    void numericFieldsRefuseTextInsteadOfStoringZero_data();
    void numericFieldsRefuseTextInsteadOfStoringZero();
    void schoolWithDevicesCannotBeDeleted();
    void staleVersionIsAConflict();
    void batchRollbackLeavesNothing();
    void notifierSpeaksOnlyAfterCommit();
    void deletedRecordCanBeRestoredWithItsId();
    void contractSchoolsAreAudited();

private:
    struct AuditRow
    {
        QString user, table, key, action, field, oldValue, newValue;
    };
    QList<AuditRow> auditRows();

    const EntitySpec &authorities = EntityCatalog::spec(EntityKind::Authority);
    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<RecordStore> m_store;
    qint64 m_authority = 0;
    qint64 m_school = 0;
};

void TestRecordStore::init()
{
    qputenv("USER", "k.mueller");
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    m_store = std::make_unique<RecordStore>(m_temp->db());
    m_authority = m_store->insert(authorities, {{"name", "Gemeinde Havixbeck"}, {"kind", "municipality"},
                                                {"cooperation_phase", "participating"}}).id;
    m_school = m_store->insert(schools, {{"school_number", "192001"}, {"name", "Baumberge-Schule"},
                                         {"school_type", "02"}, {"authority_id", m_authority}}).id;
    QVERIFY(m_authority > 0 && m_school > 0);
    QSqlQuery(m_temp->db().connection()).exec(QStringLiteral("DELETE FROM audit_log"));
}

void TestRecordStore::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

QList<TestRecordStore::AuditRow> TestRecordStore::auditRows()
{
    QList<AuditRow> rows;
    QSqlQuery query(m_temp->db().connection());
    query.exec(QStringLiteral("SELECT user_name, table_name, record_key, action, field, old_value, new_value "
                              "FROM audit_log ORDER BY id"));
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString()});
    return rows;
}

void TestRecordStore::insertWritesOneAuditRowWithTheRecord()
{
    const auto result = m_store->insert(devices, {{"inventory_number", "HAV-1"}, {"category", "tablet"},
                                                  {"school_id", m_school}, {"status", "in_use"},
                                                  {"price_cents", 34900}});
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const auto rows = auditRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].user, QStringLiteral("k.mueller"));
    QCOMPARE(rows[0].table, QStringLiteral("device"));
    QCOMPARE(rows[0].key, QString::number(result.id));
    QCOMPARE(rows[0].action, QStringLiteral("insert"));
    QVERIFY(rows[0].field.isEmpty());
    const QJsonObject snapshot = QJsonDocument::fromJson(rows[0].newValue.toUtf8()).object();
    QCOMPARE(snapshot.value(QStringLiteral("inventory_number")).toString(), QStringLiteral("HAV-1"));
    QCOMPARE(snapshot.value(QStringLiteral("price_cents")).toInteger(), 34900);
}

void TestRecordStore::updateWritesOneAuditRowPerChangedField()
{
    const qint64 id = m_store->insert(devices, {{"inventory_number", "HAV-2"}, {"category", "pc"},
                                                {"school_id", m_school}, {"status", "in_use"}, {"room", "A1"}}).id;
    QSqlQuery(m_temp->db().connection()).exec(QStringLiteral("DELETE FROM audit_log"));

    const auto result = m_store->update(devices, id, {{"room", "B2"}, {"status", "defective"}, {"category", "pc"}});
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const auto rows = auditRows();
    QCOMPARE(rows.size(), 2); // the unchanged category is not logged
    QCOMPARE(rows[0].field, QStringLiteral("room"));
    QCOMPARE(rows[0].oldValue, QStringLiteral("A1"));
    QCOMPARE(rows[0].newValue, QStringLiteral("B2"));
    QCOMPARE(rows[1].field, QStringLiteral("status"));
    QCOMPARE(rows[1].oldValue, QStringLiteral("in_use"));
    QCOMPARE(rows[1].newValue, QStringLiteral("defective"));
    QCOMPARE(rows[1].action, QStringLiteral("update"));
    QCOMPARE(m_store->load(devices, id)->value(QStringLiteral("row_version")).toInt(), 2);
}

void TestRecordStore::deleteWritesTheOldRecord()
{
    const qint64 id = m_store->insert(devices, {{"inventory_number", "HAV-3"}, {"category", "printer"},
                                                {"school_id", m_school}, {"status", "retired"}}).id;
    QSqlQuery(m_temp->db().connection()).exec(QStringLiteral("DELETE FROM audit_log"));
    QVERIFY(m_store->remove(devices, id).ok());
    QVERIFY(!m_store->load(devices, id));
    const auto rows = auditRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].action, QStringLiteral("delete"));
    QVERIFY(rows[0].oldValue.contains(QLatin1String("HAV-3")));
    QVERIFY(rows[0].newValue.isEmpty());
}

void TestRecordStore::failedValidationWritesNothing()
{
    const auto result = m_store->insert(devices, {{"inventory_number", "HAV-4"}, {"category", "toaster"},
                                                  {"school_id", m_school}, {"status", "in_use"}});
    QVERIFY(!result.ok());
    QCOMPARE(result.fieldErrors.size(), 1);
    QCOMPARE(TestSupport::scalar(m_temp->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(), 0);
    QCOMPARE(auditRows().size(), 0);
}

void TestRecordStore::numericFieldsRefuseTextInsteadOfStoringZero_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("money as text") << "price_cents" << QVariant("teuer") << false << QVariant();
    QTest::newRow("money with fraction of a cent") << "price_cents" << QVariant("12.5") << false << QVariant();
    QTest::newRow("money as digits") << "price_cents" << QVariant("34900") << true << QVariant(34900);
    QTest::newRow("money as whole double") << "price_cents" << QVariant(1200.0) << true << QVariant(1200);
    QTest::newRow("school as text") << "school_id" << QVariant("Baumberge") << false << QVariant();
}

void TestRecordStore::numericFieldsRefuseTextInsteadOfStoringZero()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, stored);
    QVariantMap record{{"inventory_number", "HAV-N"}, {"category", "tablet"}, {"school_id", m_school},
                       {"status", "in_use"}};
    record.insert(column, value);
    const auto result = m_store->insert(devices, record);
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().field, column);
        QVERIFY2(result.fieldErrors.first().message.contains(value.toString()),
                 qPrintable(result.fieldErrors.first().message));
        QCOMPARE(TestSupport::scalar(m_temp->db(), QStringLiteral("SELECT count(*) FROM device")).toInt(), 0);
        return;
    }
    QCOMPARE(m_store->load(devices, result.id)->value(column).toLongLong(), stored.toLongLong());
}

void TestRecordStore::schoolWithDevicesCannotBeDeleted()
{
    for (int i = 0; i < 2; ++i)
        QVERIFY(m_store->insert(devices, {{"inventory_number", QStringLiteral("HAV-5-%1").arg(i)}, {"category", "tablet"},
                                          {"school_id", m_school}, {"status", "in_use"}}).ok());
    const auto result = m_store->remove(schools, m_school);
    QCOMPARE(result.error.kind, DatabaseError::Kind::InUse);
    QVERIFY2(result.error.message.contains(QLatin1String("Baumberge-Schule")), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QLatin1String("2 ") + devices.plural()), qPrintable(result.error.message));
    QVERIFY(m_store->load(schools, m_school));

    const auto authorityResult = m_store->remove(authorities, m_authority);
    QCOMPARE(authorityResult.error.kind, DatabaseError::Kind::InUse);
    QVERIFY(authorityResult.error.message.contains(QLatin1String("1 ") + schools.singular()));
}

void TestRecordStore::staleVersionIsAConflict()
{
    QVERIFY(m_store->update(schools, m_school, {{"pupils", 200}}, 1).ok());
    const auto stale = m_store->update(schools, m_school, {{"pupils", 250}}, 1);
    QCOMPARE(stale.error.kind, DatabaseError::Kind::Conflict);
    QCOMPARE(m_store->load(schools, m_school)->value(QStringLiteral("pupils")).toInt(), 200);
}

void TestRecordStore::batchRollbackLeavesNothing()
{
    const QByteArray before = TestSupport::scalar(m_temp->db(), QStringLiteral("SELECT count(*) FROM device")).toByteArray();
    QVERIFY(!m_store->beginBatch());
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_store->insert(devices, {{"inventory_number", QStringLiteral("B-%1").arg(i)}, {"category", "pc"},
                                          {"school_id", m_school}, {"status", "in_use"}}).ok());
    m_store->rollbackBatch();
    QCOMPARE(TestSupport::scalar(m_temp->db(), QStringLiteral("SELECT count(*) FROM device")).toByteArray(), before);
    QCOMPARE(auditRows().size(), 0);
}

void TestRecordStore::notifierSpeaksOnlyAfterCommit()
{
    QSignalSpy spy(m_temp->db().notifier(), &ChangeNotifier::tableChanged);
    QVERIFY(m_store->update(schools, m_school, {{"pupils", 180}}).ok());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("school"));

    QVERIFY(!m_store->beginBatch());
    QVERIFY(m_store->insert(devices, {{"inventory_number", "N-1"}, {"category", "pc"},
                                      {"school_id", m_school}, {"status", "in_use"}}).ok());
    QVERIFY(m_store->update(schools, m_school, {{"pupils", 181}}).ok());
    QCOMPARE(spy.size(), 0);
    QVERIFY(!m_store->commitBatch());
    QCOMPARE(spy.size(), 2);

    QVERIFY(!m_store->beginBatch());
    QVERIFY(m_store->update(schools, m_school, {{"pupils", 182}}).ok());
    m_store->rollbackBatch();
    QCOMPARE(spy.size(), 2);

    QVERIFY(!m_store->update(schools, m_school, {{"school_number", "1"}}).ok());
    QCOMPARE(spy.size(), 2);
}

void TestRecordStore::deletedRecordCanBeRestoredWithItsId()
{
    const qint64 id = m_store->insert(devices, {{"inventory_number", "R-1"}, {"category", "pc"},
                                                {"school_id", m_school}, {"status", "in_use"}}).id;
    const QVariantMap before = *m_store->load(devices, id);
    QVERIFY(m_store->remove(devices, id).ok());
    const auto restored = m_store->insertWithId(devices, id, before);
    QVERIFY2(restored.ok(), qPrintable(restored.message()));
    QCOMPARE(restored.id, id);
    QCOMPARE(m_store->load(devices, id)->value(QStringLiteral("inventory_number")).toString(), QStringLiteral("R-1"));
}

void TestRecordStore::contractSchoolsAreAudited()
{
    const auto contract = m_store->insert(EntityCatalog::spec(EntityKind::SupportContract),
        {{"contract_number", "SV-1"}, {"vendor", "Baumberge IT"}, {"authority_id", m_authority},
         {"start_date", "2025-01-01"}, {"initial_term_months", 24}, {"renewal_months", 12}, {"notice_months", 3}});
    QVERIFY2(contract.ok(), qPrintable(contract.message()));
    QSqlQuery(m_temp->db().connection()).exec(QStringLiteral("DELETE FROM audit_log"));
    QVERIFY(m_store->setContractSchools(contract.id, {m_school}).ok());
    QCOMPARE(m_store->contractSchools(contract.id), QList<qint64>{m_school});
    const auto rows = auditRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].field, QStringLiteral("covered_schools"));
    QCOMPARE(rows[0].newValue, QString::number(m_school));
    QCOMPARE(m_store->remove(schools, m_school).error.kind, DatabaseError::Kind::InUse);
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
