// SPDX-License-Identifier: EUPL-1.2
#include "checklistbutton.h"
#include "entitycatalog.h"
#include "enumlistdelegate.h"

#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QtTest>

class TestEnumListDelegate : public QObject
{
    Q_OBJECT

private slots:
    void editsTheSchoolTypesOfAStandard();
};

void TestEnumListDelegate::editsTheSchoolTypesOfAStandard()
{
    const FieldSpec &field = *EntityCatalog::spec(EntityKind::MinimumStandard).field(QStringLiteral("school_types"));
    EnumListDelegate delegate(field);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("02,20"), Qt::EditRole);
    QWidget parent;
    QWidget *editor = delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, 0));
    auto *button = qobject_cast<CheckListButton *>(editor);
    QVERIFY(button);
    QCOMPARE(button->count(), EnumCatalog::codes(EnumKind::SchoolType).size());

    QSignalSpy committed(&delegate, &QAbstractItemDelegate::commitData);
    delegate.setEditorData(editor, model.index(0, 0));
    QCOMPARE(button->checkedKeys(), (QStringList{"02", "20"}));
    QCOMPARE(committed.count(), 0); // showing the value is no change

    button->setCheckedKeys({QStringLiteral("30"), QStringLiteral("02")});
    QCOMPARE(committed.count(), 1);
    delegate.setModelData(editor, &model, model.index(0, 0));
    QCOMPARE(model.data(model.index(0, 0), Qt::EditRole).toString(), QStringLiteral("02,30"));

    // Nothing checked: the standard applies to every school type.
    button->setCheckedKeys({});
    delegate.setModelData(editor, &model, model.index(0, 0));
    QVERIFY(model.data(model.index(0, 0), Qt::EditRole).isNull());
}

QTEST_MAIN(TestEnumListDelegate)
#include "tst_enumlistdelegate.moc"
