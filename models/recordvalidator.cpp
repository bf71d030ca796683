// SPDX-License-Identifier: EUPL-1.2
#include "recordvalidator.h"

#include "entitycatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordValidator", text);
}

QString numberText(double value)
{
    return QLocale().toString(value, 'g', 10);
}
} // namespace

RecordValidator::RecordValidator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool RecordValidator::isEmpty(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

FieldErrors RecordValidator::validateValue(const EntitySpec &entity, const FieldSpec &field,
                                           const QVariant &value)
{
    FieldErrors errors;
    auto add = [&](const QString &message) { errors.append({field.column, message}); };

    if (isEmpty(value)) {
        if (field.required)
            add(tr("%1 is required.").arg(field.label()));
        return errors;
    }

    switch (field.kind) {
    case FieldKind::Text:
        if (entity.kind == EntityKind::School && field.column == QLatin1String("school_number")) {
            static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
            if (!sixDigits.match(value.toString()).hasMatch())
                add(QCoreApplication::translate("RecordValidator", "%1 must have exactly 6 digits, not \"%2\".").arg(field.label(), value.toString()));
        }
        break;
    case FieldKind::Integer:
    case FieldKind::Decimal:
    case FieldKind::Percent:
    case FieldKind::Money: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            add(QCoreApplication::translate("RecordValidator", "%1 must be a number, not \"%2\".").arg(field.label(), value.toString()));
        } else if ((field.kind == FieldKind::Integer || field.kind == FieldKind::Money) && number != std::trunc(number)) {
            add(QCoreApplication::translate("RecordValidator", "%1 must be a whole number, not \"%2\".").arg(field.label(), value.toString()));
        } else if (field.kind == FieldKind::Money && number < 0) {
            add(QCoreApplication::translate("RecordValidator", "%1 must not be negative.").arg(field.label()));
        } else if (number < field.minimum || number > field.maximum) {
            if (field.minimum == 0 && number < 0)
                add(QCoreApplication::translate("RecordValidator", "%1 must not be negative.").arg(field.label()));
            else
                add(QCoreApplication::translate("RecordValidator", "%1 must lie between %2 and %3.")
                        .arg(field.label(), numberText(field.minimum), numberText(field.maximum)));
        }
        break;
    }
    case FieldKind::Date:
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            add(QCoreApplication::translate("RecordValidator", "%1 is not a valid date: \"%2\".").arg(field.label(), value.toString()));
        break;
    case FieldKind::Bool: {
        const QString text = value.toString();
        if (text != QLatin1String("0") && text != QLatin1String("1")
            && text != QLatin1String("true") && text != QLatin1String("false"))
            add(QCoreApplication::translate("RecordValidator", "%1 must be yes or no.").arg(field.label()));
        break;
    }
    case FieldKind::Enum:
        if (!EnumCatalog::isValid(*field.enumKind, value.toString()))
            add(QCoreApplication::translate("RecordValidator", "\"%1\" is not a known value for %2.").arg(value.toString(), field.label()));
        break;
    case FieldKind::ForeignKey: {
        bool ok = false;
        value.toLongLong(&ok);
        if (!ok)
            add(QCoreApplication::translate("RecordValidator", "%1: \"%2\" is not a record.").arg(field.label(), value.toString()));
        break;
    }
    case FieldKind::EnumList: {
        QStringList unknown;
        EnumCatalog::normalizedList(*field.enumKind, value.toString(), &unknown);
        if (!unknown.isEmpty())
            add(QCoreApplication::translate("RecordValidator", "\"%1\" is not a known value for %2.").arg(unknown.join(QStringLiteral(", ")), field.label()));
        break;
    }
    }
    return errors;
}

FieldErrors RecordValidator::validate(const EntitySpec &entity, const QVariantMap &values,
                                      std::optional<qint64> id) const
{
    FieldErrors errors;
    for (const FieldSpec &field : entity.fields)
        errors += validateValue(entity, field, values.value(field.column));
    if (!errors.isEmpty())
        return errors;
    errors += checkDateOrder(entity, values);
    errors += checkReferences(entity, values);
    errors += checkUnique(entity, values, id);
    return errors;
}

