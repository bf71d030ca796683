// SPDX-License-Identifier: EUPL-1.2
#include "recordstore.h"

#include "auditlog.h"
#include "changenotifier.h"
#include "entitycatalog.h"
#include "recordvalidator.h"
#include "sqlerrors.h"
#include "transaction.h"

#include <QCoreApplication>

#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordStore", text);
}

// Brings a value into the form the column stores; empty input becomes NULL.
QVariant storageValue(const FieldSpec &field, const QVariant &value)
{
    if (RecordValidator::isEmpty(value))
        return QVariant();
    switch (field.kind) {
    case FieldKind::Bool: {
        const QString text = value.toString();
        return (text == QLatin1String("1") || text == QLatin1String("true")) ? 1 : 0;
    }
    case FieldKind::Integer:
    case FieldKind::Money:
    case FieldKind::ForeignKey: {
        // Text that is no whole number stays as typed, so validation names it instead of
        // it silently becoming 0.
        bool ok = false;
        const qlonglong whole = value.toLongLong(&ok);
        if (ok)
            return whole;
        const double number = value.toDouble(&ok);
        if (ok && std::isfinite(number) && number == std::trunc(number))
            return static_cast<qlonglong>(number);
        return value;
    }
    case FieldKind::Decimal:
    case FieldKind::Percent: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? QVariant(number) : value;
    }
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::Enum:
        return value.toString().trimmed();
    case FieldKind::EnumList: {
        // Stored in the catalogue's order without duplicates; unknown entries stay as
        // written so validation can name them.
        QStringList unknown;
        const QString list = EnumCatalog::normalizedList(*field.enumKind, value.toString(), &unknown);
        return unknown.isEmpty() ? (list.isEmpty() ? QVariant() : QVariant(list)) : QVariant(value.toString().trimmed());
    }
    }
    return value;
}

QVariantMap storageValues(const EntitySpec &entity, const QVariantMap &values)
{
    QVariantMap result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldSpec *field = entity.field(it.key());
        if (field)
            result.insert(it.key(), storageValue(*field, it.value()));
    }
    return result;
}

QStringList columnsOf(const EntitySpec &entity)
{
    QStringList columns;
    for (const FieldSpec &field : entity.fields)
        columns << field.column;
    return columns;
}
} // namespace

QString RecordStore::Result::message() const
{
    if (error)
        return error.message;
    QStringList messages;
    for (const FieldError &fieldError : fieldErrors)
        messages << fieldError.message;
    return messages.join(QLatin1Char(' '));
}

RecordStore::RecordStore(Database &database)
    : m_database(database)
{
}

RecordStore::~RecordStore() = default;

bool RecordStore::inBatch() const
{
    return m_batch && m_batch->isActive();
}

DatabaseError RecordStore::beginBatch()
{
    m_batch = std::make_unique<Transaction>(m_database.connection());
    m_database.notifier()->holdBack();
    if (!m_batch->isActive()) {
        m_database.notifier()->release(false);
        const QSqlError sqlError = m_database.connection().lastError();
        m_batch.reset();
        return SqlErrors::fromSqlError(sqlError, tr("Starting the change"));
    }
    return {};
}

DatabaseError RecordStore::commitBatch()
{
    if (!m_batch)
        return {};
    const bool committed = m_batch->commit();
    m_batch.reset();
    m_database.notifier()->release(committed);
    if (!committed)
        return SqlErrors::fromSqlError(m_database.connection().lastError(), tr("Saving the change"));
    return {};
}

void RecordStore::rollbackBatch()
{
    if (!m_batch)
        return;
    m_batch.reset();
    m_database.notifier()->release(false);
}

template <typename Write>
RecordStore::Result RecordStore::inTransaction(Write write)
{
    if (inBatch())
        return write();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Result{SqlErrors::fromSqlError(m_database.connection().lastError(), tr("Starting the change")), {}, 0};
    // Screens hear of the change only once it is committed.
    ChangeNotifier *notifier = m_database.notifier();
    notifier->holdBack();
    Result result = write();
    if (!result.ok()) {
        notifier->release(false);
        return result;
    }
    const bool committed = transaction.commit();
    notifier->release(committed);
    if (!committed)
        result.error = SqlErrors::fromSqlError(m_database.connection().lastError(), tr("Saving the change"));
    return result;
}

