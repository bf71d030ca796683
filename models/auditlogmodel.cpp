// SPDX-License-Identifier: EUPL-1.2
#include "auditlogmodel.h"

#include "auditlog.h"
#include "changenotifier.h"
#include "database.h"
#include "entitycatalog.h"
#include "fieldtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
enum RowIndex { IdIndex, ChangedAtIndex, UserIndex, TableIndex, KeyIndex, ActionIndex, FieldIndex, OldIndex, NewIndex };

// A local calendar day's start as the UTC text the log stores ("2025-03-01T23:00:00Z").
QString utcStart(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODate);
}
} // namespace

AuditLogModel::AuditLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(database.notifier(), &ChangeNotifier::tableChanged, this, &AuditLogModel::refresh);
    refresh();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SqlFragment AuditLogModel::where() const
{
    SqlFragment condition;
    if (!m_table.isEmpty())
        condition.append({QStringLiteral("table_name = ?"), {m_table}}, QStringLiteral(" AND "));
    if (!m_record.isEmpty())
        condition.append({QStringLiteral("record_key = ?"), {m_record}}, QStringLiteral(" AND "));
    if (!m_user.isEmpty())
        condition.append({QStringLiteral("user_name = ?"), {m_user}}, QStringLiteral(" AND "));
    if (m_from.isValid())
        condition.append({QStringLiteral("changed_at >= ?"), {utcStart(m_from)}}, QStringLiteral(" AND "));
    if (m_to.isValid())
        condition.append({QStringLiteral("changed_at < ?"), {utcStart(m_to.addDays(1))}}, QStringLiteral(" AND "));
    if (!condition.isEmpty())
        condition.sql.prepend(QStringLiteral(" WHERE "));
    return condition;
}

void AuditLogModel::refresh()
{
    beginResetModel();
    m_cache.clear();
    m_names.clear();
    m_rowCount = 0;
    SqlFragment count{QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}};
    count.append(where(), QString());
    QSqlQuery query(m_database.connection());
    query.prepare(count.sql);
    for (const QVariant &value : count.values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        m_rowCount = query.value(0).toInt();
    else
        qWarning("AuditLogModel: %s", qPrintable(query.lastError().text()));
    endResetModel();
}

