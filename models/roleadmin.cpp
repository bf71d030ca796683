// SPDX-License-Identifier: EUPL-1.2
#include "roleadmin.h"

#include "accessrights.h"
#include "database.h"
#include "schemacatalog.h"
#include "sqlerrors.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlQuery>

// Role and table names cannot be bound parameters in GRANT, POLICY or TRIGGER statements:
// table names come from the server's own catalogue and user names are quoted by the server
// (quote_ident) after checking that the role exists.

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RoleAdmin", text);
}

const QString kAll = QStringLiteral("schulit_county_office, schulit_coordinator, schulit_committee");
const QString kWriters = QStringLiteral("schulit_county_office, schulit_coordinator");

// Tables with their own rules rather than the ownership rule.
const QString kSchemaVersion = QStringLiteral("schema_version");
const QString kAuditLog = QStringLiteral("audit_log");
const QString kUserAuthority = QStringLiteral("user_authority");

// A concurrent init-roles on another database of the same server may create a role at the
// same moment; the loser sees unique_violation instead of duplicate_object.
QString createRoleStatement(const QString &role)
{
    return QStringLiteral(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; END IF; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; "
        "END $$").arg(role);
}

QStringList functionStatements()
{
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION schulit_my_authority() RETURNS BIGINT LANGUAGE sql STABLE AS "
                       "'SELECT authority_id FROM user_authority WHERE user_name = current_user'"),
        QStringLiteral("CREATE OR REPLACE FUNCTION schulit_school_authority(BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS "
                       "'SELECT authority_id FROM school WHERE id = $1'"),
        QStringLiteral("CREATE OR REPLACE FUNCTION schulit_contract_authority(BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS "
                       "'SELECT authority_id FROM support_contract WHERE id = $1'"),
        // The same ownership rule as AccessRights::ownershipColumn, applied to the old row.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION schulit_guard_authority() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "DECLARE\n"
            "    old_row jsonb := to_jsonb(OLD);\n"
            "    owner BIGINT;\n"
            "BEGIN\n"
            "    IF pg_has_role('schulit_county_office', 'MEMBER') OR NOT pg_has_role('schulit_coordinator', 'MEMBER') THEN\n"
            "        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
            "        RETURN NEW;\n"
            "    END IF;\n"
            "    IF old_row->'authority_id' IS NOT NULL THEN owner := (old_row->>'authority_id')::bigint;\n"
            "    ELSIF old_row->'contract_id' IS NOT NULL THEN owner := schulit_contract_authority((old_row->>'contract_id')::bigint);\n"
            "    ELSIF old_row->'school_id' IS NOT NULL THEN owner := schulit_school_authority((old_row->>'school_id')::bigint);\n"
            "    END IF;\n"
            "    IF owner IS NULL OR owner IS DISTINCT FROM schulit_my_authority() THEN\n"
            "        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',\n"
            "            MESSAGE = format('%s may only change records of its own school authority (table %s)', current_user, TG_TABLE_NAME);\n"
            "    END IF;\n"
            "    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
            "    RETURN NEW;\n"
            "END $$"),
    };
}

QString ownerCheck(const QString &ownershipColumn)
{
    if (ownershipColumn == QLatin1String("authority_id"))
        return QStringLiteral("authority_id = schulit_my_authority()");
    if (ownershipColumn == QLatin1String("contract_id"))
        return QStringLiteral("schulit_contract_authority(contract_id) = schulit_my_authority()");
    return QStringLiteral("schulit_school_authority(school_id) = schulit_my_authority()");
}
} // namespace

RoleAdmin::RoleAdmin(Database &database)
    : m_database(database)
{
}

QString RoleAdmin::roleName(Role role)
{
    switch (role) {
    case Role::CountyOffice:
        return QStringLiteral("schulit_county_office");
    case Role::Coordinator:
        return QStringLiteral("schulit_coordinator");
    case Role::Committee:
        return QStringLiteral("schulit_committee");
    }
    return {};
}

QString RoleAdmin::roleCode(Role role)
{
    switch (role) {
    case Role::CountyOffice:
        return QStringLiteral("county-office");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Committee:
        return QStringLiteral("committee");
    }
    return {};
}

std::optional<RoleAdmin::Role> RoleAdmin::roleFromCode(const QString &code)
{
    for (Role role : {Role::CountyOffice, Role::Coordinator, Role::Committee}) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

DatabaseError RoleAdmin::run(const QString &sql, const QString &what)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(sql)) {
        DatabaseError error = SqlErrors::fromSqlError(query.lastError(), what);
        error.detail += QStringLiteral("\n") + sql;
        return error;
    }
    return {};
}

