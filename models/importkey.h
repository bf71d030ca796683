// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QVariant>

// The fields that tell whether a row of a file is a record the database already has:
// the natural key (school number, inventory number, contract number, name), the pair of
// program and authority for an allocation, and for an entity without such a key its
// reference fields and required text fields (a measure: school, program and title; a
// system: authority, school if any, and product).
namespace ImportKey {
QList<int> fields(const EntitySpec &entity);
// One string for the key's values; empty when a required part of the key is missing.
QString make(const EntitySpec &entity, const QList<int> &fields, const QList<QVariant> &values);
QString valueText(const QVariant &value);
}
