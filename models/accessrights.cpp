// SPDX-License-Identifier: EUPL-1.2
#include "accessrights.h"

#include "database.h"
#include "entityspec.h"
#include "schemacatalog.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccessRights", text);
}

const QLatin1String kAuthorityColumn("authority_id");
const QLatin1String kContractColumn("contract_id");
const QLatin1String kSchoolColumn("school_id");
} // namespace

AccessRights AccessRights::unrestricted()
{
    return AccessRights();
}

AccessRights AccessRights::load(Database &database, DatabaseError *error)
{
    AccessRights rights;
    if (database.engine() != Database::Engine::PostgreSQL)
        return rights;
    const QString what = tr("Reading your rights in the database");
    QSqlQuery query(database.connection());
    // The owner of the tables and a superuser pass every row-level policy.
    if (!query.exec(QStringLiteral(
            "SELECT r.rolsuper OR EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = 'schema_version' "
            "AND c.relnamespace = 'public'::regnamespace AND pg_has_role(current_user, c.relowner, 'USAGE')) "
            "FROM pg_roles r WHERE r.rolname = current_user"))
        || !query.next()) {
        if (error)
            *error = SqlErrors::fromSqlError(query.lastError(), what);
        return rights;
    }
    if (query.value(0).toBool())
        return rights;

    QStringList roles;
    if (!query.exec(QStringLiteral(
            "SELECT rolname FROM pg_roles WHERE rolname IN ('schulit_county_office', 'schulit_coordinator', "
            "'schulit_committee') AND pg_has_role(current_user, oid, 'MEMBER')"))) {
        if (error)
            *error = SqlErrors::fromSqlError(query.lastError(), what);
        return rights;
    }
    while (query.next())
        roles << query.value(0).toString();

    if (roles.contains(QStringLiteral("schulit_county_office"))) {
        rights.m_role = Role::CountyOffice;
    } else if (roles.contains(QStringLiteral("schulit_coordinator"))) {
        rights.m_role = Role::Coordinator;
        if (!query.exec(QStringLiteral("SELECT authority_id FROM user_authority WHERE user_name = current_user"))) {
            if (error)
                *error = SqlErrors::fromSqlError(query.lastError(), what);
        } else if (query.next()) {
            rights.m_authorityId = query.value(0).toLongLong();
        }
    } else if (roles.contains(QStringLiteral("schulit_committee"))) {
        rights.m_role = Role::Committee;
    } else {
        rights.m_role = Role::None;
    }
    return rights;
}

QString AccessRights::roleLabel() const
{
    switch (m_role) {
    case Role::Unrestricted:
        return tr("Full access");
    case Role::CountyOffice:
        return tr("County office");
    case Role::Coordinator:
        return m_authorityId ? tr("Authority coordinator") : tr("Authority coordinator without an authority");
    case Role::Committee:
        return tr("Committee member (read only)");
    case Role::None:
        return tr("No Schul-IT role (read only)");
    }
    return {};
}

QString AccessRights::ownershipColumn(const QStringList &columns)
{
    for (const QLatin1String column : {kAuthorityColumn, kContractColumn, kSchoolColumn}) {
        if (columns.contains(column))
            return column;
    }
    return {};
}

QString AccessRights::ownerAuthoritySql(const QString &ownershipColumn, const QString &alias)
{
    if (ownershipColumn == kAuthorityColumn)
        return alias + QStringLiteral(".authority_id");
    if (ownershipColumn == kContractColumn)
        return QStringLiteral("(SELECT c.authority_id FROM support_contract c WHERE c.id = %1.contract_id)").arg(alias);
    if (ownershipColumn == kSchoolColumn)
        return QStringLiteral("(SELECT s.authority_id FROM school s WHERE s.id = %1.school_id)").arg(alias);
    return {};
}

bool AccessRights::canWriteTable(Database &database, const QString &table) const
{
    switch (m_role) {
    case Role::Unrestricted:
    case Role::CountyOffice:
        return true;
    case Role::Committee:
    case Role::None:
        return false;
    case Role::Coordinator:
        return m_authorityId && !ownershipColumn(SchemaCatalog::columns(database, table)).isEmpty();
    }
    return false;
}

bool AccessRights::canWriteRow(Database &database, const QString &table, const QVariantMap &row) const
{
    if (m_role != Role::Coordinator)
        return canWriteTable(database, table);
    if (!m_authorityId)
        return false;
    const QString column = ownershipColumn(SchemaCatalog::columns(database, table));
    const QVariant value = row.value(column);
    if (column.isEmpty() || value.isNull())
        return false;
    if (column == kAuthorityColumn)
        return value.toLongLong() == *m_authorityId;
    QSqlQuery query(database.connection());
    query.prepare(column == kContractColumn
                      ? QStringLiteral("SELECT authority_id FROM support_contract WHERE id = ?")
                      : QStringLiteral("SELECT authority_id FROM school WHERE id = ?"));
    query.addBindValue(value.toLongLong());
    return query.exec() && query.next() && query.value(0).toLongLong() == *m_authorityId;
}

bool AccessRights::canWriteRow(Database &database, const EntitySpec &entity, const QVariantMap &row) const
{
    return canWriteRow(database, entity.table, row);
}
