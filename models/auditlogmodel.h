// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rowpagecache.h"
#include "sqlfragment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class Database;

// Who changed what and when: the audit log as a read-only table, newest first, filtered
// by table, record, user and date range in SQL and loaded a page at a time. The detail
// form shows one record's history through the same model.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChangedAt, User, Table, Record, Action, Field, OldValue, NewValue, ColumnCount };
    enum Role {
        TableNameRole = Qt::UserRole + 1, // the table's name in the database
        RecordKeyRole,                    // the record's id as text
        ActionCodeRole,                   // insert, update or delete
        FieldNameRole,                    // the changed column
        RawValueRole,                     // old or new value as stored in the log
    };

    explicit AuditLogModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Empty or invalid values remove a filter. Dates are local calendar days, inclusive.
    void setTableFilter(const QString &table);
    void setRecordFilter(const QString &recordKey);
    void setUserFilter(const QString &user);
    void setDateRange(const QDate &from, const QDate &to);
    // All filters at once (one reload).
    void setFilters(const QString &table, const QString &recordKey, const QString &user, const QDate &from,
                    const QDate &to);
    // Table and record at once, for a record's history.
    void setRecord(const QString &table, qint64 id);

    QString tableFilter() const { return m_table; }
    // Everyone who appears in the log, for a filter list.
    QStringList users() const;

public slots:
    void refresh();

private:
    SqlFragment where() const;
    QList<QVariantList> loadPage(int offset, int limit) const;
    QString recordName(const QString &table, const QString &key, const QVariantList &row) const;
    QString valueText(const QString &table, const QString &field, const QVariant &value) const;
    QString snapshotText(const QString &table, const QVariant &json) const;
    QString referenceName(const QString &table, qint64 id) const;

    Database &m_database;
    mutable RowPageCache m_cache;
    mutable QHash<QString, QString> m_names; // "table:id" -> name, for one refresh
    int m_rowCount = 0;
    QString m_table;
    QString m_record;
    QString m_user;
    QDate m_from;
    QDate m_to;
};
