// SPDX-License-Identifier: EUPL-1.2
#include "nrwauthorityplanner.h"

#include "entitycatalog.h"
#include "importwriter.h"
#include "nrwschoollist.h"
#include "referenceresolver.h"

#include <QHash>

NrwAuthorityPlanner::NrwAuthorityPlanner(ReferenceResolver &references)
    : m_references(references)
{
}

void NrwAuthorityPlanner::ensure(const QString &traegerNumber, const QString &town)
{
    if (traegerNumber.isEmpty()
        || m_references.findBySecondKey(EntityKind::Authority, traegerNumber).match != ReferenceResolver::Match::NotFound)
        return;
    const QString base = NrwSchoolList::reviewAuthorityName(traegerNumber, town);
    QString name = base;
    for (int n = 2; m_references.find(EntityKind::Authority, name).match != ReferenceResolver::Match::NotFound; ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    const qint64 id = -(m_planned.size() + 1);
    m_references.addRecord(EntityKind::Authority, id, name, traegerNumber);
    m_planned.append({id, name, traegerNumber});
}

DatabaseError NrwAuthorityPlanner::write(ImportWriter &writer, QList<ImportRow> &rows, int authorityField,
                                         const QDate &today, qint64 *created)
{
    *created = 0;
    if (m_planned.isEmpty())
        return {};
    QHash<qint64, qint64> realIds;
    for (const ImportRow &row : std::as_const(rows)) {
        const qint64 id = row.values.at(authorityField).toLongLong();
        if (id < 0)
            realIds.insert(id, 0);
    }
    const EntitySpec &authority = EntityCatalog::spec(EntityKind::Authority);
    for (const Planned &planned : std::as_const(m_planned)) {
        if (!realIds.contains(planned.id))
            continue;
        QList<QVariant> values(authority.fields.size());
        values[authority.fieldIndex(QStringLiteral("name"))] = planned.name;
        values[authority.fieldIndex(QStringLiteral("kind"))] = QStringLiteral("other");
        values[authority.fieldIndex(QStringLiteral("traeger_number"))] = planned.traegerNumber;
        values[authority.fieldIndex(QStringLiteral("contact"))] = NrwSchoolList::reviewNote(today);
        values[authority.fieldIndex(QStringLiteral("cooperation_phase"))] = QStringLiteral("not_yet");
        qint64 id = 0;
        if (DatabaseError error = writer.insert(authority, values, &id))
            return error;
        realIds.insert(planned.id, id);
        ++*created;
    }
    for (ImportRow &row : rows) {
        const qint64 id = row.values.at(authorityField).toLongLong();
        if (id < 0)
            row.values[authorityField] = realIds.value(id);
    }
    return {};
}