QString RoleAdmin::quotedIdentifier(const QString &name, DatabaseError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT quote_ident(?)"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        *error = SqlErrors::fromSqlError(query.lastError(), tr("Setting up the roles"));
        return {};
    }
    return query.value(0).toString();
}

DatabaseError RoleAdmin::initRoles(QStringList *summary)
{
    if (m_database.engine() != Database::Engine::PostgreSQL)
        return DatabaseError::make(DatabaseError::Kind::Validation,
            tr("Roles exist only in a shared PostgreSQL database; a SQLite file is protected by "
               "the file permissions of its folder."));
    const QString what = tr("Setting up the roles");
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return SqlErrors::fromSqlError(m_database.connection().lastError(), what);

    // "policy ... does not exist, skipping" and the like would only fill the console.
    DatabaseError error = run(QStringLiteral("SET LOCAL client_min_messages = warning"), what);
    if (error)
        return error;
    for (Role role : {Role::CountyOffice, Role::Coordinator, Role::Committee}) {
        if ((error = run(createRoleStatement(roleName(role)), what)))
            return error;
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT quote_ident(current_database())")) || !query.next())
        return SqlErrors::fromSqlError(query.lastError(), what);
    const QString databaseName = query.value(0).toString();
    QStringList statements{
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(databaseName, kAll),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(kAll),
    };
    statements << functionStatements();
    for (const QString &statement : statements) {
        if ((error = run(statement, what)))
            return error;
    }

    QList<QPair<QString, QString>> tables; // name, quoted name
    if (!query.exec(QStringLiteral("SELECT table_name, quote_ident(table_name) FROM information_schema.tables "
                                   "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")))
        return SqlErrors::fromSqlError(query.lastError(), what);
    bool hasSchema = false;
    while (query.next()) {
        tables.append({query.value(0).toString(), query.value(1).toString()});
        hasSchema = hasSchema || tables.last().first == kUserAuthority;
    }
    if (!hasSchema)
        return DatabaseError::make(DatabaseError::Kind::NotADatabase,
            tr("The database has no Schul-IT schema yet. Open it once with this program, then set up the roles."));
    for (const auto &table : tables) {
        if ((error = setUpTable(table.first, table.second, summary)))
            return error;
    }
    if ((error = run(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(kWriters), what)))
        return error;
    if (!transaction.commit())
        return SqlErrors::fromSqlError(m_database.connection().lastError(), what);
    return {};
}

DatabaseError RoleAdmin::setUpTable(const QString &name, const QString &table, QStringList *summary)
{
    const QString what = tr("Setting up the rights on the table %1").arg(name);
    const QString ownership = AccessRights::ownershipColumn(SchemaCatalog::columns(m_database, name));
    // Start from nothing, so running again after a change of the rules leaves no stale right.
    QStringList statements{
        QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(table, kAll),
        QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, kAll),
        QStringLiteral("DROP TRIGGER IF EXISTS schulit_guard_authority ON %1").arg(table),
    };
    for (const QString &policy : {QStringLiteral("schulit_read"), QStringLiteral("schulit_county_office"),
                                  QStringLiteral("schulit_coordinator_insert"), QStringLiteral("schulit_coordinator_update"),
                                  QStringLiteral("schulit_coordinator_delete"), QStringLiteral("schulit_audit_insert")})
        statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(policy, table);

    QString rule;
    if (name == kSchemaVersion) {
        statements << QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(table);
        rule = tr("read by everyone, changed by program updates only");
    } else if (name == kAuditLog) {
        // Everyone who writes adds audit rows, under their own name only; nobody edits them.
        statements << QStringLiteral("GRANT INSERT ON %1 TO %2").arg(table, kWriters)
                   << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("CREATE POLICY schulit_read ON %1 FOR SELECT USING (true)").arg(table)
                   << QStringLiteral("CREATE POLICY schulit_audit_insert ON %1 FOR INSERT WITH CHECK (user_name = current_user)").arg(table);
        rule = tr("read by everyone, new rows under the writer's own name only");
    } else if (ownership.isEmpty() || name == kUserAuthority) {
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO schulit_county_office").arg(table)
                   << QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(table);
        rule = tr("changed by the county office only");
    } else {
        const QString check = ownerCheck(ownership);
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, kWriters)
                   << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("CREATE POLICY schulit_read ON %1 FOR SELECT USING (true)").arg(table)
                   << QStringLiteral("CREATE POLICY schulit_county_office ON %1 FOR ALL TO schulit_county_office "
                                     "USING (true) WITH CHECK (true)").arg(table)
                   << QStringLiteral("CREATE POLICY schulit_coordinator_insert ON %1 FOR INSERT TO schulit_coordinator "
                                     "WITH CHECK (%2)").arg(table, check)
                   << QStringLiteral("CREATE POLICY schulit_coordinator_update ON %1 FOR UPDATE TO schulit_coordinator "
                                     "USING (true) WITH CHECK (%2)").arg(table, check)
                   << QStringLiteral("CREATE POLICY schulit_coordinator_delete ON %1 FOR DELETE TO schulit_coordinator "
                                     "USING (true)").arg(table)
                   << QStringLiteral("CREATE TRIGGER schulit_guard_authority BEFORE UPDATE OR DELETE ON %1 "
                                     "FOR EACH ROW EXECUTE FUNCTION schulit_guard_authority()").arg(table);
        rule = tr("coordinators change the rows of their own authority (by %1)").arg(ownership);
    }
    for (const QString &statement : statements) {
        if (const DatabaseError error = run(statement, what))
            return error;
    }
    if (summary)
        *summary << QStringLiteral("%1: %2").arg(name, rule);
    return {};
}