RecordStore::Result RecordStore::insert(const EntitySpec &entity, const QVariantMap &values)
{
    return inTransaction([&] { return insertRow(entity, std::nullopt, values); });
}

RecordStore::Result RecordStore::insertWithId(const EntitySpec &entity, qint64 id, const QVariantMap &values)
{
    return inTransaction([&] { return insertRow(entity, id, values); });
}

RecordStore::Result RecordStore::update(const EntitySpec &entity, qint64 id, const QVariantMap &changes,
                                        std::optional<int> expectedVersion)
{
    return inTransaction([&] { return updateRow(entity, id, changes, expectedVersion); });
}

RecordStore::Result RecordStore::remove(const EntitySpec &entity, qint64 id)
{
    return inTransaction([&] { return removeRow(entity, id); });
}

RecordStore::Result RecordStore::insertRow(const EntitySpec &entity, std::optional<qint64> id,
                                           const QVariantMap &input)
{
    const QVariantMap values = storageValues(entity, input);
    RecordValidator validator(m_database.connection());
    Result result;
    result.fieldErrors = validator.validate(entity, values, id);
    if (!result.fieldErrors.isEmpty())
        return result;

    QStringList columns;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isNull())
            columns << it.key();
    }
    if (id)
        columns.prepend(QStringLiteral("id"));
    QStringList placeholders;
    for (int i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");

    const QString what = tr("Saving the new record");
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(entity.table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    const bool returning = m_database.engine() == Database::Engine::PostgreSQL;
    if (returning)
        sql += QStringLiteral(" RETURNING id");
    if (!query.prepare(sql))
        return Result{SqlErrors::fromSqlError(query.lastError(), what), {}, 0};
    for (const QString &column : columns)
        query.addBindValue(column == QLatin1String("id") ? QVariant(*id) : values.value(column));
    if (!query.exec())
        return Result{SqlErrors::fromSqlError(query.lastError(), what), {}, 0};
    if (returning && query.next())
        result.id = query.value(0).toLongLong();
    else
        result.id = id ? *id : query.lastInsertId().toLongLong();

    AuditLog audit(m_database.connection(), m_database.userName());
    result.error = audit.recordInsert(entity.table, result.id, values);
    m_database.notifier()->notifyChanged(entity.table);
    return result;
}

RecordStore::Result RecordStore::updateRow(const EntitySpec &entity, qint64 id, const QVariantMap &input,
                                           std::optional<int> expectedVersion)
{
    const std::optional<QVariantMap> before = load(entity, id);
    if (!before)
        return Result{DatabaseError::make(DatabaseError::Kind::NotFound,
                          tr("The record was deleted in the meantime.")), {}, id};
    const QVariantMap changes = storageValues(entity, input);
    QVariantMap after = *before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        after.insert(it.key(), it.value());

    RecordValidator validator(m_database.connection());
    Result result;
    result.id = id;
    result.fieldErrors = validator.validate(entity, after, id);
    if (!result.fieldErrors.isEmpty())
        return result;

    QStringList assignments;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        assignments << it.key() + QStringLiteral(" = ?");
    assignments << QStringLiteral("row_version = row_version + 1");
    QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, assignments.join(QStringLiteral(", ")));
    if (expectedVersion)
        sql += QStringLiteral(" AND row_version = ?");

    const QString what = tr("Saving the change");
    QSqlQuery query(m_database.connection());
    if (!query.prepare(sql))
        return Result{SqlErrors::fromSqlError(query.lastError(), what), {}, id};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        query.addBindValue(it.value());
    query.addBindValue(id);
    if (expectedVersion)
        query.addBindValue(*expectedVersion);
    if (!query.exec())
        return Result{SqlErrors::fromSqlError(query.lastError(), what), {}, id};
    if (query.numRowsAffected() == 0)
        return Result{DatabaseError::make(DatabaseError::Kind::Conflict,
                          tr("Someone else changed this record after you opened it.")), {}, id};

    AuditLog audit(m_database.connection(), m_database.userName());
    result.error = audit.recordUpdate(entity.table, id, *before, changes);
    m_database.notifier()->notifyChanged(entity.table);
    return result;
}

