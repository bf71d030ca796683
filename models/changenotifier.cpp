// SPDX-License-Identifier: EUPL-1.2
#include "changenotifier.h"

#include <QStringList>

#include <algorithm>

void ChangeNotifier::notifyChanged(const QString &table)
{
    if (m_holdDepth > 0) {
        m_pending.insert(table);
        return;
    }
    emit tableChanged(table);
}

void ChangeNotifier::holdBack()
{
    ++m_holdDepth;
}

void ChangeNotifier::release(bool announce)
{
    if (m_holdDepth == 0)
        return;
    if (--m_holdDepth > 0)
        return;
    QStringList tables(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    std::sort(tables.begin(), tables.end());
    if (!announce)
        return;
    for (const QString &table : tables)
        emit tableChanged(table);
}
