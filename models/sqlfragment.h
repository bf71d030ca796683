// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QVariantList>

// A piece of SQL with the values for its `?` placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;

    bool isEmpty() const { return sql.isEmpty(); }
    SqlFragment &append(const SqlFragment &other, const QString &separator = QStringLiteral(" "))
    {
        if (other.isEmpty())
            return *this;
        if (!sql.isEmpty())
            sql += separator;
        sql += other.sql;
        values += other.values;
        return *this;
    }
};
