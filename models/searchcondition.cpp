// SPDX-License-Identifier: EUPL-1.2
#include "searchcondition.h"

#include "entitycatalog.h"
#include "enumcatalog.h"
#include "money.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace {
QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

bool isIdentifier(const QString &expression)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(expression).hasMatch();
}
} // namespace

SearchCondition::SearchCondition(const EntitySpec &entity, Database::Engine engine, ReferenceLookup lookup)
    : m_entity(entity)
    , m_engine(engine)
    , m_lookup(std::move(lookup))
{
}

QStringList SearchCondition::terms(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    QStringList result;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString term = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        // A currency sign on its own belongs to the amount before it ("299,00 €").
        static const QStringList currency{QStringLiteral("€"), QStringLiteral("EUR")};
        if (!term.trimmed().isEmpty() && !currency.contains(term.trimmed(), Qt::CaseInsensitive))
            result << term.trimmed();
    }
    return result;
}

SqlFragment SearchCondition::build(const QString &text, const QList<TableColumn> &columns) const
{
    SqlFragment condition;
    for (const QString &term : terms(text)) {
        SqlFragment part = termCondition(term, columns);
        if (part.isEmpty())
            part.sql = QStringLiteral("1 = 0");
        part.sql = QLatin1Char('(') + part.sql + QLatin1Char(')');
        condition.append(part, QStringLiteral(" AND "));
    }
    return condition;
}

bool SearchCondition::matchesByValue(const QString &term, const QList<TableColumn> &columns) const
{
    for (const TableColumn &column : columns) {
        const FieldSpec *field = column.field(m_entity);
        if (!field)
            continue;
        const bool byValue = field->kind == FieldKind::Money || field->kind == FieldKind::Integer
            || field->kind == FieldKind::Decimal || field->kind == FieldKind::Percent || field->kind == FieldKind::Date;
        if (byValue && !fieldCondition(*field, term).isEmpty())
            return true;
    }
    return false;
}

bool SearchCondition::narrows(const QString &shorter, const QString &longer, const QList<TableColumn> &columns) const
{
    if (!longer.startsWith(shorter))
        return false;
    const QStringList before = terms(shorter);
    const QStringList after = terms(longer);
    if (before.isEmpty() || after.size() < before.size())
        return false;
    for (int i = 0; i < after.size(); ++i) {
        const bool same = i < before.size() && after.at(i) == before.at(i);
        const bool grown = i == before.size() - 1 && after.at(i).startsWith(before.at(i));
        if (!same && !grown && i < before.size())
            return false;
        if (!same && matchesByValue(after.at(i), columns))
            return false;
    }
    return true;
}

SqlFragment SearchCondition::termCondition(const QString &term, const QList<TableColumn> &columns) const
{
    SqlFragment any;
    for (const TableColumn &column : columns) {
        if (const FieldSpec *field = column.field(m_entity)) {
            any.append(fieldCondition(*field, term), QStringLiteral(" OR "));
        } else if (column.derived == DerivedColumn::ContractSchools) {
            SqlFragment schools = like(QStringLiteral("s.name"), term);
            schools.sql = QStringLiteral("t.id IN (SELECT cs.contract_id FROM contract_school cs "
                                         "JOIN school s ON s.id = cs.school_id WHERE %1)").arg(schools.sql);
            any.append(schools, QStringLiteral(" OR "));
        }
    }
    return any;
}

