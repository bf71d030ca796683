// SPDX-License-Identifier: EUPL-1.2
#include "enumcatalog.h"

#include <QCoreApplication>

namespace {
struct RawEntry
{
    const char *code;
    const char *label; // English source text, translated in context "Enum"
};

QList<RawEntry> rawEntries(EnumKind kind)
{
    switch (kind) {
    case EnumKind::AuthorityKind:
        return {{"county", QT_TRANSLATE_NOOP("Enum", "County")},
                {"town", QT_TRANSLATE_NOOP("Enum", "Town")},
                {"municipality", QT_TRANSLATE_NOOP("Enum", "Municipality")},
                {"other", QT_TRANSLATE_NOOP("Enum", "Other")}};
    case EnumKind::SupportModel:
        return {{"own_staff", QT_TRANSLATE_NOOP("Enum", "Own staff")},
                {"vendor", QT_TRANSLATE_NOOP("Enum", "External vendor")},
                {"county_service", QT_TRANSLATE_NOOP("Enum", "County service")}};
    case EnumKind::CooperationPhase:
        return {{"not_yet", QT_TRANSLATE_NOOP("Enum", "Not yet")},
                {"pilot", QT_TRANSLATE_NOOP("Enum", "Pilot")},
                {"participating", QT_TRANSLATE_NOOP("Enum", "Participating")}};
    case EnumKind::SchoolType:
        // The keys of the official NRW school list (Schulgrunddaten).
        return {{"02", QT_TRANSLATE_NOOP("Enum", "Primary school")},
                {"04", QT_TRANSLATE_NOOP("Enum", "Hauptschule")},
                {"06", QT_TRANSLATE_NOOP("Enum", "Volksschule")},
                {"08", QT_TRANSLATE_NOOP("Enum", "Special needs school")},
                {"10", QT_TRANSLATE_NOOP("Enum", "Realschule")},
                {"13", QT_TRANSLATE_NOOP("Enum", "PRIMUS school")},
                {"14", QT_TRANSLATE_NOOP("Enum", "Sekundarschule")},
                {"15", QT_TRANSLATE_NOOP("Enum", "Comprehensive school")},
                {"16", QT_TRANSLATE_NOOP("Enum", "Gemeinschaftsschule")},
                {"17", QT_TRANSLATE_NOOP("Enum", "Waldorf school")},
                {"18", QT_TRANSLATE_NOOP("Enum", "Hibernia school")},
                {"19", QT_TRANSLATE_NOOP("Enum", "Waldorf special needs school")},
                {"20", QT_TRANSLATE_NOOP("Enum", "Gymnasium")},
                {"25", QT_TRANSLATE_NOOP("Enum", "Adult education college")},
                {"30", QT_TRANSLATE_NOOP("Enum", "Vocational college")},
                {"81", QT_TRANSLATE_NOOP("Enum", "Special needs school (key 81)")},
                {"83", QT_TRANSLATE_NOOP("Enum", "Special needs school (key 83)")},
                {"85", QT_TRANSLATE_NOOP("Enum", "Special needs school (key 85)")},
                {"87", QT_TRANSLATE_NOOP("Enum", "Special needs school (key 87)")},
                {"88", QT_TRANSLATE_NOOP("Enum", "Hospital school")}};
    case EnumKind::DeviceCategory:
        return {{"pc", QT_TRANSLATE_NOOP("Enum", "PC")},
                {"notebook", QT_TRANSLATE_NOOP("Enum", "Notebook")},
                {"tablet", QT_TRANSLATE_NOOP("Enum", "Tablet")},
                {"display", QT_TRANSLATE_NOOP("Enum", "Interactive display")},
                {"projector", QT_TRANSLATE_NOOP("Enum", "Projector")},
                {"printer", QT_TRANSLATE_NOOP("Enum", "Printer")},
                {"server", QT_TRANSLATE_NOOP("Enum", "Server")},
                {"access_point", QT_TRANSLATE_NOOP("Enum", "Access point")},
                {"switch", QT_TRANSLATE_NOOP("Enum", "Switch")},
                {"firewall", QT_TRANSLATE_NOOP("Enum", "Firewall")},
                {"other", QT_TRANSLATE_NOOP("Enum", "Other")}};
    case EnumKind::UserGroup:
        return {{"pupils", QT_TRANSLATE_NOOP("Enum", "Pupils")},
                {"teachers", QT_TRANSLATE_NOOP("Enum", "Teachers")},
                {"administration", QT_TRANSLATE_NOOP("Enum", "Administration")}};
    case EnumKind::DeviceStatus:
        return {{"in_use", QT_TRANSLATE_NOOP("Enum", "In use")},
                {"in_stock", QT_TRANSLATE_NOOP("Enum", "In stock")},
                {"defective", QT_TRANSLATE_NOOP("Enum", "Defective")},
                {"retired", QT_TRANSLATE_NOOP("Enum", "Retired")}};
    case EnumKind::Funder:
        return {{"federal", QT_TRANSLATE_NOOP("Enum", "Federal")},
                {"state", QT_TRANSLATE_NOOP("Enum", "State")},
                {"county", QT_TRANSLATE_NOOP("Enum", "County")},
                {"other", QT_TRANSLATE_NOOP("Enum", "Other")}};
    case EnumKind::MeasureStatus:
        return {{"planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
                {"applied", QT_TRANSLATE_NOOP("Enum", "Applied")},
                {"approved", QT_TRANSLATE_NOOP("Enum", "Approved")},
                {"in_progress", QT_TRANSLATE_NOOP("Enum", "In progress")},
                {"completed", QT_TRANSLATE_NOOP("Enum", "Completed")},
                {"proof_submitted", QT_TRANSLATE_NOOP("Enum", "Proof of use submitted")}};
    case EnumKind::SystemCategory:
        return {{"firewall", QT_TRANSLATE_NOOP("Enum", "Firewall")},
                {"network_management", QT_TRANSLATE_NOOP("Enum", "Network and WLAN management")},
                {"mdm", QT_TRANSLATE_NOOP("Enum", "Mobile device management")},
                {"school_server", QT_TRANSLATE_NOOP("Enum", "Pedagogical school server / network")},
                {"learning_platform", QT_TRANSLATE_NOOP("Enum", "Learning platform")},
                {"communication", QT_TRANSLATE_NOOP("Enum", "Communication / messenger")},
                {"identity", QT_TRANSLATE_NOOP("Enum", "Identity and user management")},
                {"backup", QT_TRANSLATE_NOOP("Enum", "Backup")},
                {"antivirus", QT_TRANSLATE_NOOP("Enum", "Antivirus")},
                {"ticket_system", QT_TRANSLATE_NOOP("Enum", "Ticket system")},
                {"administration_network", QT_TRANSLATE_NOOP("Enum", "Administration network")},
                {"other", QT_TRANSLATE_NOOP("Enum", "Other")}};
    case EnumKind::SystemOperator:
        return {{"own_staff", QT_TRANSLATE_NOOP("Enum", "Own staff")},
                {"vendor", QT_TRANSLATE_NOOP("Enum", "External vendor")},
                {"county", QT_TRANSLATE_NOOP("Enum", "County")}};
    case EnumKind::StandardArea:
        return {{"infrastructure", QT_TRANSLATE_NOOP("Enum", "Base infrastructure")},
                {"equipment", QT_TRANSLATE_NOOP("Enum", "IT equipment")},
                {"support", QT_TRANSLATE_NOOP("Enum", "Support")}};
    case EnumKind::StandardMeasure:
        return {{"broadband_mbits", QT_TRANSLATE_NOOP("Enum", "Broadband (Mbit/s)")},
                {"wlan_coverage_percent", QT_TRANSLATE_NOOP("Enum", "WLAN coverage (%)")},
                {"pupils_per_device", QT_TRANSLATE_NOOP("Enum", "Pupils per device")},
                {"teachers_per_device", QT_TRANSLATE_NOOP("Enum", "Teachers per teacher device")},
                {"devices_within_cycle_percent", QT_TRANSLATE_NOOP("Enum", "Devices within their replacement cycle (%)")},
                {"support_contracts", QT_TRANSLATE_NOOP("Enum", "Support contracts covering the school")},
                {"mdm_systems", QT_TRANSLATE_NOOP("Enum", "Mobile device management of the authority")}};
    case EnumKind::StandardComparison:
        return {{"at_least", QT_TRANSLATE_NOOP("Enum", "at least")},
                {"more_than", QT_TRANSLATE_NOOP("Enum", "more than")},
                {"at_most", QT_TRANSLATE_NOOP("Enum", "at most")},
                {"less_than", QT_TRANSLATE_NOOP("Enum", "less than")}};
    }
    return {};
}

QString normalized(const QString &text)
{
    QString result = text.trimmed().toLower();
    result.remove(QLatin1Char(' '));
    result.remove(QLatin1Char('_'));
    result.remove(QLatin1Char('-'));
    return result;
}
} // namespace

namespace EnumCatalog {

QList<EnumEntry> entries(EnumKind kind)
{
    QList<EnumEntry> result;
    for (const RawEntry &raw : rawEntries(kind))
        result.append({QString::fromLatin1(raw.code), QCoreApplication::translate("Enum", raw.label)});
    return result;
}

QStringList codes(EnumKind kind)
{
    QStringList result;
    for (const RawEntry &raw : rawEntries(kind))
        result << QString::fromLatin1(raw.code);
    return result;
}

bool isValid(EnumKind kind, const QString &code)
{
    return codes(kind).contains(code);
}

QString label(EnumKind kind, const QString &code)
{
    for (const RawEntry &raw : rawEntries(kind)) {
        if (code == QLatin1String(raw.code))
            return QCoreApplication::translate("Enum", raw.label);
    }
    return code;
}

QString codeFor(EnumKind kind, const QString &codeOrLabel)
{
    const QString wanted = normalized(codeOrLabel);
    if (wanted.isEmpty())
        return {};
    for (const RawEntry &raw : rawEntries(kind)) {
        const QString code = QString::fromLatin1(raw.code);
        if (wanted == normalized(code)
            || wanted == normalized(QString::fromLatin1(raw.label))
            || wanted == normalized(QCoreApplication::translate("Enum", raw.label)))
            return code;
    }
    // School types are also written without the leading zero ("2" for "02").
    if (kind == EnumKind::SchoolType && wanted.size() == 1 && wanted.at(0).isDigit())
        return codeFor(kind, QLatin1Char('0') + wanted);
    return {};
}

QStringList splitList(const QString &stored)
{
    QStringList result;
    for (const QString &part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        if (!code.isEmpty())
            result << code;
    }
    return result;
}

QString normalizedList(EnumKind kind, const QString &codesOrLabels, QStringList *unknown)
{
    QString text = codesOrLabels;
    text.replace(QLatin1Char(';'), QLatin1Char(','));
    QStringList found;
    for (const QString &part : splitList(text)) {
        const QString code = codeFor(kind, part);
        if (code.isEmpty()) {
            if (unknown)
                *unknown << part;
        } else if (!found.contains(code)) {
            found << code;
        }
    }
    QStringList ordered;
    for (const QString &code : codes(kind)) {
        if (found.contains(code))
            ordered << code;
    }
    return ordered.join(QLatin1Char(','));
}

QString listLabel(EnumKind kind, const QString &stored)
{
    QStringList labels;
    for (const QString &code : splitList(stored))
        labels << label(kind, code);
    return labels.join(QStringLiteral(", "));
}

} // namespace EnumCatalog
