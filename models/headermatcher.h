// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "entityspec.h"

// Matches the header of a file to the fields of an entity by name: the column name, the
// English and the German label and the field's import aliases. Case, spaces, punctuation
// and the spelling of umlauts ("Trägernummer", "Traegernummer") do not matter.
class HeaderMatcher
{
public:
    static QString normalize(const QString &name);
    // Every name a field answers to, normalized.
    static QStringList namesOf(const FieldSpec &field);
    // The field a header names, or -1.
    static int fieldFor(const EntitySpec &entity, const QString &header);
    // A column per header; a field already taken by an earlier column is not taken again.
    static ColumnMapping guess(const EntitySpec &entity, const QStringList &headers);
    // Required fields the mapping leaves without a column (their indexes).
    static QList<int> missingRequired(const EntitySpec &entity, const ColumnMapping &mapping);
};
