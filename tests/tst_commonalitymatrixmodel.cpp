// SPDX-License-Identifier: EUPL-1.2
#include "commonalitymatrixmodel.h"
#include "statisticsservice.h"
#include "systemsfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestCommonalityMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void cellsAndHeaders();
    void emptyMatrix();
};

void TestCommonalityMatrixModel::cellsAndHeaders()
{
    TestSupport::TempDatabase temp;
    QVERIFY(SystemsFixture::load(temp.db()));
    StatisticsService service(temp.db(), StatisticsSettings(), SystemsFixture::referenceDay());
    SystemsCommonality::Matrix matrix;
    QVERIFY(!SystemsCommonality::matrix(service, {}, matrix));
    CommonalityMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(matrix);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 12);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Gemeinde Havixbeck"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Mobile device management"));
    const QModelIndex county = model.index(2, 3); // Kreis Coesfeld, school server
    QCOMPARE(county.data().toString(), QStringLiteral("IServ"));
    QCOMPARE(county.data(CommonalityMatrixModel::CategoryRole).toString(), QStringLiteral("school_server"));
    QCOMPARE(county.data(CommonalityMatrixModel::ProductKeysRole).toStringList(), QStringList{"iserv"});
    QCOMPARE(county.data(CommonalityMatrixModel::AuthorityIdRole).toLongLong(), 1);
    // IServ runs at three authorities: tinted, and said so in the tooltip.
    QCOMPARE(county.data(CommonalityMatrixModel::SharingRole).toInt(), 3);
    QVERIFY(county.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(county.data(Qt::ToolTipRole).toString().contains(QStringLiteral("IServ: run by 3 school authority(ies)")));
    const QModelIndex logineo = model.index(0, 4); // Havixbeck's learning platform, theirs alone
    QCOMPARE(logineo.data(CommonalityMatrixModel::SharingRole).toInt(), 1);
    QVERIFY(!logineo.data(Qt::BackgroundRole).isValid());
    const QModelIndex none = model.index(1, 2); // Nottuln has no MDM
    QCOMPARE(none.data().toString(), QStringLiteral("–"));
    QVERIFY(none.data(CommonalityMatrixModel::ProductNamesRole).toStringList().isEmpty());
    QVERIFY(none.data(Qt::ToolTipRole).toString().contains(QStringLiteral("nothing recorded")));
}

void TestCommonalityMatrixModel::emptyMatrix()
{
    CommonalityMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestCommonalityMatrixModel)
#include "tst_commonalitymatrixmodel.moc"
