// SPDX-License-Identifier: EUPL-1.2
#include "productusagemodel.h"

#include "enumcatalog.h"
#include "money.h"

#include <QLocale>

void ProductUsageModel::setProducts(const QList<SystemsCommonality::Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

int ProductUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SystemsCommonality::Product &product = m_products.at(index.row());
    const QString category = EnumCatalog::label(EnumKind::SystemCategory, product.category);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Product:
            return product.product;
        case Category:
            return category;
        case AuthorityCount:
            return QLocale().toString(product.authorityCount);
        case Authorities:
            return product.authorities.join(QStringLiteral(", "));
        case Systems:
            return QLocale().toString(product.systems);
        case AnnualCost:
            return Money::format(product.annualCostCents);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case AuthorityCount:
            return product.authorityCount;
        case Systems:
            return product.systems;
        case AnnualCost:
            return product.annualCostCents;
        case Category:
            return int(EnumCatalog::codes(EnumKind::SystemCategory).indexOf(product.category));
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        if (index.column() == Product)
            return tr("Show the authorities, licence ends and costs of %1").arg(product.product);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == AuthorityCount || index.column() == Systems || index.column() == AnnualCost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CategoryRole:
        return product.category;
    case KeyRole:
        return product.key;
    default:
        return {};
    }
}

QVariant ProductUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Product:
        return tr("Product");
    case Category:
        return tr("Category");
    case AuthorityCount:
        return tr("Authorities");
    case Authorities:
        return tr("Used by");
    case Systems:
        return tr("Systems");
    case AnnualCost:
        return tr("Annual cost");
    case ColumnCount:
        break;
    }
    return {};
}
