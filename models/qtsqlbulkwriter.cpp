// SPDX-License-Identifier: EUPL-1.2
#include "qtsqlbulkwriter.h"

#include "sqlerrors.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BulkWriter", text);
}
} // namespace

QtSqlBulkWriter::QtSqlBulkWriter(QSqlDatabase db, bool returningIds)
    : m_db(std::move(db))
    , m_returningIds(returningIds)
{
}

QtSqlBulkWriter::~QtSqlBulkWriter()
{
    m_queries.clear();
    m_transaction.reset();
}

DatabaseError QtSqlBulkWriter::begin()
{
    m_transaction = std::make_unique<Transaction>(m_db);
    if (!m_transaction->isActive())
        return SqlErrors::fromSqlError(m_db.lastError(), tr("Starting the import"));
    return {};
}

DatabaseError QtSqlBulkWriter::prepareInsert(const QString &table, const QStringList &columns, int *statement)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (m_returningIds)
        sql += QStringLiteral(" RETURNING id");
    return prepare(sql, statement);
}

DatabaseError QtSqlBulkWriter::prepare(const QString &sql, int *statement)
{
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(sql))
        return SqlErrors::fromSqlError(query->lastError(), tr("Preparing the import"));
    m_queries.push_back(std::move(query));
    *statement = int(m_queries.size()) - 1;
    return {};
}

DatabaseError QtSqlBulkWriter::run(int statement, const QVariant *values, qsizetype count, qint64 *insertedId)
{
    QSqlQuery &query = *m_queries.at(size_t(statement));
    for (int i = 0; i < count; ++i) {
        if (values[i].typeId() == QMetaType::QByteArray)
            query.bindValue(i, QString::fromUtf8(values[i].toByteArray()));
        else
            query.bindValue(i, values[i]);
    }
    if (!query.exec())
        return SqlErrors::fromSqlError(query.lastError(), tr("Writing the imported rows"));
    if (insertedId) {
        if (m_returningIds && query.next())
            *insertedId = query.value(0).toLongLong();
        else
            *insertedId = query.lastInsertId().toLongLong();
    }
    return {};
}

DatabaseError QtSqlBulkWriter::commit()
{
    if (!m_transaction)
        return {};
    for (auto &query : m_queries)
        query->finish();
    const bool committed = m_transaction->commit();
    m_transaction.reset();
    if (!committed)
        return SqlErrors::fromSqlError(m_db.lastError(), tr("Saving the import"));
    return {};
}

void QtSqlBulkWriter::rollback()
{
    for (auto &query : m_queries)
        query->finish();
    m_transaction.reset();
}
