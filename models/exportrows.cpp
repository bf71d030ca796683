// SPDX-License-Identifier: EUPL-1.2
#include "exportrows.h"

#include "database.h"
#include "entitycatalog.h"
#include "enumcatalog.h"
#include "importkey.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportRows", text);
}

QString whereClause(const SqlFragment &condition)
{
    QString sql = condition.sql.trimmed();
    if (sql.startsWith(QLatin1String("WHERE "), Qt::CaseInsensitive))
        sql = sql.mid(6);
    return sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + sql;
}
} // namespace

ExportRows::ExportRows(Database &database, const ExportRequest &request)
    : m_database(database)
    , m_request(request)
    , m_entity(EntityCatalog::spec(request.entity))
    , m_derived(m_entity, request.derivedColumns(), request.referenceDate)
    , m_query(database.connection())
{
}

QStringList ExportRows::headers() const
{
    QStringList headers;
    for (const FieldSpec *field : m_fields)
        headers << field->label();
    return headers + m_derived.headers();
}

QString ExportRows::title() const
{
    return m_request.title.isEmpty() ? m_entity.plural() : m_request.title;
}

QString ExportRows::orderBy(const EntitySpec &entity, const QList<ExportRequest::SortKey> &sort)
{
    QList<ExportRequest::SortKey> keys = sort;
    if (keys.isEmpty()) {
        for (int field : ImportKey::fields(entity))
            keys.append({entity.fields.at(field).column, Qt::AscendingOrder});
    }
    QStringList terms;
    for (const ExportRequest::SortKey &key : std::as_const(keys)) {
        const FieldSpec *field = entity.field(key.column);
        if (!field)
            continue;
        QString expression = QStringLiteral("t.%1").arg(field->column);
        if (field->kind == FieldKind::ForeignKey) {
            // By what the tables show for a reference (a school's name), as the table does.
            const EntitySpec &target = EntityCatalog::spec(*field->reference);
            const bool plainName = !target.displayExpression.isEmpty()
                && target.displayExpression.contains(QRegularExpression(QStringLiteral("^[a-z_]+$")));
            expression = QStringLiteral("(SELECT r.%1 FROM %2 r WHERE r.id = t.%3)")
                             .arg(plainName ? target.displayExpression : ReferenceResolver::keyColumn(target.kind),
                                  target.table, field->column);
        }
        terms << expression + (key.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    }
    terms << QStringLiteral("t.id ASC");
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

DatabaseError ExportRows::start()
{
    m_fields.clear();
    const QStringList columns = m_request.columns;
    if (columns.isEmpty()) {
        for (const FieldSpec &field : m_entity.fields)
            m_fields << &field;
    }
    for (const QString &column : columns) {
        const FieldSpec *field = m_entity.field(column);
        if (!field)
            return DatabaseError::make(DatabaseError::Kind::NotFound,
                                       tr("The %1 have no column \"%2\".").arg(m_entity.plural(), column));
        m_fields << field;
    }
    for (const FieldSpec *field : std::as_const(m_fields)) {
        if (field->kind == FieldKind::ForeignKey && !m_references.isLoaded(*field->reference)) {
            if (DatabaseError error = m_references.load(m_database.connection(), *field->reference))
                return error;
        }
    }
    const QString what = tr("Reading the %1 for the export").arg(m_entity.plural());
    const QString where = whereClause(m_request.condition);
    {
        // Gone before the rows are read: on PostgreSQL, freeing a prepared statement runs
        // SQL, which would end the row by row reading of the export below.
        QSqlQuery count(m_database.connection());
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 t%2").arg(m_entity.table, where));
        for (const QVariant &value : m_request.condition.values)
            count.addBindValue(value);
        if (!count.exec() || !count.next())
            return SqlErrors::fromSqlError(count.lastError(), what);
        m_count = count.value(0).toLongLong();
    }

    if (DatabaseError error = m_derived.load(m_database))
        return error;
    QStringList selected;
    for (const FieldSpec *field : std::as_const(m_fields))
        selected << QStringLiteral("t.") + field->column;
    selected << m_derived.sourceColumns();
    m_query.setForwardOnly(true);
    if (!m_query.prepare(QStringLiteral("SELECT %1 FROM %2 t%3%4")
                             .arg(selected.join(QStringLiteral(", ")), m_entity.table, where,
                                  orderBy(m_entity, m_request.sort))))
        return SqlErrors::fromSqlError(m_query.lastError(), what);
    for (const QVariant &value : m_request.condition.values)
        m_query.addBindValue(value);
    if (!m_query.exec())
        return SqlErrors::fromSqlError(m_query.lastError(), what);
    return {};
}

ExportCell ExportRows::cell(const FieldSpec &field, const QVariant &value) const
{
    using Type = ExportCell::Type;
    if (value.isNull() || !value.isValid() || value.toString().isEmpty())
        return {};
    switch (field.kind) {
    case FieldKind::Text:
        return {Type::Text, value.toString()};
    case FieldKind::Integer:
        return {Type::Integer, value.toLongLong()};
    case FieldKind::Decimal:
    case FieldKind::Percent:
        return {Type::Decimal, value.toDouble()};
    case FieldKind::Money:
        return {Type::Money, value.toLongLong()};
    case FieldKind::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? ExportCell{Type::Date, date} : ExportCell{Type::Text, value.toString()};
    }
    case FieldKind::Bool:
        return {Type::Bool, value.toLongLong() != 0};
    case FieldKind::Enum:
        return {Type::Text, EnumCatalog::label(*field.enumKind, value.toString())};
    case FieldKind::EnumList:
        return {Type::Text, EnumCatalog::listLabel(*field.enumKind, value.toString())};
    case FieldKind::ForeignKey: {
        const QString key = m_references.keyText(*field.reference, value.toLongLong());
        return {Type::Text, key.isEmpty() ? value.toString() : key};
    }
    }
    return {Type::Text, value.toString()};
}

bool ExportRows::next(QList<ExportCell> &cells)
{
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            m_error = SqlErrors::fromSqlError(m_query.lastError(), tr("Reading the %1 for the export").arg(m_entity.plural()));
        return false;
    }
    cells.resize(m_fields.size());
    for (int i = 0; i < m_fields.size(); ++i)
        cells[i] = cell(*m_fields.at(i), m_query.value(i));
    if (!m_derived.isEmpty())
        cells << m_derived.cells(m_query, int(m_fields.size()));
    return true;
}
