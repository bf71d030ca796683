// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "recordstore.h"
#include "referencelistmodel.h"
#include "tablefixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

class TestReferenceListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsByName();
    void noneRowAndRestriction();
    void findsByText();
    void followsChanges();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
};

void TestReferenceListModel::initTestCase()
{
    TestSupport::useGerman();
}

void TestReferenceListModel::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    QVERIFY(TableFixture::load(m_temp->db()));
}

void TestReferenceListModel::cleanup()
{
    m_temp.reset();
}

void TestReferenceListModel::listsByName()
{
    ReferenceListModel schools(m_temp->db(), EntityKind::School);
    QAbstractItemModelTester tester(&schools, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(schools.rowCount(), 3);
    // The name with the school number, which the search also finds.
    QCOMPARE(schools.index(0, 0).data().toString(), QStringLiteral("Anne-Frank-Gymnasium (100001)"));
    QCOMPARE(schools.index(0, 0).data(ReferenceListModel::NameRole).toString(), QStringLiteral("Anne-Frank-Gymnasium"));
    QCOMPARE(schools.index(2, 0).data(ReferenceListModel::RecordIdRole).toLongLong(), 3);
    QCOMPARE(schools.nameOf(2), QStringLiteral("Grundschule Nord"));
    // A name that is its own key stands alone.
    ReferenceListModel authorities(m_temp->db(), EntityKind::Authority);
    QCOMPARE(authorities.index(0, 0).data().toString(), QStringLiteral("Kreis Coesfeld"));
}

void TestReferenceListModel::noneRowAndRestriction()
{
    ReferenceListModel schools(m_temp->db(), EntityKind::School);
    QAbstractItemModelTester tester(&schools, QAbstractItemModelTester::FailureReportingMode::QtTest);
    schools.setNoneText(QStringLiteral("Alle"));
    QCOMPARE(schools.rowCount(), 4);
    QCOMPARE(schools.index(0, 0).data().toString(), QStringLiteral("Alle"));
    QVERIFY(schools.index(0, 0).data(ReferenceListModel::RecordIdRole).isNull());
    QCOMPARE(schools.rowOfId(1), 1);
    schools.setRestriction(QStringLiteral("authority_id"), 2);
    QCOMPARE(schools.rowCount(), 3);
    QCOMPARE(schools.index(1, 0).data(ReferenceListModel::NameRole).toString(), QStringLiteral("Grundschule Nord"));
    QCOMPARE(schools.rowOfId(1), -1);
    schools.setRestriction(QStringLiteral("authority_id"), QVariant());
    QCOMPARE(schools.rowCount(), 4);
}

void TestReferenceListModel::findsByText()
{
    ReferenceListModel schools(m_temp->db(), EntityKind::School);
    QCOMPARE(schools.idForText(QStringLiteral("Realschule Süd (100003)")), std::optional<qint64>(3));
    QCOMPARE(schools.idForText(QStringLiteral("realschule süd")), std::optional<qint64>(3));
    QCOMPARE(schools.idForText(QStringLiteral("100002")), std::optional<qint64>(2));
    QCOMPARE(schools.idForText(QStringLiteral("Realschule")), std::nullopt);
    QCOMPARE(schools.idForText(QString()), std::nullopt);
    // Two schools of one name: only the number decides.
    RecordStore store(m_temp->db());
    QVERIFY(store.insert(EntityCatalog::spec(EntityKind::School),
                         {{QStringLiteral("school_number"), QStringLiteral("100004")}, {QStringLiteral("name"), QStringLiteral("Grundschule Nord")},
                          {QStringLiteral("school_type"), QStringLiteral("02")}, {QStringLiteral("authority_id"), 1}}).ok());
    QCOMPARE(schools.idForText(QStringLiteral("Grundschule Nord")), std::nullopt);
    QCOMPARE(schools.idForText(QStringLiteral("Grundschule Nord (100004)")), std::optional<qint64>(4));
}

void TestReferenceListModel::followsChanges()
{
    ReferenceListModel programs(m_temp->db(), EntityKind::FundingProgram);
    QAbstractItemModelTester tester(&programs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(programs.rowCount(), 1);
    RecordStore store(m_temp->db());
    QVERIFY(store.insert(EntityCatalog::spec(EntityKind::FundingProgram),
                         {{QStringLiteral("name"), QStringLiteral("Administration")}, {QStringLiteral("funder"), QStringLiteral("federal")}}).ok());
    QCOMPARE(programs.rowCount(), 2);
    QCOMPARE(programs.index(0, 0).data().toString(), QStringLiteral("Administration"));
}

QTEST_MAIN(TestReferenceListModel)
#include "tst_referencelistmodel.moc"
