// SPDX-License-Identifier: EUPL-1.2
#include "derivedvalues.h"

#include "database.h"
#include "entityquery.h"
#include "money.h"

#include <QHash>
#include <QSqlQuery>

namespace {
QVariant fieldValue(const EntityQuery &query, const QVariantList &row, const char *column)
{
    const int field = query.entity().fieldIndex(QString::fromLatin1(column));
    return field < 0 ? QVariant() : row.value(query.fieldValueIndex(field));
}

// Names of the schools each contract covers, for the contracts of one page.
QHash<qint64, QStringList> coveredSchools(Database &database, const QList<QVariantList> &rows)
{
    QHash<qint64, QStringList> names;
    if (rows.isEmpty())
        return names;
    QStringList marks;
    for (int i = 0; i < rows.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT cs.contract_id, s.name FROM contract_school cs JOIN school s ON s.id = cs.school_id "
                                 "WHERE cs.contract_id IN (%1) ORDER BY s.name").arg(marks.join(QStringLiteral(", "))));
    for (const QVariantList &row : rows)
        query.addBindValue(row.value(EntityQuery::IdIndex));
    if (query.exec()) {
        while (query.next())
            names[query.value(0).toLongLong()] << query.value(1).toString();
    }
    return names;
}
} // namespace

namespace DerivedValues {

ContractTerms::Contract contract(const EntityQuery &query, const QVariantList &row)
{
    return ContractTerms::fromStored([&](const char *column) { return fieldValue(query, row, column); });
}

void append(Database &database, const EntityQuery &query, QList<QVariantList> &rows, const QDate &today)
{
    const QList<TableColumn> &columns = query.columns();
    bool needsSchools = false;
    for (const TableColumn &column : columns)
        needsSchools = needsSchools || column.derived == DerivedColumn::ContractSchools;
    const QHash<qint64, QStringList> schools = needsSchools ? coveredSchools(database, rows) : QHash<qint64, QStringList>();

    for (QVariantList &row : rows) {
        std::optional<ContractTerms::NextDeadline> deadline;
        for (const TableColumn &column : columns) {
            QVariant value;
            switch (column.derived) {
            case DerivedColumn::None:
                break;
            case DerivedColumn::ContractNextCancel:
            case DerivedColumn::ContractTermEnd: {
                const ContractTerms::Contract terms = contract(query, row);
                if (!terms.start.isValid() || terms.initialTermMonths <= 0)
                    break;
                if (!deadline)
                    deadline = ContractTerms::next(terms, today);
                const QDate day = column.derived == DerivedColumn::ContractNextCancel ? deadline->lastDayToCancel
                                                                                      : deadline->termEnd;
                if (day.isValid())
                    value = day;
                break;
            }
            case DerivedColumn::ContractSchools:
                value = schools.value(row.value(EntityQuery::IdIndex).toLongLong()).join(QStringLiteral(", "));
                break;
            case DerivedColumn::AllocationRemaining:
                value = fieldValue(query, row, "allocated_cents").toLongLong() - fieldValue(query, row, "spent_cents").toLongLong();
                break;
            case DerivedColumn::AllocationShareSpent:
                value = Money::sharePercent(fieldValue(query, row, "spent_cents").toLongLong(),
                                            fieldValue(query, row, "allocated_cents").toLongLong());
                break;
            }
            row << value;
        }
    }
}

} // namespace DerivedValues
