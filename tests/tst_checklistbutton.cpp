// SPDX-License-Identifier: EUPL-1.2
// The filter button with a list of choices to tick.
#include "checklistbutton.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

class TestCheckListButton : public QObject
{
    Q_OBJECT

private slots:
    void clickOnTheNameTicksTheEntry()
    {
        CheckListButton button(QStringLiteral("Alle"));
        button.setEntries({{QStringLiteral("1"), QStringLiteral("Gemeinde Ascheberg")},
                           {QStringLiteral("2"), QStringLiteral("Stadt Dülmen")}});
        auto *list = button.findChild<QListWidget *>();
        QVERIFY(list);
        // The list lives in the button's popup; shown on its own here so that it can be clicked.
        list->setParent(nullptr);
        list->show();
        QVERIFY(QTest::qWaitForWindowExposed(list));
        QSignalSpy changed(&button, &CheckListButton::checkedKeysChanged);
        const QRect second = list->visualItemRect(list->item(1));
        // On the name, far right of the box.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(second.right() - 10, second.center().y()));
        QCOMPARE(button.checkedKeys(), QStringList{QStringLiteral("2")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(button.text(), QStringLiteral("Stadt Dülmen"));
        // Again: unticked.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(second.right() - 10, second.center().y()));
        QVERIFY(button.checkedKeys().isEmpty());
        delete list;
    }
};

QTEST_MAIN(TestCheckListButton)
#include "tst_checklistbutton.moc"