FieldErrors RecordValidator::checkDateOrder(const EntitySpec &entity, const QVariantMap &values)
{
    FieldErrors errors;
    for (const DateOrder &order : entity.dateOrders) {
        const QDate earlier = QDate::fromString(values.value(order.earlier).toString(), Qt::ISODate);
        const QDate later = QDate::fromString(values.value(order.later).toString(), Qt::ISODate);
        if (earlier.isValid() && later.isValid() && later < earlier)
            errors.append({order.later, QCoreApplication::translate("RecordValidator", "%1 must not be before %2.")
                                            .arg(entity.field(order.later)->label(),
                                                 entity.field(order.earlier)->label())});
    }
    return errors;
}

FieldErrors RecordValidator::checkReferences(const EntitySpec &entity, const QVariantMap &values) const
{
    FieldErrors errors;
    for (const FieldSpec &field : entity.fields) {
        if (field.kind != FieldKind::ForeignKey || isEmpty(values.value(field.column)))
            continue;
        const EntitySpec &target = EntityCatalog::spec(*field.reference);
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(target.table));
        query.addBindValue(values.value(field.column).toLongLong());
        if (query.exec() && !query.next())
            errors.append({field.column, QCoreApplication::translate("RecordValidator", "%1: the chosen record does not exist (any more).")
                                             .arg(field.label())});
    }
    if (errors.isEmpty())
        errors += checkSchoolOfAuthority(entity, values);
    return errors;
}

// A record that names both a school and a school authority (a system of one school) must
// name the school's own authority.
FieldErrors RecordValidator::checkSchoolOfAuthority(const EntitySpec &entity, const QVariantMap &values) const
{
    const FieldSpec *school = entity.field(QStringLiteral("school_id"));
    const FieldSpec *authority = entity.field(QStringLiteral("authority_id"));
    if (!school || !authority || school->kind != FieldKind::ForeignKey || authority->kind != FieldKind::ForeignKey
        || isEmpty(values.value(school->column)) || isEmpty(values.value(authority->column)))
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT authority_id FROM school WHERE id = ?"));
    query.addBindValue(values.value(school->column).toLongLong());
    if (query.exec() && query.next() && query.value(0).toLongLong() != values.value(authority->column).toLongLong())
        return {{school->column, QCoreApplication::translate("RecordValidator", "%1 belongs to another school authority.").arg(school->label())}};
    return {};
}

FieldErrors RecordValidator::checkUnique(const EntitySpec &entity, const QVariantMap &values,
                                         std::optional<qint64> id) const
{
    FieldErrors errors;
    QList<QStringList> keys;
    for (const FieldSpec &field : entity.fields) {
        if (field.unique)
            keys.append({field.column});
    }
    if (!entity.naturalKeyColumns.isEmpty())
        keys.append(entity.naturalKeyColumns);

    for (const QStringList &columns : keys) {
        QStringList conditions;
        for (const QString &column : columns)
            conditions << column + QStringLiteral(" = ?");
        QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(entity.table, conditions.join(QStringLiteral(" AND ")));
        if (id)
            sql += QStringLiteral(" AND id <> ?");
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QString &column : columns)
            query.addBindValue(values.value(column));
        if (id)
            query.addBindValue(*id);
        if (!query.exec() || !query.next())
            continue;
        if (columns.size() == 1) {
            const FieldSpec *field = entity.field(columns.first());
            errors.append({columns.first(), QCoreApplication::translate("RecordValidator", "%1 \"%2\" is already used by another record.")
                                                .arg(field->label(), values.value(columns.first()).toString())});
        } else {
            errors.append({columns.last(), QCoreApplication::translate("RecordValidator", "This combination of %1 and %2 exists already.")
                                               .arg(entity.field(columns.first())->label(),
                                                    entity.field(columns.last())->label())});
        }
    }
    return errors;
}
