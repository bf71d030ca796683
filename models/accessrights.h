// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class Database;
struct EntitySpec;

// What the signed-in user may change, as the PostgreSQL server will enforce it (see
// RoleAdmin): screens use it to show rows read-only before a save is refused. On SQLite
// everybody may change everything.
class AccessRights
{
public:
    enum class Role {
        Unrestricted, // SQLite, the owner of the tables, a superuser
        CountyOffice, // reads and writes everything
        Coordinator,  // writes the rows of its own school authority
        Committee,    // reads only
        None,         // a database user without a Schul-IT role: reads at most
    };

    static AccessRights load(Database &database, DatabaseError *error = nullptr);
    static AccessRights unrestricted();

    Role role() const { return m_role; }
    // The authority a coordinator writes for; empty for other roles or an unassigned coordinator.
    std::optional<qint64> authorityId() const { return m_authorityId; }
    QString roleLabel() const; // translated, e.g. for the status bar

    bool canWriteTable(Database &database, const QString &table) const;
    // Whether a record of the table with these values (at least the ownership column) may be
    // changed; the school or contract a row belongs to is looked up in the database.
    bool canWriteRow(Database &database, const QString &table, const QVariantMap &row) const;
    bool canWriteRow(Database &database, const EntitySpec &entity, const QVariantMap &row) const;

    // The column that ties a table's rows to a school authority: authority_id, else
    // contract_id (via the contract), else school_id (via the school); empty when the table
    // belongs to the county office alone. The same rule runs on the server.
    static QString ownershipColumn(const QStringList &columns);
    // An SQL expression giving the owning authority of a row of `table` (referred to by
    // `alias`), for a table model that wants an "editable" column; empty when no authority owns it.
    static QString ownerAuthoritySql(const QString &ownershipColumn, const QString &alias);

private:
    Role m_role = Role::Unrestricted;
    std::optional<qint64> m_authorityId;
};
