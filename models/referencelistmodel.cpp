// SPDX-License-Identifier: EUPL-1.2
#include "referencelistmodel.h"

#include "changenotifier.h"
#include "database.h"
#include "entitycatalog.h"

#include <QSqlError>
#include <QSqlQuery>

QString ReferenceListModel::Entry::text() const
{
    if (key.isEmpty() || key == name)
        return name;
    return QStringLiteral("%1 (%2)").arg(name, key);
}

ReferenceListModel::ReferenceListModel(Database &database, EntityKind target, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_target(target)
{
    const QString table = EntityCatalog::spec(target).table;
    connect(database.notifier(), &ChangeNotifier::tableChanged, this, [this, table](const QString &changed) {
        if (changed == table)
            reload();
    });
    reload();
}

void ReferenceListModel::setNoneText(const QString &text)
{
    beginResetModel();
    m_noneText = text;
    endResetModel();
}

void ReferenceListModel::setRestriction(const QString &column, const QVariant &value)
{
    if (!EntityCatalog::spec(m_target).field(column))
        return;
    m_restrictionColumn = column;
    m_restrictionValue = value;
    reload();
}

void ReferenceListModel::reload()
{
    const EntitySpec &entity = EntityCatalog::spec(m_target);
    const QString name = entity.displayExpression.isEmpty() ? QStringLiteral("CAST(id AS TEXT)") : entity.displayExpression;
    const QString key = entity.naturalKey.isEmpty() ? QStringLiteral("NULL") : entity.naturalKey;
    QString sql = QStringLiteral("SELECT id, %1, %2 FROM %3").arg(name, key, entity.table);
    const bool restricted = !m_restrictionColumn.isEmpty() && m_restrictionValue.isValid() && !m_restrictionValue.isNull();
    if (restricted)
        sql += QStringLiteral(" WHERE %1 = ?").arg(m_restrictionColumn);
    sql += QStringLiteral(" ORDER BY %1, id").arg(name);

    QList<Entry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        if (restricted)
            query.addBindValue(m_restrictionValue);
        if (query.exec()) {
            while (query.next())
                entries << Entry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
        }
    }
    if (query.lastError().isValid())
        qWarning("ReferenceListModel: %s", qPrintable(query.lastError().text()));
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ReferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size()) + noneRows();
}

QVariant ReferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() < noneRows()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return m_noneText;
        case RecordIdRole:
            return QVariant(QMetaType::fromType<qint64>());
        default:
            return {};
        }
    }
    const Entry &entry = m_entries.at(index.row() - noneRows());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.text();
    case Qt::ToolTipRole:
        return entry.text();
    case RecordIdRole:
        return entry.id;
    case NameRole:
        return entry.name;
    default:
        return {};
    }
}

int ReferenceListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i + noneRows();
    }
    return -1;
}

QString ReferenceListModel::nameOf(qint64 id) const
{
    const int row = rowOfId(id);
    return row < 0 ? QString() : m_entries.at(row - noneRows()).name;
}

std::optional<qint64> ReferenceListModel::idForText(const QString &input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const Entry &entry : m_entries) {
        if (entry.text().compare(text, Qt::CaseInsensitive) == 0 || entry.key.compare(text, Qt::CaseInsensitive) == 0)
            return entry.id;
    }
    std::optional<qint64> byName;
    for (const Entry &entry : m_entries) {
        if (entry.name.compare(text, Qt::CaseInsensitive) == 0) {
            if (byName)
                return std::nullopt; // two records of that name: the key must decide
            byName = entry.id;
        }
    }
    return byName;
}
