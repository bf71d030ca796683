// SPDX-License-Identifier: EUPL-1.2
#include "exportderivedcolumns.h"

#include "contractterms.h"
#include "database.h"
#include "money.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace {
QStringList sourcesOf(DerivedColumn column)
{
    switch (column) {
    case DerivedColumn::ContractNextCancel:
    case DerivedColumn::ContractTermEnd:
        return {QStringLiteral("start_date"), QStringLiteral("initial_term_months"), QStringLiteral("renewal_months"),
                QStringLiteral("notice_months"), QStringLiteral("auto_renewal")};
    case DerivedColumn::ContractSchools:
        return {QStringLiteral("id")};
    case DerivedColumn::AllocationRemaining:
    case DerivedColumn::AllocationShareSpent:
        return {QStringLiteral("allocated_cents"), QStringLiteral("spent_cents")};
    case DerivedColumn::None:
        break;
    }
    return {};
}
} // namespace

ExportDerivedColumns::ExportDerivedColumns(const EntitySpec &entity, const QList<DerivedColumn> &columns,
                                           const QDate &referenceDate)
    : m_entity(entity)
    , m_referenceDate(referenceDate.isValid() ? referenceDate : QDate::currentDate())
{
    // Only the columns this entity has, each once.
    const QList<TableColumn> available = TableColumn::forEntity(entity);
    for (DerivedColumn column : columns) {
        const bool known = std::any_of(available.cbegin(), available.cend(),
                                       [column](const TableColumn &c) { return c.derived == column; });
        if (column == DerivedColumn::None || !known || m_columns.contains(column))
            continue;
        m_columns << column;
        for (const QString &source : sourcesOf(column)) {
            if (!m_sources.contains(source))
                m_sources << source;
        }
    }
}

QStringList ExportDerivedColumns::headers() const
{
    QStringList headers;
    const QList<TableColumn> available = TableColumn::forEntity(m_entity);
    for (DerivedColumn column : m_columns) {
        for (const TableColumn &candidate : available) {
            if (candidate.derived == column)
                headers << candidate.label(m_entity);
        }
    }
    return headers;
}

QStringList ExportDerivedColumns::sourceColumns() const
{
    QStringList columns;
    for (const QString &source : m_sources)
        columns << QStringLiteral("t.") + source;
    return columns;
}

DatabaseError ExportDerivedColumns::load(Database &database)
{
    m_schools.clear();
    if (!m_columns.contains(DerivedColumn::ContractSchools))
        return {};
    // The school numbers, which an import reads back, in the order of the numbers.
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT cs.contract_id, s.school_number FROM contract_school cs "
                                   "JOIN school s ON s.id = cs.school_id ORDER BY cs.contract_id, s.school_number")))
        return SqlErrors::fromSqlError(query.lastError(),
                                       QCoreApplication::translate("ExportRows", "Reading the schools of the contracts"));
    while (query.next())
        m_schools[query.value(0).toLongLong()] << query.value(1).toString();
    return {};
}

QVariant ExportDerivedColumns::source(const QSqlQuery &query, int first, const char *column) const
{
    return query.value(first + int(m_sources.indexOf(QLatin1String(column))));
}

QList<ExportCell> ExportDerivedColumns::cells(const QSqlQuery &query, int first) const
{
    using Type = ExportCell::Type;
    QList<ExportCell> cells;
    std::optional<ContractTerms::NextDeadline> deadline;
    for (DerivedColumn column : m_columns) {
        ExportCell cell;
        switch (column) {
        case DerivedColumn::ContractNextCancel:
        case DerivedColumn::ContractTermEnd: {
            const ContractTerms::Contract terms =
                ContractTerms::fromStored([&](const char *stored) { return source(query, first, stored); });
            if (!terms.start.isValid() || terms.initialTermMonths <= 0)
                break;
            if (!deadline)
                deadline = ContractTerms::next(terms, m_referenceDate);
            const QDate day = column == DerivedColumn::ContractNextCancel ? deadline->lastDayToCancel : deadline->termEnd;
            if (day.isValid())
                cell = {Type::Date, day};
            break;
        }
        case DerivedColumn::ContractSchools: {
            const QStringList schools = m_schools.value(source(query, first, "id").toLongLong());
            if (!schools.isEmpty())
                cell = {Type::Text, schools.join(QStringLiteral(", "))};
            break;
        }
        case DerivedColumn::AllocationRemaining:
            cell = {Type::Money, source(query, first, "allocated_cents").toLongLong()
                                     - source(query, first, "spent_cents").toLongLong()};
            break;
        case DerivedColumn::AllocationShareSpent:
            cell = {Type::Decimal, Money::sharePercent(source(query, first, "spent_cents").toLongLong(),
                                                       source(query, first, "allocated_cents").toLongLong())};
            break;
        case DerivedColumn::None:
            break;
        }
        cells << cell;
    }
    return cells;
}
