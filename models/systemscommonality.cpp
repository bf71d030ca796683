// SPDX-License-Identifier: EUPL-1.2
#include "systemscommonality.h"

#include "enumcatalog.h"
#include "sqlstatement.h"
#include "statisticsfilter.h"
#include "statisticsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

namespace {
QString whatFailed()
{
    return QCoreApplication::translate("Statistics", "Comparing the systems of the authorities");
}

const QString ProductKey = QStringLiteral("LOWER(TRIM(y.product))");

// ORDER BY piece that puts categories in the catalogue's order.
void appendCategoryOrder(SqlStatement &statement)
{
    const QStringList codes = EnumCatalog::codes(EnumKind::SystemCategory);
    statement.add(QStringLiteral("CASE y.category"));
    for (int i = 0; i < codes.size(); ++i)
        statement.add(QStringLiteral(" WHEN ? THEN %1").arg(i), {codes.at(i)});
    statement.add(QStringLiteral(" ELSE %1 END").arg(codes.size()));
}

QString productId(const QString &category, const QString &key)
{
    return category + QLatin1Char('\n') + key;
}
} // namespace

QString SystemsCommonality::Matrix::cellText(int row, int column) const
{
    return products.value(row).value(column).join(QStringLiteral(", "));
}

DatabaseError SystemsCommonality::products(const StatisticsService &service, const StatisticsFilter &filter,
                                           QList<Product> &out)
{
    out.clear();
    SqlStatement statement(QStringLiteral("SELECT y.category, %1, MIN(TRIM(y.product)), COUNT(DISTINCT y.authority_id),"
                                          " COUNT(*), SUM(y.annual_cost_cents) FROM system y WHERE 1 = 1")
                               .arg(ProductKey));
    filter.appendAuthority(statement, QStringLiteral("y.authority_id"));
    statement.add(QStringLiteral(" GROUP BY y.category, %1 ORDER BY COUNT(DISTINCT y.authority_id) DESC, ").arg(ProductKey));
    appendCategoryOrder(statement);
    statement.add(QStringLiteral(", MIN(TRIM(y.product))"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query, whatFailed()))
        return error;
    QHash<QString, int> index;
    while (query.next()) {
        Product product;
        product.category = query.value(0).toString();
        product.key = query.value(1).toString();
        product.product = query.value(2).toString();
        product.authorityCount = int(StatisticsService::toInteger(query.value(3)));
        product.systems = int(StatisticsService::toInteger(query.value(4)));
        product.annualCostCents = StatisticsService::toInteger(query.value(5));
        index.insert(productId(product.category, product.key), int(out.size()));
        out.append(product);
    }

    SqlStatement names(QStringLiteral("SELECT DISTINCT y.category, %1, a.name FROM system y"
                                      " JOIN authority a ON a.id = y.authority_id WHERE 1 = 1")
                           .arg(ProductKey));
    filter.appendAuthority(names, QStringLiteral("y.authority_id"));
    names.add(QStringLiteral(" ORDER BY a.name"));
    if (const DatabaseError error = service.run(names, query, whatFailed()))
        return error;
    while (query.next()) {
        const int row = index.value(productId(query.value(0).toString(), query.value(1).toString()), -1);
        if (row >= 0)
            out[row].authorities << query.value(2).toString();
    }
    return DatabaseError::none();
}

DatabaseError SystemsCommonality::matrix(const StatisticsService &service, const StatisticsFilter &filter,
                                         Matrix &out)
{
    out = Matrix();
    out.categories = EnumCatalog::codes(EnumKind::SystemCategory);
    SqlStatement authorities(QStringLiteral("SELECT a.id, a.name FROM authority a WHERE 1 = 1"));
    filter.appendAuthority(authorities, QStringLiteral("a.id"));
    authorities.add(QStringLiteral(" ORDER BY a.name"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(authorities, query, whatFailed()))
        return error;
    QHash<qint64, int> rowOf;
    const QList<QStringList> emptyRow(out.categories.size());
    while (query.next()) {
        rowOf.insert(query.value(0).toLongLong(), int(out.authorityIds.size()));
        out.authorityIds << query.value(0).toLongLong();
        out.authorities << query.value(1).toString();
        out.products << emptyRow;
        out.keys << emptyRow;
    }

    SqlStatement cells(QStringLiteral("SELECT y.authority_id, y.category, %1, MIN(TRIM(y.product))"
                                      " FROM system y WHERE 1 = 1").arg(ProductKey));
    filter.appendAuthority(cells, QStringLiteral("y.authority_id"));
    cells.add(QStringLiteral(" GROUP BY y.authority_id, y.category, %1 ORDER BY MIN(TRIM(y.product))").arg(ProductKey));
    if (const DatabaseError error = service.run(cells, query, whatFailed()))
        return error;
    while (query.next()) {
        const int row = rowOf.value(query.value(0).toLongLong(), -1);
        const int column = int(out.categories.indexOf(query.value(1).toString()));
        if (row < 0 || column < 0)
            continue;
        out.keys[row][column] << query.value(2).toString();
        out.products[row][column] << query.value(3).toString();
    }
    return DatabaseError::none();
}

DatabaseError SystemsCommonality::usages(const StatisticsService &service, const StatisticsFilter &filter,
                                         const QString &category, const QString &key, QList<Usage> &out)
{
    out.clear();
    SqlStatement statement(QStringLiteral(
        "SELECT y.id, y.authority_id, a.name, s.name, TRIM(y.product), y.vendor, y.version, y.licence_end,"
        " y.annual_cost_cents, y.operated_by"
        " FROM system y JOIN authority a ON a.id = y.authority_id LEFT JOIN school s ON s.id = y.school_id"
        " WHERE y.category = ? AND %1 = ?").arg(ProductKey), {category, key});
    filter.appendAuthority(statement, QStringLiteral("y.authority_id"));
    statement.add(QStringLiteral(" ORDER BY a.name, COALESCE(s.name, ''), y.id"));
    QSqlQuery query;
    if (const DatabaseError error = service.run(statement, query, whatFailed()))
        return error;
    while (query.next()) {
        Usage usage;
        usage.systemId = query.value(0).toLongLong();
        usage.authorityId = query.value(1).toLongLong();
        usage.authority = query.value(2).toString();
        usage.school = query.value(3).toString();
        usage.product = query.value(4).toString();
        usage.vendor = query.value(5).toString();
        usage.version = query.value(6).toString();
        usage.licenceEnd = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        usage.hasCost = !query.value(8).isNull();
        usage.annualCostCents = StatisticsService::toInteger(query.value(8));
        usage.operatedBy = query.value(9).toString();
        out.append(usage);
    }
    return DatabaseError::none();
}
