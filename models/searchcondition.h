// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "database.h"
#include "sqlfragment.h"
#include "tablecolumn.h"

#include <QStringList>

#include <functional>

// Turns what someone types into a search box into an SQL condition over the table alias
// `t`: every word must appear in one of the searched columns. Text matches anywhere,
// enumerations by their German label, references by the referenced record's name,
// amounts, numbers and dates by value ("1.234,56", "31.12.2025", "12.2025", "2025").
class SearchCondition
{
public:
    // Ids of the referenced records whose name or key contains the term. With it, a
    // reference is matched against a short list of ids found beforehand (a small table)
    // instead of a subquery probed for every row of a large one.
    using ReferenceLookup = std::function<QList<qint64>(EntityKind target, const SqlFragment &condition)>;

    SearchCondition(const EntitySpec &entity, Database::Engine engine, ReferenceLookup lookup = {});

    // Words of the text; "quoted words" stay together.
    static QStringList terms(const QString &text);

    // Empty when the text holds no word.
    SqlFragment build(const QString &text, const QList<TableColumn> &columns) const;
    // Whether every record the longer text finds was found by the shorter one (the user typed
    // on): true when the words only grew or were added and the changed words are matched as
    // text, not as an amount, number or date (where "12,5" finds what "12" did not).
    bool narrows(const QString &shorter, const QString &longer, const QList<TableColumn> &columns) const;

private:
    SqlFragment termCondition(const QString &term, const QList<TableColumn> &columns) const;
    SqlFragment fieldCondition(const FieldSpec &field, const QString &term) const;
    bool matchesByValue(const QString &term, const QList<TableColumn> &columns) const;
    SqlFragment dateCondition(const QString &column, const QString &term) const;
    SqlFragment like(const QString &expression, const QString &term) const;

    const EntitySpec &m_entity;
    Database::Engine m_engine;
    ReferenceLookup m_lookup;
};
