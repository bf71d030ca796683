// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

// Every enumeration of the domain: short English codes in the database, German labels on
// screen, in exports and in reports.
enum class EnumKind {
    AuthorityKind,
    SupportModel,
    CooperationPhase,
    SchoolType,
    DeviceCategory,
    UserGroup,
    DeviceStatus,
    Funder,
    MeasureStatus,
    SystemCategory,
    SystemOperator,
    StandardArea,
    StandardMeasure,
    StandardComparison,
};

struct EnumEntry
{
    QString code;
    QString label; // translated
};

namespace EnumCatalog {
QList<EnumEntry> entries(EnumKind kind);
QStringList codes(EnumKind kind);
bool isValid(EnumKind kind, const QString &code);
QString label(EnumKind kind, const QString &code);
// Accepts a code or a label in any supported language, ignoring case; empty if unknown.
QString codeFor(EnumKind kind, const QString &codeOrLabel);

// Lists of codes in one text column (e.g. the school types a standard applies to): codes
// separated by commas, stored without duplicates in the catalogue's order.
QStringList splitList(const QString &stored);
// The stored form of codes or labels separated by commas or semicolons; `unknown` receives
// what is not a value of the kind.
QString normalizedList(EnumKind kind, const QString &codesOrLabels, QStringList *unknown = nullptr);
// The labels of a stored list, separated by ", ".
QString listLabel(EnumKind kind, const QString &stored);
}
