// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

class Database;
class FieldDelegate;
class QObject;

// The delegate for a field by its kind; computed columns need none (they are read-only).
namespace DelegateFactory {
FieldDelegate *create(const FieldSpec &field, Database &database, QObject *parent);
}
