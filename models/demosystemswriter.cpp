// SPDX-License-Identifier: EUPL-1.2
#include "demosystemswriter.h"

#include "entitycatalog.h"
#include "preparedinsert.h"

namespace {
QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
} // namespace

DemoSystemsWriter::DemoSystemsWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

DatabaseError DemoSystemsWriter::write(const DemoSystemsPlanner::Plan &plan, const QList<qint64> &authorityIds,
                                       const QList<qint64> &schoolIds) const
{
    PreparedInsert systems(m_db, EntityCatalog::spec(EntityKind::System),
                           {QStringLiteral("authority_id"), QStringLiteral("school_id"), QStringLiteral("category"),
                            QStringLiteral("product"), QStringLiteral("vendor"), QStringLiteral("version"),
                            QStringLiteral("licence_end"), QStringLiteral("annual_cost_cents"),
                            QStringLiteral("operated_by"), QStringLiteral("notes")});
    if (DatabaseError error = systems.prepare())
        return error;
    for (const DemoSystemsPlanner::System &system : plan.systems) {
        const QVariant school = system.school >= 0 ? QVariant(schoolIds.at(system.school))
                                                   : QVariant(QMetaType::fromType<qlonglong>());
        const QVariant cost = system.annualCostCents >= 0 ? QVariant(system.annualCostCents)
                                                          : QVariant(QMetaType::fromType<qlonglong>());
        const QVariant licenceEnd = system.licenceEnd.isValid() ? QVariant(system.licenceEnd.toString(Qt::ISODate))
                                                                : QVariant(QMetaType::fromType<QString>());
        if (DatabaseError error = systems.insert({authorityIds.at(system.authority), school, system.category,
                                                  system.product, text(system.vendor), text(system.version),
                                                  licenceEnd, cost, system.operatedBy, text(system.notes)}))
            return error;
    }

    PreparedInsert standards(m_db, EntityCatalog::spec(EntityKind::MinimumStandard),
                             {QStringLiteral("name"), QStringLiteral("area"), QStringLiteral("measure"),
                              QStringLiteral("comparison"), QStringLiteral("threshold"),
                              QStringLiteral("school_types"), QStringLiteral("notes")});
    if (DatabaseError error = standards.prepare())
        return error;
    for (const DemoSystemsPlanner::Standard &standard : plan.standards) {
        if (DatabaseError error = standards.insert({standard.name, standard.area, standard.measure,
                                                    standard.comparison, standard.threshold,
                                                    text(standard.schoolTypes), text(standard.notes)}))
            return error;
    }
    return {};
}
