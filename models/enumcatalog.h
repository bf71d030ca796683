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
}
