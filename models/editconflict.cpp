// SPDX-License-Identifier: EUPL-1.2
#include "editconflict.h"

#include "entitycatalog.h"
#include "entityspec.h"
#include "enumcatalog.h"
#include "money.h"
#include "recordvalidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EditConflict", text);
}

// Values compare as the database stores them: 1 == "1", NULL == "", 2.50 == 2.5.
QString comparable(const FieldSpec *field, const QVariant &value)
{
    if (RecordValidator::isEmpty(value))
        return {};
    if (!field)
        return value.toString().trimmed();
    switch (field->kind) {
    case FieldKind::Bool: {
        const QString text = value.toString();
        return (text == QLatin1String("1") || text == QLatin1String("true")) ? QStringLiteral("1") : QStringLiteral("0");
    }
    case FieldKind::Integer:
    case FieldKind::Money:
    case FieldKind::ForeignKey:
        return QString::number(value.toLongLong());
    case FieldKind::Decimal:
    case FieldKind::Percent:
        return QString::number(value.toDouble(), 'g', 15);
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::Enum:
    case FieldKind::EnumList:
        return value.toString().trimmed();
    }
    return value.toString();
}

bool sameValue(const FieldSpec *field, const QVariant &a, const QVariant &b)
{
    return comparable(field, a) == comparable(field, b);
}
} // namespace

EditConflict EditConflict::describe(RecordStore &store, const EntitySpec &entity, qint64 id,
                                    const QVariantMap &loaded, const QVariantMap &myChanges)
{
    EditConflict conflict;
    conflict.m_entity = &entity;
    conflict.m_id = id;
    conflict.m_recordName = store.displayName(entity, id);
    const std::optional<QVariantMap> current = store.load(entity, id);
    conflict.m_deleted = !current.has_value();
    const QVariantMap now = current.value_or(QVariantMap());
    conflict.m_currentVersion = now.value(QStringLiteral("row_version")).toInt();

    for (auto it = myChanges.cbegin(); it != myChanges.cend(); ++it) {
        const FieldSpec *spec = entity.field(it.key());
        if (!spec)
            continue;
        Field field;
        field.column = it.key();
        field.label = spec->label();
        field.loaded = loaded.value(it.key());
        field.mine = it.value();
        field.theirs = now.value(it.key());
        field.conflicting = !conflict.m_deleted && !sameValue(spec, field.theirs, field.loaded)
                            && !sameValue(spec, field.theirs, field.mine);
        conflict.m_fields << field;
    }
    for (const FieldSpec &spec : entity.fields) {
        if (!myChanges.contains(spec.column) && loaded.contains(spec.column) && !conflict.m_deleted
            && !sameValue(&spec, loaded.value(spec.column), now.value(spec.column)))
            conflict.m_othersOnly << spec.column;
    }

    QSqlQuery query(store.database().connection());
    query.prepare(QStringLiteral("SELECT user_name, changed_at FROM audit_log WHERE table_name = ? AND record_key = ? "
                                 "ORDER BY id DESC"));
    query.addBindValue(entity.table);
    query.addBindValue(QString::number(id));
    if (query.exec() && query.next()) {
        conflict.m_changedBy = query.value(0).toString();
        conflict.m_changedAt = query.value(1).toString();
    }
    return conflict;
}

QList<EditConflict::Field> EditConflict::conflictingFields() const
{
    QList<Field> result;
    for (const Field &field : m_fields) {
        if (field.conflicting)
            result << field;
    }
    return result;
}

void EditConflict::choose(const QString &column, Choice choice)
{
    for (Field &field : m_fields) {
        if (field.column == column)
            field.choice = choice;
    }
}

void EditConflict::chooseAll(Choice choice)
{
    for (Field &field : m_fields)
        field.choice = choice;
}

QVariantMap EditConflict::resolvedChanges() const
{
    QVariantMap changes;
    for (const Field &field : m_fields) {
        if (field.choice == Choice::Mine && !sameValue(m_entity->field(field.column), field.mine, field.theirs))
            changes.insert(field.column, field.mine);
    }
    return changes;
}

RecordStore::Result EditConflict::save(RecordStore &store) const
{
    if (m_deleted)
        return RecordStore::Result{DatabaseError::make(DatabaseError::Kind::NotFound,
                                       tr("The record was deleted in the meantime.")), {}, m_id};
    const QVariantMap changes = resolvedChanges();
    if (changes.isEmpty())
        return RecordStore::Result{{}, {}, m_id};
    return store.update(*m_entity, m_id, changes, m_currentVersion);
}

QString EditConflict::displayText(RecordStore &store, const EntitySpec &entity, const QString &column,
                                  const QVariant &value)
{
    if (RecordValidator::isEmpty(value))
        return tr("(empty)");
    const FieldSpec *field = entity.field(column);
    if (!field)
        return value.toString();
    const QLocale locale;
    switch (field->kind) {
    case FieldKind::Money:
        return Money::format(value.toLongLong(), locale);
    case FieldKind::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        // Four-digit years, as everywhere in the program (31.12.2025).
        QString format = locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        return date.isValid() ? locale.toString(date, format) : value.toString();
    }
    case FieldKind::Bool:
        return comparable(field, value) == QLatin1String("1") ? tr("yes") : tr("no");
    case FieldKind::Enum:
        return field->enumKind ? EnumCatalog::label(*field->enumKind, value.toString()) : value.toString();
    case FieldKind::ForeignKey:
        if (field->reference)
            return store.displayName(EntityCatalog::spec(*field->reference), value.toLongLong());
        return value.toString();
    case FieldKind::Decimal:
    case FieldKind::Percent:
        return locale.toString(value.toDouble(), 'g', 15);
    case FieldKind::EnumList:
        return field->enumKind ? EnumCatalog::listLabel(*field->enumKind, value.toString()) : value.toString();
    case FieldKind::Integer:
        return locale.toString(value.toLongLong());
    case FieldKind::Text:
        return value.toString();
    }
    return value.toString();
}
