// SPDX-License-Identifier: EUPL-1.2
#include "importaudit.h"

#include "bulkwriter.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    qsizetype plainFrom = 0;
    auto flush = [&](qsizetype upTo) {
        out += QStringView(text).mid(plainFrom, upTo - plainFrom);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    flush(text.size());
    out += QLatin1Char('"');
}

// QJsonObject keeps its keys sorted; so does the snapshot.
const QList<int> &sortedFields(const EntitySpec &entity)
{
    static QHash<QString, QList<int>> cache;
    auto it = cache.find(entity.table);
    if (it == cache.end()) {
        QList<int> order;
        for (int i = 0; i < entity.fields.size(); ++i)
            order << i;
        std::sort(order.begin(), order.end(), [&entity](int a, int b) {
            return entity.fields.at(a).column < entity.fields.at(b).column;
        });
        it = cache.insert(entity.table, order);
    }
    return it.value();
}
} // namespace

ImportAudit::ImportAudit(BulkWriter &writer, QString userName)
    : m_writer(writer)
    , m_userName(std::move(userName))
    , m_timestamp(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

DatabaseError ImportAudit::prepare()
{
    return m_writer.prepareInsert(QStringLiteral("audit_log"),
                                  {QStringLiteral("changed_at"), QStringLiteral("user_name"), QStringLiteral("table_name"),
                                   QStringLiteral("record_key"), QStringLiteral("action"), QStringLiteral("field"),
                                   QStringLiteral("old_value"), QStringLiteral("new_value")},
                                  &m_statement);
}

QString ImportAudit::snapshot(const EntitySpec &entity, const QList<QVariant> &values)
{
    QString out;
    out.reserve(256);
    out += QLatin1Char('{');
    bool first = true;
    for (int field : sortedFields(entity)) {
        const QVariant &value = values.at(field);
        if (!value.isValid() || value.isNull())
            continue;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        appendJsonString(out, entity.fields.at(field).column);
        out += QLatin1Char(':');
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            out += QString::number(value.toLongLong());
            break;
        case QMetaType::Double:
            out += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
            break;
        case QMetaType::Bool:
            out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        default:
            appendJsonString(out, value.toString());
        }
    }
    out += QLatin1Char('}');
    return out;
}

DatabaseError ImportAudit::write(const QString &table, qint64 id, AuditLog::Action action, const QVariant &field,
                                 const QVariant &oldValue, const QVariant &newValue)
{
    m_values[0] = m_timestamp;
    m_values[1] = m_userName;
    m_values[2] = table;
    m_values[3] = QString::number(id);
    m_values[4] = AuditLog::actionCode(action);
    m_values[5] = field;
    m_values[6] = oldValue.toString().isEmpty() ? QVariant() : oldValue;
    m_values[7] = newValue.toString().isEmpty() ? QVariant() : newValue;
    return m_writer.run(m_statement, m_values, 8);
}

DatabaseError ImportAudit::recordInsert(const EntitySpec &entity, qint64 id, const QList<QVariant> &values)
{
    return write(entity.table, id, AuditLog::Action::Insert, QVariant(), QVariant(), snapshot(entity, values));
}

DatabaseError ImportAudit::recordUpdate(const EntitySpec &entity, qint64 id, int field, const QVariant &before,
                                        const QVariant &after)
{
    return write(entity.table, id, AuditLog::Action::Update, entity.fields.at(field).column,
                 AuditLog::valueText(before), AuditLog::valueText(after));
}
