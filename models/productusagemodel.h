// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "systemscommonality.h"

#include <QAbstractTableModel>

// The products of the systems inventory with how many school authorities run each and
// which; read-only, in the order SystemsCommonality::products gives (most shared first).
class ProductUsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Category, AuthorityCount, Authorities, Systems, AnnualCost, ColumnCount };
    enum Role {
        CategoryRole = Qt::UserRole + 1, // category code
        KeyRole,                         // product key
        SortRole,                        // the raw value to sort by (number, text)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProducts(const QList<SystemsCommonality::Product> &products);
    const QList<SystemsCommonality::Product> &products() const { return m_products; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SystemsCommonality::Product> m_products;
};
