// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "contractterms.h"

#include <QDate>
#include <QList>
#include <QVariantList>

class Database;
class EntityQuery;

// The computed columns of loaded rows: appends one value per table column to each row
// (invalid for stored fields), after the values EntityQuery selected.
namespace DerivedValues {
void append(Database &database, const EntityQuery &query, QList<QVariantList> &rows, const QDate &today);
// The contract's terms from a selected row of support_contract.
ContractTerms::Contract contract(const EntityQuery &query, const QVariantList &row);
}
