// SPDX-License-Identifier: EUPL-1.2
// Numbers in the detail form read as the table shows them: "4,5" and "10 %".
#include "entitycatalog.h"
#include "numberdelegate.h"
#include "testsupport.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>

class TestNumberDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }

    void noTrailingZeros_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("IT staff 4.5") << QStringLiteral("it_staff_fte") << 4.5 << QStringLiteral("4,5");
        QTest::newRow("IT staff 4") << QStringLiteral("it_staff_fte") << 4.0 << QStringLiteral("4");
        QTest::newRow("IT staff 0.25") << QStringLiteral("it_staff_fte") << 0.25 << QStringLiteral("0,25");
        QTest::newRow("own share 10 %") << QStringLiteral("own_share_percent") << 10.0 << QStringLiteral("10 %");
        QTest::newRow("own share 12.5 %") << QStringLiteral("own_share_percent") << 12.5 << QStringLiteral("12,5 %");
    }

    void noTrailingZeros()
    {
        QFETCH(QString, column);
        QFETCH(double, value);
        QFETCH(QString, text);
        const FieldSpec *field = nullptr;
        for (const EntitySpec &entity : EntityCatalog::all()) {
            if (!field)
                field = entity.field(column);
        }
        QVERIFY(field);
        NumberDelegate delegate(*field);
        std::unique_ptr<QWidget> editor(delegate.createFieldEditor(nullptr));
        auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get());
        QVERIFY(spin);
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), value, Qt::EditRole);
        delegate.setEditorData(spin, model.index(0, 0));
        QCOMPARE(spin->findChild<QLineEdit *>()->text(), text);
        // What is shown reads back as the same value.
        delegate.setModelData(spin, &model, model.index(0, 0));
        QCOMPARE(model.index(0, 0).data(Qt::EditRole).toDouble(), value);
    }
};

QTEST_MAIN(TestNumberDelegate)
#include "tst_numberdelegate.moc"
