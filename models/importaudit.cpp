// SPDX-License-Identifier: EUPL-1.2
#include "importaudit.h"

#include "bulkwriter.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace {
// Writes into a buffer sized for the worst case beforehand: appending piece by piece to a
// QByteArray costs more than the JSON itself.
class JsonWriter
{
public:
    explicit JsonWriter(char *out)
        : m_begin(out)
        , m_out(out)
    {
    }
    // At most this many bytes for a string of `size` UTF-16 units: "\u001f" is 6 bytes.
    static qsizetype stringBound(qsizetype size) { return 6 * size + 2; }

    qsizetype size() const { return m_out - m_begin; }
    void put(char c) { *m_out++ = c; }
    void put(const char *text, qsizetype size)
    {
        std::memcpy(m_out, text, size_t(size));
        m_out += size;
    }
    void integer(qint64 value) { m_out = std::to_chars(m_out, m_out + 24, value).ptr; }

    // The escapes QJsonDocument writes; everything else as UTF-8.
    void string(QStringView text)
    {
        put('"');
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                put(char(c));
            } else if (c >= 0x80) {
                // Up to the next ASCII character (surrogate pairs stay together).
                qsizetype end = i + 1;
                while (end < size && text.at(end).unicode() >= 0x80)
                    ++end;
                const QByteArray utf8 = text.mid(i, end - i).toUtf8();
                put(utf8.constData(), utf8.size());
                i = end - 1;
            } else {
                escape(c);
            }
        }
        put('"');
    }

private:
    void escape(char16_t c)
    {
        switch (c) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\b':
            put("\\b", 2);
            break;
        case '\f':
            put("\\f", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
            put(escaped, sizeof escaped);
        }
        }
    }

    char *m_begin;
    char *m_out;
};
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

ImportAudit::Layout ImportAudit::layoutOf(const EntitySpec &entity)
{
    // QJsonObject keeps its keys sorted; so does the snapshot.
    Layout layout;
    for (int i = 0; i < entity.fields.size(); ++i)
        layout.fields << i;
    std::sort(layout.fields.begin(), layout.fields.end(), [&entity](int a, int b) {
        return entity.fields.at(a).column < entity.fields.at(b).column;
    });
    for (int field : std::as_const(layout.fields)) {
        const QString &column = entity.fields.at(field).column;
        QByteArray key(JsonWriter::stringBound(column.size()) + 1, Qt::Uninitialized);
        JsonWriter writer(key.data());
        writer.string(column);
        writer.put(':');
        key.truncate(writer.size());
        layout.keys << key;
    }
    return layout;
}

void ImportAudit::appendSnapshot(QByteArray &out, const Layout &layout, const QList<QVariant> &values)
{
    qsizetype bound = 2;
    for (qsizetype i = 0; i < layout.fields.size(); ++i) {
        const QVariant &value = values.at(layout.fields.at(i));
        if (!value.isValid() || value.isNull())
            continue;
        bound += layout.keys.at(i).size() + 1;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Bool:
            bound += 32;
            break;
        case QMetaType::QString:
            bound += JsonWriter::stringBound(static_cast<const QString *>(value.constData())->size());
            break;
        default:
            bound += JsonWriter::stringBound(value.toString().size());
        }
    }
    const qsizetype start = out.size();
    out.resize(start + bound);
    JsonWriter writer(out.data() + start);
    writer.put('{');
    bool first = true;
    for (qsizetype i = 0; i < layout.fields.size(); ++i) {
        const QVariant &value = values.at(layout.fields.at(i));
        if (!value.isValid() || value.isNull())
            continue;
        if (!first)
            writer.put(',');
        first = false;
        writer.put(layout.keys.at(i).constData(), layout.keys.at(i).size());
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            writer.integer(value.toLongLong());
            break;
        case QMetaType::Double: {
            const QByteArray number = QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
            writer.put(number.constData(), number.size());
            break;
        }
        case QMetaType::Bool:
            value.toBool() ? writer.put("true", 4) : writer.put("false", 5);
            break;
        case QMetaType::QString:
            writer.string(*static_cast<const QString *>(value.constData()));
            break;
        default:
            writer.string(value.toString());
        }
    }
    writer.put('}');
    out.truncate(start + writer.size());
}

QString ImportAudit::snapshot(const EntitySpec &entity, const QList<QVariant> &values)
{
    QByteArray out;
    appendSnapshot(out, layoutOf(entity), values);
    return QString::fromUtf8(out);
}

DatabaseError ImportAudit::write(const QString &table, qint64 id, const QVariant &field, const QVariant &oldValue,
                                 const QVariant &newValue)
{
    m_values[0] = m_timestamp;
    m_values[1] = m_userName;
    m_values[2] = table;
    m_values[3] = QString::number(id);
    m_values[5] = field;
    m_values[6] = oldValue;
    m_values[7] = newValue;
    return m_writer.run(m_statement, m_values, 8);
}

DatabaseError ImportAudit::recordInsert(const EntitySpec &entity, qint64 id, const QList<QVariant> &values)
{
    auto layout = m_layouts.find(&entity);
    if (layout == m_layouts.end())
        layout = m_layouts.insert(&entity, layoutOf(entity));
    // UTF-8 text: the writers bind a QByteArray as text, not as a blob.
    QByteArray json;
    appendSnapshot(json, layout.value(), values);
    m_values[4] = AuditLog::actionCode(AuditLog::Action::Insert);
    return write(entity.table, id, QVariant(), QVariant(), json);
}

DatabaseError ImportAudit::recordUpdate(const EntitySpec &entity, qint64 id, int field, const QVariant &before,
                                        const QVariant &after)
{
    return recordUpdate(entity, id, entity.fields.at(field).column, AuditLog::valueText(before),
                        AuditLog::valueText(after));
}

DatabaseError ImportAudit::recordUpdate(const EntitySpec &entity, qint64 id, const QString &name,
                                        const QString &before, const QString &after)
{
    m_values[4] = AuditLog::actionCode(AuditLog::Action::Update);
    return write(entity.table, id, name, before.isEmpty() ? QVariant() : before, after.isEmpty() ? QVariant() : after);
}