RecordStore::Result RecordStore::removeRow(const EntitySpec &entity, qint64 id)
{
    const std::optional<QVariantMap> before = load(entity, id);
    if (!before)
        return Result{DatabaseError::make(DatabaseError::Kind::NotFound,
                          tr("The record was deleted in the meantime.")), {}, id};
    const QString blocker = deleteBlocker(entity, id);
    if (!blocker.isEmpty())
        return Result{DatabaseError::make(DatabaseError::Kind::InUse, blocker), {}, id};

    const QString what = tr("Deleting the record");
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity.table));
    query.addBindValue(id);
    if (!query.exec())
        return Result{SqlErrors::fromSqlError(query.lastError(), what), {}, id};

    AuditLog audit(m_database.connection(), m_database.userName());
    m_database.notifier()->notifyChanged(entity.table);
    return Result{audit.recordDelete(entity.table, id, *before), {}, id};
}

std::optional<QVariantMap> RecordStore::load(const EntitySpec &entity, qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, row_version FROM %2 WHERE id = ?")
                      .arg(columnsOf(entity).join(QStringLiteral(", ")), entity.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QVariantMap values;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        values.insert(record.fieldName(i), query.value(i));
    return values;
}

QString RecordStore::displayName(const EntitySpec &entity, qint64 id) const
{
    if (entity.displayExpression.isEmpty())
        return QString::number(id);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(entity.displayExpression, entity.table));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString::number(id);
}

QString RecordStore::deleteBlocker(const EntitySpec &entity, qint64 id) const
{
    QStringList references;
    const QLocale locale;
    for (const EntitySpec &other : EntityCatalog::all()) {
        for (const FieldSpec &field : other.fields) {
            if (field.kind != FieldKind::ForeignKey || field.reference != entity.kind)
                continue;
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(other.table, field.column));
            query.addBindValue(id);
            if (query.exec() && query.next() && query.value(0).toLongLong() > 0)
                references << QStringLiteral("%1 %2").arg(locale.toString(query.value(0).toLongLong()),
                                                         query.value(0).toLongLong() == 1 ? other.singular() : other.plural());
        }
    }
    if (entity.kind == EntityKind::School) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM contract_school WHERE school_id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next() && query.value(0).toLongLong() > 0) {
            const EntitySpec &contracts = EntityCatalog::spec(EntityKind::SupportContract);
            references << QStringLiteral("%1 %2").arg(locale.toString(query.value(0).toLongLong()),
                                                     query.value(0).toLongLong() == 1 ? contracts.singular() : contracts.plural());
        }
    }
    if (references.isEmpty())
        return {};
    return tr("%1 \"%2\" cannot be deleted because these records still refer to it: %3.")
        .arg(entity.singular(), displayName(entity, id), references.join(QStringLiteral(", ")));
}

QList<qint64> RecordStore::contractSchools(qint64 contractId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT school_id FROM contract_school WHERE contract_id = ? ORDER BY school_id"));
    query.addBindValue(contractId);
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

RecordStore::Result RecordStore::setContractSchools(qint64 contractId, const QList<qint64> &schoolIds)
{
    return inTransaction([&]() -> Result {
        const QString what = tr("Saving the schools of the contract");
        const QList<qint64> before = contractSchools(contractId);
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM contract_school WHERE contract_id = ?"));
        query.addBindValue(contractId);
        if (!query.exec())
            return Result{SqlErrors::fromSqlError(query.lastError(), what), {}, contractId};
        query.prepare(QStringLiteral("INSERT INTO contract_school (contract_id, school_id) VALUES (?, ?)"));
        QStringList ids;
        for (qint64 schoolId : schoolIds) {
            query.addBindValue(contractId);
            query.addBindValue(schoolId);
            if (!query.exec())
                return Result{SqlErrors::fromSqlError(query.lastError(), what), {}, contractId};
            ids << QString::number(schoolId);
        }
        QStringList beforeIds;
        for (qint64 schoolId : before)
            beforeIds << QString::number(schoolId);
        AuditLog audit(m_database.connection(), m_database.userName());
        m_database.notifier()->notifyChanged(QStringLiteral("contract_school"));
        return Result{audit.recordUpdate(QStringLiteral("support_contract"), contractId,
                                         {{QStringLiteral("covered_schools"), beforeIds.join(QLatin1Char(','))}},
                                         {{QStringLiteral("covered_schools"), ids.join(QLatin1Char(','))}}),
                      {}, contractId};
    });
}
