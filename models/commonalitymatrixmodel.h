// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "systemscommonality.h"

#include <QAbstractTableModel>
#include <QHash>

// The matrix school authority x category of system, each cell the products that authority
// runs in that category; read-only. Authorities are rows (vertical header), categories
// columns, so what several authorities share stands one above the other; a shared
// product's cell is tinted, and its tooltip says how many authorities run it.
class CommonalityMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CategoryRole = Qt::UserRole + 1, // code of the column's category
        ProductNamesRole,                // QStringList, as written
        ProductKeysRole,                 // QStringList, for SystemsCommonality::usages
        AuthorityIdRole,
        SharingRole, // how many authorities run the cell's most widely shared product
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(const SystemsCommonality::Matrix &matrix);
    const SystemsCommonality::Matrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int sharing(int row, int column) const;

    SystemsCommonality::Matrix m_matrix;
    QHash<QString, int> m_authoritiesPerProduct; // "category\nkey" -> authorities
};
