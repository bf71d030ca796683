// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QList>
#include <QString>

// Values a table shows next to the stored fields, computed from them.
enum class DerivedColumn {
    None,
    ContractNextCancel,  // next last day to cancel (ContractTerms)
    ContractTermEnd,     // end of the term that deadline belongs to
    ContractSchools,     // schools the contract covers (many to many)
    AllocationRemaining, // allocated - spent
    AllocationShareSpent // spent / allocated in percent
};

// One column of an entity table: a stored field or a derived value.
struct TableColumn
{
    int fieldIndex = -1; // index into EntitySpec::fields; -1 for a derived column
    DerivedColumn derived = DerivedColumn::None;
    FieldKind kind = FieldKind::Text; // how the value is shown and compared
    const char *sourceLabel = "";     // derived columns; translated in context "Field"

    bool isField() const { return fieldIndex >= 0; }
    const FieldSpec *field(const EntitySpec &entity) const;
    QString label(const EntitySpec &entity) const;
    // Whether the database can order by the column; contract deadlines are computed in C++.
    bool sortsInDatabase() const;

    // The stored fields in catalog order with the entity's derived columns (a contract's
    // deadline next to its authority, an allocation's remaining money at the end).
    static QList<TableColumn> forEntity(const EntitySpec &entity);
};
