// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class StatisticsService;
struct StatisticsFilter;

// What the authorities have in common in their systems inventory: the matrix authority x
// category with product names, the products by the number of authorities that run them,
// and the drill-down of one product. A product is a category and a name; names differing
// only in case or surrounding blanks count as one. Systems belong to authorities, so only
// the filter's authorities narrow the figures (school types and year do not).
class SystemsCommonality
{
public:
    struct Product
    {
        QString category; // code of EnumKind::SystemCategory
        QString product;  // as written (the first spelling in sort order)
        QString key;      // lower case, trimmed (by the database): identifies it in its category
        int authorityCount = 0;
        QStringList authorities; // names, sorted
        int systems = 0;
        qint64 annualCostCents = 0;
    };

    struct Matrix
    {
        QList<qint64> authorityIds;
        QStringList authorities;  // row labels, by name
        QStringList categories;   // column codes, in the catalogue's order
        // products[row][column]: the product names of that authority in that category,
        // keys[row][column] the matching product keys (for the drill-down).
        QList<QList<QStringList>> products;
        QList<QList<QStringList>> keys;
        QString cellText(int row, int column) const;
    };

    // One system of a product, for the drill-down.
    struct Usage
    {
        qint64 systemId = 0;
        qint64 authorityId = 0;
        QString authority;
        QString school; // empty: the whole authority
        QString product;
        QString vendor;
        QString version;
        QDate licenceEnd;
        qint64 annualCostCents = 0;
        bool hasCost = false;
        QString operatedBy; // code of EnumKind::SystemOperator
    };

    // Sorted by the number of authorities (most first), then category order and name.
    static DatabaseError products(const StatisticsService &service, const StatisticsFilter &filter,
                                  QList<Product> &out);
    static DatabaseError matrix(const StatisticsService &service, const StatisticsFilter &filter, Matrix &out);
    // The systems of one product (category and key), by authority and school.
    static DatabaseError usages(const StatisticsService &service, const StatisticsFilter &filter,
                                const QString &category, const QString &key, QList<Usage> &out);
};