QList<QVariantList> AuditLogModel::loadPage(int offset, int limit) const
{
    SqlFragment select{QStringLiteral("SELECT id, changed_at, user_name, table_name, record_key, action, field, "
                                      "old_value, new_value FROM audit_log"), {}};
    select.append(where(), QString());
    select.sql += QStringLiteral(" ORDER BY changed_at DESC, id DESC LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(select.sql);
    for (const QVariant &value : select.values)
        query.addBindValue(value);
    QList<QVariantList> rows;
    if (!query.exec()) {
        qWarning("AuditLogModel: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i <= NewIndex; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

QString AuditLogModel::referenceName(const QString &table, qint64 id) const
{
    const QString cacheKey = table + QLatin1Char(':') + QString::number(id);
    const auto cached = m_names.constFind(cacheKey);
    if (cached != m_names.constEnd())
        return *cached;
    const EntitySpec *entity = EntityCatalog::byTable(table);
    QString name;
    if (entity && !entity->displayExpression.isEmpty()) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(entity->displayExpression, entity->table));
        query.addBindValue(id);
        if (query.exec() && query.next())
            name = query.value(0).toString();
    }
    m_names.insert(cacheKey, name);
    return name;
}

QString AuditLogModel::recordName(const QString &table, const QString &key, const QVariantList &row) const
{
    QString name = referenceName(table, key.toLongLong());
    if (name.isEmpty()) {
        // A deleted record lives on in the snapshot of its deletion.
        const EntitySpec *entity = EntityCatalog::byTable(table);
        const QJsonObject snapshot = QJsonDocument::fromJson(row.at(OldIndex).toString().toUtf8()).object();
        if (entity && !entity->displayExpression.isEmpty())
            name = snapshot.value(entity->displayExpression).toVariant().toString();
    }
    return name.isEmpty() ? QStringLiteral("#") + key : name;
}

QString AuditLogModel::valueText(const QString &table, const QString &field, const QVariant &value) const
{
    const EntitySpec *entity = EntityCatalog::byTable(table);
    const FieldSpec *spec = entity ? entity->field(field) : nullptr;
    if (!spec || value.isNull())
        return value.toString();
    QString name;
    if (spec->kind == FieldKind::ForeignKey)
        name = referenceName(EntityCatalog::spec(*spec->reference).table, value.toLongLong());
    return FieldText::display(*spec, value, name);
}

QString AuditLogModel::snapshotText(const QString &table, const QVariant &json) const
{
    const QJsonObject snapshot = QJsonDocument::fromJson(json.toString().toUtf8()).object();
    if (table == AuditLog::demoCountyTable() && !snapshot.isEmpty()) {
        const QLocale locale;
        const auto count = [&](const char *key) { return locale.toString(snapshot.value(QLatin1String(key)).toInteger()); };
        return tr("%1 school authorities, %2 schools, %3 devices, %4 support contracts, %5 funding programs "
                  "(seed %6, as of %7)")
            .arg(count("authorities"), count("schools"), count("devices"), count("contracts"), count("programs"),
                 count("seed"),
                 locale.toString(QDate::fromString(snapshot.value(QLatin1String("reference_date")).toString(), Qt::ISODate),
                                 QStringLiteral("dd.MM.yyyy")));
    }
    const EntitySpec *entity = EntityCatalog::byTable(table);
    if (snapshot.isEmpty() || !entity)
        return json.toString();
    QStringList parts;
    for (const FieldSpec &field : entity->fields) {
        if (snapshot.contains(field.column))
            parts << QStringLiteral("%1: %2").arg(field.label(),
                                                 valueText(table, field.column, snapshot.value(field.column).toVariant()));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList *row = m_cache.row(index.row(), [this](int offset, int limit) { return loadPage(offset, limit); });
    if (!row)
        return {};
    const QString table = row->at(TableIndex).toString();
    const QString action = row->at(ActionIndex).toString();
    const QString field = row->at(FieldIndex).toString();
    switch (role) {
    case TableNameRole:
        return table;
    case RecordKeyRole:
        return row->at(KeyIndex);
    case ActionCodeRole:
        return action;
    case FieldNameRole:
        return field;
    case RawValueRole:
        return index.column() == OldValue ? row->at(OldIndex) : index.column() == NewValue ? row->at(NewIndex) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const EntitySpec *entity = EntityCatalog::byTable(table);
    switch (index.column()) {
    case ChangedAt: {
        const QDateTime when = QDateTime::fromString(row->at(ChangedAtIndex).toString(), Qt::ISODate).toLocalTime();
        return QLocale().toString(when, QStringLiteral("dd.MM.yyyy HH:mm"));
    }
    case User:
        return row->at(UserIndex);
    case Table:
        if (table == AuditLog::demoCountyTable())
            return tr("Demo county");
        return entity ? entity->singular() : table;
    case Record:
        return recordName(table, row->at(KeyIndex).toString(), *row);
    case Action:
        if (action == QLatin1String("insert"))
            return tr("Added");
        if (action == QLatin1String("delete"))
            return tr("Deleted");
        return tr("Changed");
    case Field: {
        if (field == QLatin1String("covered_schools"))
            return QCoreApplication::translate("Field", "Covered schools");
        const FieldSpec *spec = entity ? entity->field(field) : nullptr;
        return spec ? spec->label() : field;
    }
    case OldValue:
    case NewValue: {
        const QVariant value = row->at(index.column() == OldValue ? OldIndex : NewIndex);
        if (field.isEmpty())
            return snapshotText(table, value);
        return valueText(table, field, value);
    }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangedAt:
        return tr("When");
    case User:
        return tr("User");
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Action:
        return tr("Action");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

void AuditLogModel::setTableFilter(const QString &table)
{
    m_table = table;
    refresh();
}

void AuditLogModel::setRecordFilter(const QString &recordKey)
{
    m_record = recordKey.trimmed();
    refresh();
}

void AuditLogModel::setUserFilter(const QString &user)
{
    m_user = user;
    refresh();
}

void AuditLogModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void AuditLogModel::setFilters(const QString &table, const QString &recordKey, const QString &user, const QDate &from,
                               const QDate &to)
{
    m_table = table;
    m_record = recordKey.trimmed();
    m_user = user;
    m_from = from;
    m_to = to;
    refresh();
}

void AuditLogModel::setRecord(const QString &table, qint64 id)
{
    m_table = table;
    m_record = id > 0 ? QString::number(id) : QStringLiteral("0");
    refresh();
}

QStringList AuditLogModel::users() const
{
    QStringList users;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"))) {
        while (query.next())
            users << query.value(0).toString();
    }
    return users;
}
