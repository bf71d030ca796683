// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>
#include <QToolButton>

class QListWidget;

// A button that opens a list with check boxes: choose one, several or none (= all) of a
// few dozen entries without a dialog. The button text sums up the choice.
class CheckListButton : public QToolButton
{
    Q_OBJECT
public:
    // allText: what the button says when nothing is checked ("All school authorities").
    CheckListButton(const QString &allText, QWidget *parent = nullptr);

    // Replaces the entries, keeping the checks of keys that remain.
    void setEntries(const QList<QPair<QString, QString>> &keysAndLabels);
    QStringList checkedKeys() const;
    void setCheckedKeys(const QStringList &keys);
    int count() const;

signals:
    void checkedKeysChanged(const QStringList &keys);

private:
    void updateText();

    QString m_allText;
    QListWidget *m_list = nullptr;
    bool m_updating = false;
};
