// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Sets up who may do what in a shared PostgreSQL database, enforced by the server:
// - schulit_county_office reads and writes everything;
// - schulit_coordinator reads everything and writes only the rows of its own school
//   authority (table user_authority): every table with an authority_id, contract_id or
//   school_id column (schools, devices, contracts, allocations, measures, systems, ...);
// - schulit_committee reads only.
// Row-level policies check the new row of an INSERT or UPDATE; a trigger checks the old
// row of an UPDATE or DELETE, because a policy would silently skip a foreign row instead
// of refusing it. Both refuse with SQLSTATE 42501, which the program shows as a sentence.
class RoleAdmin
{
public:
    enum class Role { CountyOffice, Coordinator, Committee };

    explicit RoleAdmin(Database &database);

    static QString roleName(Role role); // the PostgreSQL group role
    static QString roleCode(Role role); // the word on the command line
    static std::optional<Role> roleFromCode(const QString &code);

    // Creates or refreshes roles, grants, policies and triggers in one transaction; safe to
    // run again (after every program update that adds tables). Needs a superuser or the
    // owner of the tables with CREATEROLE. Fills *summary with one line per table.
    DatabaseError initRoles(QStringList *summary = nullptr);

    // Gives an existing login role exactly one Schul-IT role; a coordinator also gets the
    // authority it writes for.
    DatabaseError assign(const QString &user, Role role, std::optional<qint64> authorityId = std::nullopt);

    // The id of an authority given by id or by name.
    std::optional<qint64> findAuthority(const QString &idOrName) const;

private:
    DatabaseError run(const QString &sql, const QString &what);
    DatabaseError setUpTable(const QString &name, const QString &quotedName, QStringList *summary);
    QString quotedIdentifier(const QString &name, DatabaseError *error);

    Database &m_database;
};
