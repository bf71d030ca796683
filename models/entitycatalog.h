// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

// The description of every entity, in the order the navigation shows them.
namespace EntityCatalog {
const QList<EntitySpec> &all();
const EntitySpec &spec(EntityKind kind);
const EntitySpec *byTable(const QString &table);
const EntitySpec *byCommandName(const QString &name);
QStringList commandNames();
}
