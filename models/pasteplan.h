// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "recordchange.h"

#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <utility>

class Database;
class ReferenceListModel;

// Turns cells pasted from a spreadsheet into record changes: the cells of each pasted row
// go into the columns from the current one on; rows past the existing records become new
// records. Texts are read as people write them ("1.234,56 €", "31.12.2025", German
// labels, school names or numbers); what cannot be read is passed on for the validator to
// explain. The changes run as one undo step, so a single bad row saves nothing.
class PastePlan
{
public:
    PastePlan(Database &database, const EntitySpec &entity);
    ~PastePlan();

    // fieldIndexes: the target column of each pasted cell (-1: a computed column, skipped).
    QList<RecordChange> build(const QList<int> &fieldIndexes, const QList<QStringList> &rows,
                              const QList<qint64> &existingIds, const QVariantMap &newRecordContext);
    // One value into many cells (record id, field index): one update per record.
    QList<RecordChange> fill(const QList<std::pair<qint64, int>> &cells, const QString &text);

    // A first pasted row that only repeats the column titles.
    bool isHeaderRow(const QList<int> &fieldIndexes, const QStringList &row) const;

private:
    std::optional<qint64> resolve(EntityKind target, const QString &text);
    QVariantMap updatedValues(qint64 id, const QVariantMap &values) const;

    Database &m_database;
    const EntitySpec &m_entity;
    std::map<EntityKind, std::unique_ptr<ReferenceListModel>> m_references;
};
