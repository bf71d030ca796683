// SPDX-License-Identifier: EUPL-1.2
#include "sqlitebulkwriter.h"

#include "bulkloadtuning.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BulkWriter", text);
}

int typeOf(const QVariant &value)
{
    return value.isNull() ? QMetaType::UnknownType : value.typeId();
}

template<typename T>
const T &valueOf(const QVariant &value)
{
    return *static_cast<const T *>(value.constData());
}

// Whether a value is the one bound before, compared without QVariant's generic machinery.
bool sameValue(const QVariant &previous, int type, const QVariant &value)
{
    if (typeOf(previous) != type)
        return false;
    switch (type) {
    case QMetaType::UnknownType:
        return true;
    case QMetaType::Int:
        return valueOf<int>(previous) == valueOf<int>(value);
    case QMetaType::LongLong:
        return valueOf<qlonglong>(previous) == valueOf<qlonglong>(value);
    case QMetaType::QString:
        return valueOf<QString>(previous) == valueOf<QString>(value);
    case QMetaType::QByteArray:
        return valueOf<QByteArray>(previous) == valueOf<QByteArray>(value);
    default:
        return previous == value;
    }
}

// Into a buffer that keeps its capacity from row to row; most text is ASCII.
void toUtf8(const QString &text, QByteArray &out)
{
    const qsizetype size = text.size();
    out.resize(size);
    char *target = out.data();
    const QChar *source = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (source[i].unicode() >= 0x80) {
            out = text.toUtf8();
            return;
        }
        target[i] = char(source[i].unicode());
    }
}
} // namespace

SqliteBulkWriter::SqliteBulkWriter(const QString &path, int busyTimeoutMs)
    : m_path(path)
    , m_busyTimeoutMs(busyTimeoutMs)
{
}

SqliteBulkWriter::~SqliteBulkWriter()
{
    rollback();
    for (Statement &statement : m_statements)
        sqlite3_finalize(statement.handle);
    if (m_db)
        sqlite3_close(m_db);
}

DatabaseError SqliteBulkWriter::failure(const QString &whatFailed) const
{
    const int code = m_db ? sqlite3_errcode(m_db) : SQLITE_CANTOPEN;
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    // The same sentence as every other database error (SqlErrors reads SQLite's codes).
    return SqlErrors::fromSqlError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)),
                                   whatFailed);
}

DatabaseError SqliteBulkWriter::execute(const char *sql, const QString &whatFailed)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(whatFailed);
    return {};
}

DatabaseError SqliteBulkWriter::begin()
{
    const QString what = tr("Starting the import");
    if (!m_db) {
        const QByteArray path = m_path.toUtf8();
        // One thread uses this connection: no mutex around every call.
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return failure(what);
        sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
        // The same rules as the program's own connection; a larger page cache keeps the
        // indexes of a big import in memory.
        if (DatabaseError error = execute("PRAGMA foreign_keys = ON", what))
            return error;
        const QByteArray cacheSize = "PRAGMA cache_size = " + QByteArray::number(-BulkLoadTuning::CacheKiB);
        if (DatabaseError error = execute(cacheSize.constData(), what))
            return error;
    }
    // IMMEDIATE takes the write lock now, so nobody writes between reading and writing.
    if (DatabaseError error = execute("BEGIN IMMEDIATE", what))
        return error;
    m_inTransaction = true;
    return {};
}

DatabaseError SqliteBulkWriter::prepareInsert(const QString &table, const QStringList &columns, int *statement)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                   statement);
}

DatabaseError SqliteBulkWriter::prepare(const QString &sql, int *statement)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &prepared, nullptr) != SQLITE_OK)
        return failure(tr("Preparing the import"));
    Statement entry;
    entry.handle = prepared;
    entry.texts.resize(size_t(sqlite3_bind_parameter_count(prepared)));
    m_statements.push_back(std::move(entry));
    *statement = int(m_statements.size()) - 1;
    return {};
}

