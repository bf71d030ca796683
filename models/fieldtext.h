// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

// Values as people read and type them, in the current locale: "1.234,56 €", "31.12.2025",
// German enumeration labels, "Ja"/"Nein". The tables show these texts, copy them to the
// clipboard, and read them back from a paste.
namespace FieldText {

// The stored value as text; a reference needs the referenced record's name.
QString display(const FieldSpec &field, const QVariant &value, const QString &referenceName = {});
// For computed values (no field): Money cents, ISO or QDate dates, percents, text.
QString display(FieldKind kind, const QVariant &value);
QString date(const QDate &date);
QString yesNo(bool value);

// Finds a referenced record by what someone typed (its name or its key).
using ReferenceResolver = std::function<std::optional<qint64>(EntityKind target, const QString &text)>;

// Text into the stored form (ISO date, cents, code, id). Text that does not fit is passed
// on unchanged, so the validator explains in its own words what is wrong with it.
QVariant parse(const FieldSpec &field, const QString &text, const ReferenceResolver &resolve = {});
std::optional<QDate> parseDate(const QString &text);
std::optional<double> parseNumber(const QString &text);
std::optional<bool> parseBool(const QString &text);

} // namespace FieldText
