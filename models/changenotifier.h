// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

// Tells models, charts and the dashboard that records of a table changed, once the change
// is committed, so every screen follows an edit without polling. One per open database.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Called by writers; inside a batch the tables are collected and announced on commit.
    void notifyChanged(const QString &table);
    void holdBack();
    void release(bool announce);

signals:
    void tableChanged(const QString &table);

private:
    int m_holdDepth = 0;
    QSet<QString> m_pending;
};