DatabaseError SqliteBulkWriter::bind(Statement &statement, int index, const QVariant &value)
{
    const int type = typeOf(value);
    if (index < statement.bound.size()) {
        if (sameValue(statement.bound.at(index), type, value))
            return {};
    } else {
        statement.bound.resize(index + 1);
    }
    sqlite3_stmt *handle = statement.handle;
    int rc = SQLITE_OK;
    switch (type) {
    case QMetaType::UnknownType:
        rc = sqlite3_bind_null(handle, index + 1);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        rc = sqlite3_bind_int64(handle, index + 1, value.toLongLong());
        break;
    case QMetaType::Double:
        rc = sqlite3_bind_double(handle, index + 1, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        // Bound without a copy: statement.bound keeps the bytes alive until the next bind.
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        rc = sqlite3_bind_text(handle, index + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        break;
    }
    case QMetaType::QString: {
        QByteArray &text = statement.texts.at(size_t(index));
        toUtf8(*static_cast<const QString *>(value.constData()), text);
        rc = sqlite3_bind_text(handle, index + 1, text.constData(), int(text.size()), SQLITE_STATIC);
        break;
    }
    default: {
        QByteArray &text = statement.texts.at(size_t(index));
        text = value.toString().toUtf8();
        rc = sqlite3_bind_text(handle, index + 1, text.constData(), int(text.size()), SQLITE_STATIC);
        break;
    }
    }
    if (rc != SQLITE_OK) {
        statement.bound[index] = QVariant();
        return failure(tr("Writing the imported rows"));
    }
    statement.bound[index] = value;
    return {};
}

DatabaseError SqliteBulkWriter::run(int index, const QVariant *values, qsizetype count, qint64 *insertedId)
{
    Statement &statement = m_statements.at(size_t(index));
    sqlite3_reset(statement.handle);
    for (int i = 0; i < count; ++i) {
        if (DatabaseError error = bind(statement, i, values[i]))
            return error;
    }
    if (sqlite3_step(statement.handle) != SQLITE_DONE) {
        DatabaseError error = failure(tr("Writing the imported rows"));
        sqlite3_reset(statement.handle);
        return error;
    }
    if (insertedId)
        *insertedId = sqlite3_last_insert_rowid(m_db);
    return {};
}

DatabaseError SqliteBulkWriter::expectRows(const QString &table, qint64 rows)
{
    if (!m_inTransaction || rows < DeferIndexesFrom)
        return {};
    const QString what = tr("Preparing the import");
    const QByteArray name = table.toUtf8();
    sqlite3_stmt *query = nullptr;
    // The table name comes from the entity catalog; the statement binds it all the same.
    if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &query, nullptr) != SQLITE_OK)
        return failure(what);
    sqlite3_bind_text(query, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    const bool exists = sqlite3_step(query) == SQLITE_ROW && sqlite3_column_int64(query, 0) == 1;
    sqlite3_finalize(query);
    if (!exists)
        return {};
    const QByteArray count = "SELECT count(*) FROM \"" + name + "\"";
    if (sqlite3_prepare_v2(m_db, count.constData(), int(count.size()), &query, nullptr) != SQLITE_OK)
        return failure(what);
    const qint64 existing = sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int64(query, 0) : 0;
    sqlite3_finalize(query);
    if (existing > DeferIndexesRatio * rows)
        return {};
    // Indexes the schema declares (not those behind UNIQUE constraints) are dropped inside
    // the transaction and built again before it commits; a rollback brings them back.
    if (sqlite3_prepare_v2(m_db, BulkLoadTuning::IndexesSql, -1, &query, nullptr) != SQLITE_OK)
        return failure(what);
    sqlite3_bind_text(query, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    QList<QPair<QByteArray, QByteArray>> indexes;
    while (sqlite3_step(query) == SQLITE_ROW)
        indexes.append({QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query, 0))),
                        QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query, 1)))});
    sqlite3_finalize(query);
    for (const auto &index : std::as_const(indexes)) {
        const QByteArray drop = BulkLoadTuning::dropIndexSql(QString::fromUtf8(index.first)).toUtf8();
        if (DatabaseError error = execute(drop.constData(), what))
            return error;
        m_deferredIndexes << index.second;
    }
    return {};
}

DatabaseError SqliteBulkWriter::commit()
{
    if (!m_inTransaction)
        return {};
    for (Statement &statement : m_statements)
        sqlite3_reset(statement.handle);
    for (const QByteArray &index : std::as_const(m_deferredIndexes)) {
        if (DatabaseError error = execute(index.constData(), tr("Saving the import"))) {
            rollback();
            return error;
        }
    }
    m_deferredIndexes.clear();
    const DatabaseError error = execute("COMMIT", tr("Saving the import"));
    if (error) {
        rollback();
        return error;
    }
    m_inTransaction = false;
    return {};
}

void SqliteBulkWriter::rollback()
{
    m_deferredIndexes.clear();
    if (!m_inTransaction)
        return;
    for (Statement &statement : m_statements)
        sqlite3_reset(statement.handle);
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
}