std::optional<qint64> RoleAdmin::findAuthority(const QString &idOrName) const
{
    QSqlQuery query(m_database.connection());
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    query.prepare(isNumber ? QStringLiteral("SELECT id FROM authority WHERE id = ?")
                           : QStringLiteral("SELECT id FROM authority WHERE name = ?"));
    query.addBindValue(isNumber ? QVariant(id) : QVariant(idOrName));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

DatabaseError RoleAdmin::assign(const QString &user, Role role, std::optional<qint64> authorityId)
{
    if (m_database.engine() != Database::Engine::PostgreSQL)
        return DatabaseError::make(DatabaseError::Kind::Validation,
            tr("Roles exist only in a shared PostgreSQL database."));
    if (role == Role::Coordinator && !authorityId)
        return DatabaseError::make(DatabaseError::Kind::Validation,
            tr("An authority coordinator needs the school authority it works for."));
    const QString what = tr("Giving \"%1\" a role").arg(user);
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return SqlErrors::fromSqlError(m_database.connection().lastError(), what);

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(user);
    if (!query.exec() || !query.next())
        return SqlErrors::fromSqlError(query.lastError(), what);
    if (query.value(0).toInt() == 0)
        return DatabaseError::make(DatabaseError::Kind::NotFound,
            tr("The server knows no user \"%1\". Please create the login first, e.g. with: "
               "createuser --pwprompt %1").arg(user));
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(roleName(role));
    if (!query.exec() || !query.next())
        return SqlErrors::fromSqlError(query.lastError(), what);
    if (query.value(0).toInt() == 0)
        return DatabaseError::make(DatabaseError::Kind::NotFound,
            tr("The Schul-IT roles do not exist yet. Please run: schulit admin init-roles --database URL"));

    DatabaseError error;
    const QString quoted = quotedIdentifier(user, &error);
    if (error)
        return error;
    for (Role other : {Role::CountyOffice, Role::Coordinator, Role::Committee}) {
        if (other == role)
            continue;
        query.prepare(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                     "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND u.rolname = ?"));
        query.addBindValue(roleName(other));
        query.addBindValue(user);
        if (!query.exec() || !query.next())
            return SqlErrors::fromSqlError(query.lastError(), what);
        if (query.value(0).toInt() > 0 && (error = run(QStringLiteral("REVOKE %1 FROM %2").arg(roleName(other), quoted), what)))
            return error;
    }
    if ((error = run(QStringLiteral("GRANT %1 TO %2").arg(roleName(role), quoted), what)))
        return error;

    query.prepare(QStringLiteral("DELETE FROM user_authority WHERE user_name = ?"));
    query.addBindValue(user);
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(), what);
    if (role == Role::Coordinator) {
        query.prepare(QStringLiteral("INSERT INTO user_authority (user_name, authority_id) VALUES (?, ?)"));
        query.addBindValue(user);
        query.addBindValue(*authorityId);
        if (!query.exec())
            return SqlErrors::fromSqlError(query.lastError(), what);
    }
    if (!transaction.commit())
        return SqlErrors::fromSqlError(m_database.connection().lastError(), what);
    return {};
}
