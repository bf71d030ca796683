// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QList>
#include <QString>

#include <optional>

// A filter a table offers above its columns: one value of an enumeration or one referenced
// record (a school, an authority). Records that belong to a school can also be filtered by
// the school's authority.
struct TableFilter
{
    QString key; // the field's column; "authority_id" also for the authority of the school
    const char *sourceLabel = ""; // translated in context "Field"
    std::optional<EnumKind> enumKind;
    std::optional<EntityKind> reference;
    bool viaSchool = false; // the record's school belongs to the chosen authority

    QString label() const;
    // SQL condition over the table alias `t` with one placeholder for the chosen value.
    QString condition() const;

    static QList<TableFilter> forEntity(const EntitySpec &entity);
};
