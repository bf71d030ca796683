// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "demosystemsplanner.h"

#include <QList>
#include <QSqlDatabase>

// Writes the demo county's systems and minimum standards inside the demo generator's
// transaction, with the ids the county's authorities and schools received.
class DemoSystemsWriter
{
public:
    explicit DemoSystemsWriter(QSqlDatabase db);

    DatabaseError write(const DemoSystemsPlanner::Plan &plan, const QList<qint64> &authorityIds,
                        const QList<qint64> &schoolIds) const;

private:
    QSqlDatabase m_db;
};
