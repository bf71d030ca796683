// SPDX-License-Identifier: EUPL-1.2
#include "demonames.h"

#include "democounty.h"

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    result.reserve(qsizetype(items.size()));
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

DemoNames::Town town(const char *place, const char *authorityName, const char *kind,
                     const char *traegerNumber, const char *postalCode, const char *code,
                     const char *areaCode, std::initializer_list<const char *> districts,
                     int primarySchools, std::initializer_list<const char *> secondaryTypes)
{
    return {QString::fromUtf8(place), QString::fromUtf8(authorityName), QString::fromUtf8(kind),
            QString::fromUtf8(traegerNumber), QString::fromUtf8(postalCode), QString::fromUtf8(code),
            QString::fromUtf8(areaCode), list(districts), primarySchools, list(secondaryTypes)};
}
} // namespace

namespace DemoNames {

QList<Town> towns()
{
    return {
        town("Coesfeld", "Kreis Coesfeld", "county", "10595", "48653", "KCO", "02541", {}, 0, {}),
        town("Ascheberg", "Gemeinde Ascheberg", "municipality", "14114", "59387", "ASC", "02593",
             {"Ascheberg", "Herbern", "Davensberg"}, 3, {"14"}),
        town("Billerbeck", "Stadt Billerbeck", "town", "14011", "48727", "BIL", "02543",
             {"Billerbeck"}, 2, {"15"}),
        town("Coesfeld", "Stadt Coesfeld", "town", "13997", "48653", "COE", "02541",
             {"Coesfeld", "Lette", "Goxel"}, 7, {"20", "20", "10", "15", "04"}),
        town("Dülmen", "Stadt Dülmen", "town", "14000", "48249", "DUL", "02594",
             {"Dülmen", "Buldern", "Hiddingsel", "Merfeld", "Rorup", "Hausdülmen"}, 8,
             {"20", "20", "10", "15", "04"}),
        town("Havixbeck", "Gemeinde Havixbeck", "municipality", "14254", "48329", "HAV", "02507",
             {"Havixbeck", "Hohenholte"}, 2, {"15"}),
        town("Lüdinghausen", "Stadt Lüdinghausen", "town", "14199", "59348", "LUE", "02591",
             {"Lüdinghausen", "Seppenrade"}, 4, {"20", "20", "10", "14"}),
        town("Nordkirchen", "Gemeinde Nordkirchen", "municipality", "14229", "59394", "NKI", "02596",
             {"Nordkirchen", "Capelle", "Südkirchen"}, 3, {"20"}),
        town("Nottuln", "Gemeinde Nottuln", "municipality", "14280", "48301", "NOT", "02502",
             {"Nottuln", "Appelhülsen", "Schapdetten", "Darup"}, 4, {"20", "15"}),
        town("Olfen", "Stadt Olfen", "town", "11046", "59399", "OLF", "02595",
             {"Olfen", "Vinnum"}, 2, {"15"}),
        town("Rosendahl", "Gemeinde Rosendahl", "municipality", "14060", "48720", "ROS", "02547",
             {"Osterwick", "Darfeld", "Holtwick"}, 3, {"14"}),
        town("Senden", "Gemeinde Senden", "municipality", "14126", "48308", "SEN", "02597",
             {"Senden", "Bösensell", "Ottmarsbocholt"}, 4, {"20", "14"}),
    };
}

QList<CountySchool> countySchools()
{
    return {{QStringLiteral("30"), QStringLiteral("Coesfeld")},
            {QStringLiteral("30"), QStringLiteral("Dülmen")},
            {QStringLiteral("30"), QStringLiteral("Lüdinghausen")},
            {QStringLiteral("08"), QStringLiteral("Coesfeld")},
            {QStringLiteral("08"), QStringLiteral("Dülmen")},
            {QStringLiteral("08"), QStringLiteral("Nottuln")}};
}

QStringList firstNames()
{
    return list({"Anna", "Andrea", "Bernd", "Birgit", "Christian", "Claudia", "Daniel", "Dorothee",
                 "Elisabeth", "Frank", "Gabriele", "Hendrik", "Ines", "Jan", "Jörg", "Julia",
                 "Katharina", "Klaus", "Lena", "Ludger", "Maria", "Markus", "Martina", "Michael",
                 "Monika", "Nadine", "Norbert", "Petra", "Ralf", "Sabine", "Sandra", "Stefan",
                 "Susanne", "Thomas", "Tobias", "Ulrike", "Volker", "Werner", "Yvonne", "Zeynep"});
}

QStringList lastNames()
{
    return list({"Althoff", "Beckmann", "Berning", "Böckenholt", "Brüggemann", "Damberg", "Demming",
                 "Frieling", "Gerdemann", "Hölscher", "Hovestadt", "Hüging", "Kemper", "Könning",
                 "Kortmann", "Lammers", "Lütke Wöstmann", "Mertens", "Niehues", "Overmann",
                 "Pieper", "Reckers", "Rolfes", "Schlüter", "Schulze Althoff", "Schulze Pellengahr",
                 "Suttrup", "Tenhagen", "Terhorst", "Thiemann", "Uphues", "Vennemann", "Voß",
                 "Wessels", "Wiesmann", "Wilmers", "Wolters", "Yilmaz", "Zumbusch", "Öztürk"});
}

QStringList streets()
{
    return list({"Am Wall", "Schulstraße", "Kirchstraße", "Bahnhofstraße", "Münsterstraße",
                 "Mühlenweg", "Lindenallee", "Overbergstraße", "Ludgeristraße", "Gartenstraße",
                 "Am Stadtpark", "Borkener Straße", "Dülmener Straße", "Holtwicker Straße",
                 "Sportplatzweg", "Am Schulzentrum", "Südring", "Nordring", "Hohe Straße",
                 "Kardinal-von-Galen-Straße", "Stiftsstraße", "Burgstraße", "Am Mühlenbach",
                 "Steverstraße", "Berkelweg", "Droste-Hülshoff-Straße", "Pfarrer-Huesmann-Weg",
                 "Daruper Straße", "Lüdinghauser Straße", "Schlossallee", "Von-Galen-Ring",
                 "Eichendorffstraße", "Kastanienweg", "Baumberger Straße", "Weseler Straße"});
}

QStringList primarySchoolNames()
{
    return list({"Ludgerischule", "Grundschule am Wall", "Kardinal-von-Galen-Schule", "Lambertischule",
                 "Marienschule", "Overbergschule", "Paul-Gerhardt-Schule", "Pestalozzischule",
                 "Brüder-Grimm-Schule", "Sonnenschule", "Regenbogenschule", "Kastanienschule",
                 "Lindenschule", "Eichendorffschule", "Josefschule", "Martinschule",
                 "St.-Georg-Schule", "Vinzenzschule", "Canisiusschule", "Don-Bosco-Schule",
                 "Astrid-Lindgren-Schule", "Michaelschule", "Liebfrauenschule",
                 "Grundschule im Grünen", "Grundschule an der Berkel", "Grundschule an der Stever",
                 "Grundschule am Mühlenbach", "Laurentiusschule", "Kolpingschule", "Antoniusschule",
                 "Sebastianschule", "Bernhardschule", "Mauritiusschule", "Agathaschule",
                 "Nikolausschule", "Christophorusschule", "Clemensschule", "Bonifatiusschule",
                 "Franziskusschule", "Elisabethschule", "Johannesschule", "Dietrich-Bonhoeffer-Schule",
                 "Erich-Kästner-Schule", "Wilhelm-Busch-Schule", "Grundschule am Burgwall",
                 "Baumbergeschule", "Grundschule am Schlosspark", "Hügelschule", "Vogelsangschule",
                 "Grundschule Zum Roten Berge", "Grundschule im Kirchfeld", "Waldschule",
                 "Ludwig-Richter-Schule", "Friedensschule", "Mühlenschule", "Hollandschule"});
}

QStringList secondarySchoolNames(const QString &type)
{
    if (type == QLatin1String("20"))
        return list({"Annette-von-Droste-Hülshoff-Gymnasium", "Clemens-August-Gymnasium",
                     "Gymnasium St. Viktor", "Hermann-Hesse-Gymnasium", "Gymnasium am Schlossgarten",
                     "Canisius-Gymnasium", "Kardinal-von-Galen-Gymnasium", "Liudger-Gymnasium",
                     "Gymnasium Baumberge", "Anne-Frank-Gymnasium", "Geschwister-Scholl-Gymnasium"});
    if (type == QLatin1String("10"))
        return list({"Realschule am Holtkamp", "Overberg-Realschule", "Marien-Realschule",
                     "Realschule an der Stever", "Ludgeri-Realschule", "Kolping-Realschule"});
    if (type == QLatin1String("14"))
        // The place's name is added: "Profilschule Ascheberg".
        return list({"Profilschule", "Sekundarschule", "Verbundschule", "Steverschule", "Liudgerschule"});
    if (type == QLatin1String("15"))
        return list({"Anne-Frank-Gesamtschule", "Gesamtschule am Burgwall", "Wolfhelm-Gesamtschule",
                     "Liebfrauen-Gesamtschule", "Gesamtschule Baumberge", "Geschwister-Scholl-Gesamtschule",
                     "Hermann-Gmeiner-Gesamtschule"});
    if (type == QLatin1String("04"))
        return list({"Hauptschule am Wiesengrund", "Paul-Gerhardt-Hauptschule", "Overberg-Hauptschule",
                     "Hauptschule an der Berkel"});
    if (type == QLatin1String("30"))
        return list({"Liudger-Berufskolleg", "Berufskolleg an der Berkel", "Berufskolleg Steverland",
                     "Berufskolleg Baumberge", "Hildegard-von-Bingen-Berufskolleg"});
    if (type == QLatin1String("08"))
        return list({"Schule am Mühlenbach, Förderschwerpunkt Lernen",
                     "Sonnenhügelschule, Förderschwerpunkt Geistige Entwicklung",
                     "Kastanienhofschule, Förderschwerpunkt Sprache",
                     "Regenbogenschule, Förderschwerpunkt Emotionale und soziale Entwicklung"});
    return {};
}

QStringList schoolNotes()
{
    return list({"Neubau Gebäude B in Planung", "Glasfaseranschluss beantragt",
                 "Teilstandort mit eigenem Netz", "Medienkonzept 2024 fortgeschrieben",
                 "Ganztag im Nebengebäude", "WLAN-Ausbau im Altbau offen",
                 "Gebäude unter Denkmalschutz: Verkabelung nur eingeschränkt möglich"});
}

QStringList vendors()
{
    return list({"Münsterland IT-Service GmbH", "Baumberge Systemhaus GmbH",
                 "Steverland Netzwerke GmbH & Co. KG", "Berkel Digital GmbH",
                 "Westmünsterland EDV-Service e. K.", "Schulnetz Münsterland GmbH",
                 "Lippe-IT Systemhaus GmbH", "Hohe Mark Medientechnik GmbH",
                 "Prinzipalmarkt Solutions GmbH", "Kommunal-IT Westfalen AöR"});
}

QList<ContractSubject> contractSubjects()
{
    using C = DemoCounty;
    return {{QStringLiteral("Wartung Schulnetzwerk (LAN/WLAN) und Server"),
             C::Server | C::Switch | C::AccessPoint | C::Firewall},
            {QStringLiteral("Support mobile Endgeräte und MDM"), C::Tablet | C::Notebook},
            {QString::fromUtf8("Wartung interaktive Displays und Präsentationstechnik"),
             C::Display | C::Projector | C::Other},
            {QStringLiteral("Druckerwartung und Verbrauchsmaterial"), C::Printer},
            {QStringLiteral("First- und Second-Level-Support Arbeitsplatzrechner"), C::Pc | C::Notebook},
            {QStringLiteral("Firewall und Jugendschutzfilter (Managed Service)"), C::Firewall},
            {QString::fromUtf8("Pädagogische Netzwerklösung (Lizenz und Support)"), C::Server | C::Pc},
            {QStringLiteral("Betrieb Lernplattform und Schul-Cloud"), 0}};
}

QStringList contractNotes()
{
    return list({"Preisgleitklausel 3 % p. a.", "Kündigung nur schriftlich per Einschreiben",
                 "Vor-Ort-Einsätze nach Aufwand", "Rahmenvertrag aus gemeinsamer Ausschreibung",
                 "Reaktionszeit gilt werktags 7-17 Uhr", "Leistungsbeschreibung in der Akte"});
}

QStringList measureTitles()
{
    return list({"WLAN-Ausleuchtung Gebäude A", "WLAN-Ausleuchtung Gebäude B", "WLAN-Ausleuchtung Altbau",
                 "Interaktive Displays für 12 Klassenräume", "Interaktive Displays für die Fachräume",
                 "Strukturierte Verkabelung Altbau", "Strukturierte Verkabelung Neubau",
                 "Serverraum und USV", "Tablet-Koffer für die Klassen 3 und 4",
                 "Tablet-Koffer für die Jahrgangsstufe 5", "Glasfaser-Hausanschluss",
                 "Netzwerkschränke und Switches", "Dokumentenkameras für alle Klassenräume",
                 "Präsentationstechnik Aula", "Notebookwagen für die Naturwissenschaften",
                 "Access Points Trakt Nord"});
}

} // namespace DemoNames