SqlFragment SearchCondition::fieldCondition(const FieldSpec &field, const QString &term) const
{
    const QString column = QStringLiteral("t.") + field.column;
    const QLocale locale;
    switch (field.kind) {
    case FieldKind::Text:
        return like(column, term);
    case FieldKind::Enum: {
        QVariantList codes;
        for (const EnumEntry &entry : EnumCatalog::entries(*field.enumKind)) {
            if (entry.label.contains(term, Qt::CaseInsensitive) || entry.code.compare(term, Qt::CaseInsensitive) == 0)
                codes << entry.code;
        }
        if (codes.isEmpty())
            return {};
        return {QStringLiteral("%1 IN (%2)").arg(column, placeholders(codes.size())), codes};
    }
    case FieldKind::ForeignKey: {
        const EntitySpec &target = EntityCatalog::spec(*field.reference);
        if (target.displayExpression.isEmpty())
            return {};
        SqlFragment names = like(target.displayExpression, term);
        if (!target.naturalKey.isEmpty() && target.naturalKey != target.displayExpression
            && isIdentifier(target.naturalKey))
            names.append(like(target.naturalKey, term), QStringLiteral(" OR "));
        if (m_lookup) {
            const QList<qint64> ids = m_lookup(*field.reference, names);
            QVariantList values;
            for (qint64 id : ids)
                values << id;
            if (values.isEmpty())
                return {};
            return {QStringLiteral("%1 IN (%2)").arg(column, placeholders(int(values.size()))), values};
        }
        names.sql = QStringLiteral("%1 IN (SELECT id FROM %2 WHERE %3)").arg(column, target.table, names.sql);
        return names;
    }
    case FieldKind::Money: {
        static const QRegularExpression digit(QStringLiteral("\\d"));
        if (!term.contains(digit))
            return {};
        const std::optional<qint64> cents = Money::parse(term, locale);
        if (!cents)
            return {};
        return {column + QStringLiteral(" = ?"), {*cents}};
    }
    case FieldKind::Integer:
    case FieldKind::Decimal:
    case FieldKind::Percent: {
        bool ok = false;
        QString number = term;
        number.remove(QLatin1Char('%'));
        const double value = locale.toDouble(number.trimmed(), &ok);
        if (!ok)
            return {};
        return {column + QStringLiteral(" = ?"), {value}};
    }
    case FieldKind::Date:
        return dateCondition(column, term);
    case FieldKind::EnumList: {
        // Codes stored as "02,04": a code matches between commas.
        SqlFragment codes;
        for (const EnumEntry &entry : EnumCatalog::entries(*field.enumKind)) {
            if (entry.label.contains(term, Qt::CaseInsensitive) || entry.code.compare(term, Qt::CaseInsensitive) == 0)
                codes.append({QStringLiteral("(',' || %1 || ',') LIKE ?").arg(column), {QStringLiteral("%,%1,%").arg(entry.code)}},
                             QStringLiteral(" OR "));
        }
        return codes;
    }
    case FieldKind::Bool:
        return {};
    }
    return {};
}

SqlFragment SearchCondition::dateCondition(const QString &column, const QString &term) const
{
    for (const QString &format : {QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(term, format);
        if (date.isValid())
            return {column + QStringLiteral(" = ?"), {date.toString(Qt::ISODate)}};
    }
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})\\.(\\d{4})$"));
    const auto month = monthYear.match(term);
    if (month.hasMatch() && month.captured(1).toInt() >= 1 && month.captured(1).toInt() <= 12)
        return {column + QStringLiteral(" LIKE ?"),
                {QStringLiteral("%1-%2%").arg(month.captured(2)).arg(month.captured(1).toInt(), 2, 10, QLatin1Char('0'))}};
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (year.match(term).hasMatch())
        return {column + QStringLiteral(" LIKE ?"), {term + QLatin1Char('%')}};
    return {};
}

SqlFragment SearchCondition::like(const QString &expression, const QString &term) const
{
    // PostgreSQL's LIKE is case-sensitive; SQLite's ignores case (for ASCII letters).
    const QString op = m_engine == Database::Engine::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    static const QRegularExpression special(QStringLiteral("[%_\\\\]"));
    if (!term.contains(special))
        return {QStringLiteral("%1 %2 ?").arg(expression, op), {QLatin1Char('%') + term + QLatin1Char('%')}};
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return {QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(expression, op), {QLatin1Char('%') + escaped + QLatin1Char('%')}};
}
