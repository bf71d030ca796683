// SPDX-License-Identifier: EUPL-1.2
#include "demosystemscatalog.h"

namespace DemoSystemsCatalog {

namespace {
Product product(const char *name, const char *vendor, QStringList versions, int weight, int euroMin, int euroMax,
                bool licensed = true)
{
    return {QString::fromUtf8(name), QString::fromUtf8(vendor), std::move(versions), weight, euroMin, euroMax,
            licensed};
}

Product freeProduct(const char *name, const char *vendor, QStringList versions, int weight)
{
    return product(name, vendor, std::move(versions), weight, 0, 0, false);
}
} // namespace

QList<Category> categories()
{
    // Weights make a few products common, so the matrix shows what could be pooled.
    return {
        {QStringLiteral("firewall"), 1000, true,
         {product("Sophos XGS", "Sophos", {"19.5", "20.0"}, 5, 250, 450),
          product("Securepoint UTM", "Securepoint", {"12.6", "14.0"}, 4, 200, 380),
          product("Fortinet FortiGate", "Fortinet", {"7.2", "7.4"}, 2, 300, 520),
          product("LANCOM R&S Unified Firewall", "LANCOM Systems", {"10.9", "11.1"}, 1, 220, 400)}},
        {QStringLiteral("network_management"), 800, true,
         {product("LANCOM Management Cloud", "LANCOM Systems", {}, 5, 120, 260),
          product("Aruba Central", "HPE Aruba Networking", {}, 3, 150, 300),
          product("UniFi Network", "Ubiquiti", {"8.0"}, 2, 0, 40),
          product("ExtremeCloud IQ", "Extreme Networks", {}, 1, 160, 320)}},
        {QStringLiteral("mdm"), 1000, true,
         {product("Jamf School", "Jamf", {}, 5, 600, 1400),
          product("Relution", "Relution", {"5.x"}, 4, 500, 1200),
          product("Microsoft Intune", "Microsoft", {}, 2, 700, 1500)}},
        {QStringLiteral("school_server"), 1000, true,
         {product("IServ", "IServ GmbH", {"3"}, 6, 900, 1800),
          product("MNSpro Cloud", "AixConcept", {"2024", "2025"}, 3, 1100, 2200),
          product("Logodidact", "SBE network solutions", {"3.2"}, 1, 800, 1600)}},
        {QStringLiteral("learning_platform"), 1000, false,
         {freeProduct("LOGINEO NRW LMS", "Land NRW (Medienberatung NRW)", {"4.1"}, 7),
          product("Moodle", "Moodle (Betrieb durch Dienstleister)", {"4.1", "4.3"}, 3, 150, 400),
          product("itslearning", "itslearning", {}, 1, 400, 900)}},
        {QStringLiteral("communication"), 750, false,
         {freeProduct("LOGINEO NRW Messenger", "Land NRW (Medienberatung NRW)", {}, 5),
          product("schul.cloud", "heinekingmedia", {}, 3, 250, 600),
          product("Microsoft Teams", "Microsoft", {}, 1, 300, 700)}},
        {QStringLiteral("identity"), 550, true,
         {product("UCS@school", "Univention", {"5.0"}, 3, 300, 700),
          product("IServ IDM", "IServ GmbH", {"3"}, 3, 100, 250),
          product("Microsoft Entra ID", "Microsoft", {}, 1, 200, 500)}},
        {QStringLiteral("backup"), 750, true,
         {product("Veeam Backup & Replication", "Veeam", {"12"}, 4, 150, 350),
          product("Acronis Cyber Protect", "Acronis", {"16"}, 2, 120, 300),
          product("Synology Active Backup", "Synology", {"2.7"}, 2, 0, 60)}},
        {QStringLiteral("antivirus"), 800, true,
         {product("Sophos Intercept X", "Sophos", {}, 4, 200, 450),
          product("ESET PROTECT", "ESET", {"11"}, 3, 150, 350),
          product("G DATA Endpoint Protection", "G DATA CyberDefense", {"15"}, 2, 150, 320),
          freeProduct("Microsoft Defender", "Microsoft", {}, 2)}},
        {QStringLiteral("ticket_system"), 450, true,
         {product("Zammad", "Zammad GmbH", {"6.3"}, 4, 60, 150),
          product("OTOBO", "Rother OSS", {"11"}, 2, 50, 140),
          product("GLPI", "Teclib'", {"10"}, 1, 30, 90)}},
        {QStringLiteral("administration_network"), 700, false,
         {freeProduct("SchILD-NRW", "Land NRW", {"3.0"}, 5),
          product("Verwaltungsnetz citeq", "citeq", {}, 2, 350, 700)}},
        {QStringLiteral("other"), 500, false,
         {product("WebUntis", "Untis GmbH", {"2025"}, 4, 250, 600),
          product("DiLer", "DiLer e.V.", {}, 1, 0, 80)}},
    };
}

QList<Standard> standards()
{
    const QString secondary = QStringLiteral("04,10,14,15,20,30");
    return {
        {QStringLiteral("Glasfaser 1 Gbit/s"), QStringLiteral("infrastructure"),
         QStringLiteral("broadband_mbits"), QStringLiteral("at_least"), 1000, secondary,
         QStringLiteral("Gigabit-Anschluss für jede weiterführende Schule und jedes Berufskolleg.")},
        {QStringLiteral("Breitband 250 Mbit/s"), QStringLiteral("infrastructure"),
         QStringLiteral("broadband_mbits"), QStringLiteral("at_least"), 250, QStringLiteral("02,08"),
         QStringLiteral("Grund- und Förderschulen: Übergangsziel bis zum Glasfaseranschluss.")},
        {QStringLiteral("WLAN-Abdeckung"), QStringLiteral("infrastructure"),
         QStringLiteral("wlan_coverage_percent"), QStringLiteral("at_least"), 90, QString(),
         QStringLiteral("WLAN in mindestens 90 % der Unterrichtsräume.")},
        {QStringLiteral("Endgeräte Grundschule"), QStringLiteral("equipment"),
         QStringLiteral("pupils_per_device"), QStringLiteral("at_most"), 5, QStringLiteral("02"),
         QStringLiteral("Höchstens fünf Schülerinnen und Schüler je Endgerät.")},
        {QStringLiteral("Endgeräte weiterführende Schulen"), QStringLiteral("equipment"),
         QStringLiteral("pupils_per_device"), QStringLiteral("at_most"), 3, secondary,
         QStringLiteral("Höchstens drei Schülerinnen und Schüler je Endgerät.")},
        {QStringLiteral("Dienstgerät je Lehrkraft"), QStringLiteral("equipment"),
         QStringLiteral("teachers_per_device"), QStringLiteral("at_most"), 1, QString(),
         QStringLiteral("Jede Lehrkraft hat ein dienstliches Endgerät.")},
        {QStringLiteral("Austauschzyklus"), QStringLiteral("equipment"),
         QStringLiteral("devices_within_cycle_percent"), QStringLiteral("at_least"), 80, QString(),
         QStringLiteral("Mindestens 80 % der Geräte sind jünger als ihr Austauschzyklus.")},
        {QStringLiteral("Supportvertrag"), QStringLiteral("support"),
         QStringLiteral("support_contracts"), QStringLiteral("at_least"), 1, QString(),
         QStringLiteral("Jede Schule ist von einem laufenden Support- oder Wartungsvertrag erfasst.")},
        {QStringLiteral("Mobile Geräteverwaltung"), QStringLiteral("support"),
         QStringLiteral("mdm_systems"), QStringLiteral("at_least"), 1, QString(),
         QStringLiteral("Der Schulträger betreibt eine MDM-Lösung mit gültiger Lizenz.")},
    };
}

} // namespace DemoSystemsCatalog
