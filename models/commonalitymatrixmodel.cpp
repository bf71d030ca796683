// SPDX-License-Identifier: EUPL-1.2
#include "commonalitymatrixmodel.h"

#include "enumcatalog.h"

#include <QColor>

void CommonalityMatrixModel::setMatrix(const SystemsCommonality::Matrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_authoritiesPerProduct.clear();
    for (int row = 0; row < m_matrix.keys.size(); ++row) {
        for (int column = 0; column < m_matrix.keys.at(row).size(); ++column) {
            for (const QString &key : m_matrix.keys.at(row).at(column))
                ++m_authoritiesPerProduct[m_matrix.categories.at(column) + QLatin1Char('\n') + key];
        }
    }
    endResetModel();
}

int CommonalityMatrixModel::sharing(int row, int column) const
{
    int most = 0;
    for (const QString &key : m_matrix.keys.at(row).at(column))
        most = qMax(most, m_authoritiesPerProduct.value(m_matrix.categories.at(column) + QLatin1Char('\n') + key));
    return most;
}

int CommonalityMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.authorities.size());
}

int CommonalityMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.categories.size());
}

QVariant CommonalityMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const QStringList products = m_matrix.products.at(row).at(column);
    switch (role) {
    case Qt::DisplayRole:
        // A dash, not an empty cell, says "nothing recorded" without relying on colour.
        return products.isEmpty() ? QStringLiteral("–") : products.join(QStringLiteral(", "));
    case Qt::ToolTipRole: {
        const QString category = EnumCatalog::label(EnumKind::SystemCategory, m_matrix.categories.at(column));
        if (products.isEmpty())
            return tr("%1 – %2: nothing recorded").arg(m_matrix.authorities.at(row), category);
        QStringList lines;
        const QStringList keys = m_matrix.keys.at(row).at(column);
        for (int i = 0; i < products.size(); ++i) {
            const int users = m_authoritiesPerProduct.value(m_matrix.categories.at(column) + QLatin1Char('\n') + keys.value(i));
            lines << tr("%1: run by %n school authority(ies)", nullptr, users).arg(products.at(i));
        }
        return tr("%1 – %2").arg(m_matrix.authorities.at(row), category) + QLatin1Char('\n')
            + lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        return products.isEmpty() ? QVariant(QColor(0x88, 0x88, 0x88)) : QVariant();
    case Qt::BackgroundRole: {
        // The more authorities share a product, the stronger the tint.
        const int users = sharing(row, column);
        if (users < 2)
            return {};
        const int strength = qMin(users, 6);
        return QColor(0xFF - 12 * strength, 0xFF - 6 * strength, 0xFF);
    }
    case SharingRole:
        return sharing(row, column);
    case Qt::TextAlignmentRole:
        return products.isEmpty() ? QVariant(Qt::AlignCenter) : QVariant();
    case CategoryRole:
        return m_matrix.categories.at(column);
    case ProductNamesRole:
        return products;
    case ProductKeysRole:
        return m_matrix.keys.at(row).at(column);
    case AuthorityIdRole:
        return m_matrix.authorityIds.at(row);
    default:
        return {};
    }
}

QVariant CommonalityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_matrix.categories.size())
            return {};
        return EnumCatalog::label(EnumKind::SystemCategory, m_matrix.categories.at(section));
    }
    if (section < 0 || section >= m_matrix.authorities.size())
        return {};
    return m_matrix.authorities.at(section);
}
