// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QAbstractListModel>
#include <QVariant>

#include <optional>

class Database;

// The records one reference can point to (schools, authorities, programs, contracts), by
// name, for pickers and filters. These tables are small (about 75 schools), so the list is
// loaded whole and follows every committed change of its table.
class ReferenceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // qint64; null for the "none" row
        NameRole,                        // the record's name alone
    };

    ReferenceListModel(Database &database, EntityKind target, QObject *parent = nullptr);

    EntityKind target() const { return m_target; }
    // With a text, row 0 stands for "no record" (an empty optional reference, "all" in a filter).
    void setNoneText(const QString &text);
    // Only records whose column has the value (the schools of one authority); null: all.
    void setRestriction(const QString &column, const QVariant &value);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOfId(qint64 id) const; // -1 if not listed
    QString nameOf(qint64 id) const;
    // A record by its listed text, its name or its key, ignoring case.
    std::optional<qint64> idForText(const QString &text) const;
    void reload();

private:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString key;
        QString text() const;
    };

    int noneRows() const { return m_noneText.isEmpty() ? 0 : 1; }

    Database &m_database;
    EntityKind m_target;
    QString m_noneText;
    QString m_restrictionColumn;
    QVariant m_restrictionValue;
    QList<Entry> m_entries;
};
