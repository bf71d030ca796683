// SPDX-License-Identifier: EUPL-1.2
#include "recorddefaults.h"

#include "database.h"
#include "entitycatalog.h"
#include "enumcatalog.h"
#include "recordvalidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {
// Defaults of the schema (001_initial.sql) for required columns, and the usual term.
QVariant schemaDefault(const QString &table, const QString &column)
{
    static const QHash<QString, QVariant> defaults{
        {QStringLiteral("support_contract.initial_term_months"), 12},
        {QStringLiteral("support_contract.renewal_months"), 12},
        {QStringLiteral("support_contract.notice_months"), 3},
        {QStringLiteral("support_contract.auto_renewal"), 1},
        {QStringLiteral("device.status"), QStringLiteral("in_use")},
        {QStringLiteral("measure.status"), QStringLiteral("planned")},
        {QStringLiteral("authority.cooperation_phase"), QStringLiteral("not_yet")},
        // A county has one Kreis; every further authority is a town or municipality.
        {QStringLiteral("authority.kind"), QStringLiteral("municipality")},
    };
    return defaults.value(table + QLatin1Char('.') + column);
}

QString newText(const EntitySpec &entity)
{
    return QCoreApplication::translate("RecordDefaults", "New %1").arg(entity.singular());
}
} // namespace

RecordDefaults::RecordDefaults(Database &database, const EntitySpec &entity)
    : m_database(database)
    , m_entity(entity)
{
}

bool RecordDefaults::isTaken(const QString &column, const QString &value) const
{
    if (m_reserved.value(column).contains(value))
        return true;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(m_entity.table, column));
    query.addBindValue(value);
    return query.exec() && query.next();
}

QString RecordDefaults::freeValue(const QString &column, const QString &base)
{
    static const QRegularExpression trailingDigits(QStringLiteral("^(.*?)(\\d+)$"));
    QString candidate = base;
    const auto match = trailingDigits.match(base);
    for (int attempt = 2; attempt < 100000 && isTaken(column, candidate); ++attempt) {
        if (match.hasMatch()) {
            const QString digits = match.captured(2);
            const qlonglong next = digits.toLongLong() + attempt - 1;
            candidate = match.captured(1) + QString::number(next).rightJustified(int(digits.size()), QLatin1Char('0'));
        } else {
            candidate = QStringLiteral("%1 (%2)").arg(base).arg(attempt);
        }
    }
    m_reserved[column].insert(candidate);
    return candidate;
}

QString RecordDefaults::newUniqueValue(const FieldSpec &field)
{
    // Continue the numbering in use: the longest, then largest value, plus one.
    QStringList bases;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY LENGTH(%1) DESC, %1 DESC").arg(field.column, m_entity.table))
        && query.next()) {
        static const QRegularExpression endsWithDigits(QStringLiteral("\\d$"));
        if (query.value(0).toString().contains(endsWithDigits))
            bases << query.value(0).toString();
    }
    bases << newText(m_entity) << QStringLiteral("000001");
    for (const QString &base : std::as_const(bases)) {
        if (RecordValidator::validateValue(m_entity, field, base).isEmpty())
            return freeValue(field.column, base);
    }
    return freeValue(field.column, bases.first());
}

QVariant RecordDefaults::firstRecord(EntityKind target, const QVariantMap &context) const
{
    const EntitySpec &spec = EntityCatalog::spec(target);
    const QString order = spec.displayExpression.isEmpty() ? QStringLiteral("id") : spec.displayExpression;
    QSqlQuery query(m_database.connection());
    // A school of the authority the table is filtered to.
    if (target == EntityKind::School && context.contains(QStringLiteral("authority_id"))) {
        query.prepare(QStringLiteral("SELECT id FROM school WHERE authority_id = ? ORDER BY %1, id").arg(order));
        query.addBindValue(context.value(QStringLiteral("authority_id")));
    } else {
        query.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY %2, id").arg(spec.table, order));
    }
    if (query.exec() && query.next())
        return query.value(0);
    return {};
}

QVariantMap RecordDefaults::forNew(const QVariantMap &context)
{
    QVariantMap values;
    for (const FieldSpec &field : m_entity.fields) {
        const QVariant known = context.value(field.column);
        if (known.isValid() && !known.isNull()) {
            values.insert(field.column, field.unique ? QVariant(freeValue(field.column, known.toString())) : known);
            continue;
        }
        const QVariant schema = schemaDefault(m_entity.table, field.column);
        if (schema.isValid()) {
            values.insert(field.column, schema);
            continue;
        }
        if (!field.required)
            continue;
        switch (field.kind) {
        case FieldKind::Text:
            values.insert(field.column, field.unique ? newUniqueValue(field) : newText(m_entity));
            break;
        case FieldKind::Enum:
        case FieldKind::EnumList:
            values.insert(field.column, EnumCatalog::codes(*field.enumKind).value(0));
            break;
        case FieldKind::ForeignKey:
            values.insert(field.column, firstRecord(*field.reference, context));
            break;
        case FieldKind::Date:
            values.insert(field.column, QDate::currentDate().toString(Qt::ISODate));
            break;
        case FieldKind::Integer:
        case FieldKind::Decimal:
        case FieldKind::Percent:
        case FieldKind::Money:
            values.insert(field.column, std::max(0.0, field.minimum));
            break;
        case FieldKind::Bool:
            values.insert(field.column, 0);
            break;
        }
    }
    return values;
}

QVariantMap RecordDefaults::forDuplicate(const QVariantMap &original)
{
    QVariantMap values;
    for (const FieldSpec &field : m_entity.fields) {
        QVariant value = original.value(field.column);
        if (field.unique && !RecordValidator::isEmpty(value))
            value = freeValue(field.column, value.toString());
        if (!value.isNull())
            values.insert(field.column, value);
    }
    // A copy must differ in its composite key (one allocation per program and authority):
    // it goes to the first record of the last key column that is still free.
    const FieldSpec *last = m_entity.naturalKeyColumns.isEmpty() ? nullptr : m_entity.field(m_entity.naturalKeyColumns.last());
    if (last && last->kind == FieldKind::ForeignKey) {
        const EntitySpec &target = EntityCatalog::spec(*last->reference);
        QStringList conditions;
        for (int i = 0; i + 1 < m_entity.naturalKeyColumns.size(); ++i)
            conditions << m_entity.naturalKeyColumns.at(i) + QStringLiteral(" = ?");
        const QString order = target.displayExpression.isEmpty() ? QStringLiteral("id") : target.displayExpression;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE id NOT IN (SELECT %2 FROM %3%4) ORDER BY %5, id")
                          .arg(target.table, last->column, m_entity.table,
                               conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                               order));
        for (int i = 0; i + 1 < m_entity.naturalKeyColumns.size(); ++i)
            query.addBindValue(values.value(m_entity.naturalKeyColumns.at(i)));
        if (query.exec() && query.next())
            values.insert(last->column, query.value(0));
    }
    return values;
}
