// SPDX-License-Identifier: EUPL-1.2
#include "sqlitebulkwriter.h"

#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BulkWriter", text);
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
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_finalize(statement);
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
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return failure(what);
        sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
        // The same rules as the program's own connection; a larger page cache keeps the
        // indexes of a big import in memory.
        if (DatabaseError error = execute("PRAGMA foreign_keys = ON", what))
            return error;
        if (DatabaseError error = execute("PRAGMA cache_size = -65536", what))
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
    m_statements.push_back(prepared);
    *statement = int(m_statements.size()) - 1;
    return {};
}

DatabaseError SqliteBulkWriter::run(int statement, const QVariant *values, qsizetype count, qint64 *insertedId)
{
    sqlite3_stmt *prepared = m_statements.at(size_t(statement));
    sqlite3_reset(prepared);
    for (int i = 0; i < count; ++i) {
        const QVariant &value = values[i];
        int rc = SQLITE_OK;
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(prepared, i + 1);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(prepared, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(prepared, i + 1, value.toDouble());
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(prepared, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        if (rc != SQLITE_OK)
            return failure(tr("Writing the imported rows"));
    }
    if (sqlite3_step(prepared) != SQLITE_DONE) {
        DatabaseError error = failure(tr("Writing the imported rows"));
        sqlite3_reset(prepared);
        return error;
    }
    if (insertedId)
        *insertedId = sqlite3_last_insert_rowid(m_db);
    return {};
}

DatabaseError SqliteBulkWriter::commit()
{
    if (!m_inTransaction)
        return {};
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_reset(statement);
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
    if (!m_inTransaction)
        return;
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_reset(statement);
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
}
