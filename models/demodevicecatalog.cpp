// SPDX-License-Identifier: EUPL-1.2
#include "demodevicecatalog.h"

namespace DemoDeviceCatalog {

QStringList categoryCodes()
{
    return {QStringLiteral("pc"), QStringLiteral("notebook"), QStringLiteral("tablet"),
            QStringLiteral("display"), QStringLiteral("projector"), QStringLiteral("printer"),
            QStringLiteral("server"), QStringLiteral("access_point"), QStringLiteral("switch"),
            QStringLiteral("firewall"), QStringLiteral("other")};
}

QList<Model> models()
{
    struct Raw
    {
        Category category;
        const char *manufacturer;
        const char *model;
        int firstYear;
        int priceEuro;
        int warrantyMonths;
    };
    static const Raw raw[] = {
        {Pc, "Fujitsu", "Esprimo D538", 2017, 720, 36},
        {Pc, "Fujitsu", "Esprimo D7010", 2020, 760, 60},
        {Pc, "Dell", "OptiPlex 3070", 2019, 690, 36},
        {Pc, "Dell", "OptiPlex 7010", 2023, 820, 60},
        {Pc, "HP", "ProDesk 400 G7", 2020, 700, 36},
        {Pc, "Lenovo", "ThinkCentre M720s", 2018, 650, 36},
        {Pc, "Lenovo", "ThinkCentre M70q Gen 3", 2022, 780, 36},
        {Notebook, "Lenovo", "ThinkPad E580", 2018, 720, 24},
        {Notebook, "Lenovo", "ThinkPad L14 Gen 1", 2020, 850, 36},
        {Notebook, "Lenovo", "ThinkPad L14 Gen 3", 2022, 900, 36},
        {Notebook, "Dell", "Latitude 3510", 2020, 780, 36},
        {Notebook, "Dell", "Latitude 3540", 2023, 820, 36},
        {Notebook, "HP", "ProBook 450 G5", 2018, 750, 24},
        {Notebook, "HP", "ProBook 450 G9", 2022, 880, 36},
        {Notebook, "Fujitsu", "Lifebook A3510", 2020, 620, 24},
        {Notebook, "Acer", "TravelMate P214", 2021, 640, 24},
        {Tablet, "Apple", "iPad (6. Generation)", 2018, 340, 24},
        {Tablet, "Apple", "iPad (7. Generation)", 2019, 350, 24},
        {Tablet, "Apple", "iPad (8. Generation)", 2020, 360, 24},
        {Tablet, "Apple", "iPad (9. Generation)", 2021, 370, 24},
        {Tablet, "Apple", "iPad (10. Generation)", 2022, 450, 24},
        {Tablet, "Apple", "iPad (A16)", 2025, 420, 24},
        {Tablet, "Samsung", "Galaxy Tab A7", 2020, 230, 24},
        {Tablet, "Samsung", "Galaxy Tab A8", 2022, 250, 24},
        {Tablet, "Lenovo", "Tab M10", 2019, 200, 24},
        {Display, "Promethean", "ActivPanel Nickel 75\"", 2020, 3900, 60},
        {Display, "Promethean", "ActivPanel 9 86\"", 2023, 5200, 60},
        {Display, "SMART", "Board MX 86\"", 2019, 5400, 60},
        {Display, "Samsung", "Flip Pro 75\"", 2021, 3600, 36},
        {Display, "Clevertouch", "UX Pro 75\"", 2020, 3300, 60},
        {Display, "ViewSonic", "ViewBoard IFP7550", 2017, 3100, 36},
        {Projector, "Epson", "EB-695Wi", 2017, 1400, 36},
        {Projector, "Epson", "EB-770Fi", 2021, 1900, 60},
        {Projector, "BenQ", "MW560", 2017, 450, 36},
        {Projector, "Optoma", "W400LVe", 2019, 520, 36},
        {Printer, "Kyocera", "ECOSYS M3655idn", 2017, 650, 36},
        {Printer, "Kyocera", "ECOSYS MA4500ifx", 2022, 780, 36},
        {Printer, "Brother", "MFC-L8900CDW", 2018, 620, 36},
        {Printer, "HP", "LaserJet Pro M404dn", 2019, 280, 12},
        {Printer, "HP", "Color LaserJet Enterprise M555dn", 2020, 950, 12},
        {Server, "Fujitsu", "Primergy TX1320 M3", 2017, 2100, 36},
        {Server, "Dell", "PowerEdge T340", 2018, 2900, 60},
        {Server, "Dell", "PowerEdge T350", 2021, 3300, 60},
        {Server, "Fujitsu", "Primergy TX1330 M5", 2021, 2800, 60},
        {Server, "HPE", "ProLiant ML30 Gen10 Plus", 2021, 2400, 36},
        {AccessPoint, "Ubiquiti", "UniFi AP AC Pro", 2017, 160, 24},
        {AccessPoint, "Ubiquiti", "UniFi U6 Pro", 2021, 190, 24},
        {AccessPoint, "HPE Aruba", "AP-505", 2020, 520, 60},
        {AccessPoint, "LANCOM", "LW-600", 2020, 430, 60},
        {AccessPoint, "LANCOM", "LX-6400", 2022, 560, 60},
        {Switch, "Netgear", "GS752TP", 2017, 900, 60},
        {Switch, "HPE Aruba", "2930F 48G PoE+", 2018, 2400, 60},
        {Switch, "HPE Aruba", "CX 6100 48G", 2021, 1900, 60},
        {Switch, "LANCOM", "GS-3652XP", 2020, 3100, 60},
        {Firewall, "Sophos", "XG 230", 2017, 2900, 36},
        {Firewall, "Securepoint", "RC300", 2019, 2200, 36},
        {Firewall, "LANCOM", "R&S Unified Firewall UF-360", 2020, 2700, 36},
        {Firewall, "Sophos", "XGS 2100", 2021, 3600, 36},
        {Other, "IPEVO", "V4K Dokumentenkamera", 2017, 110, 12},
        {Other, "Elmo", "MX-P3 Dokumentenkamera", 2019, 480, 24},
        {Other, "Leba", "NoteCart Unifit 16 (Ladewagen)", 2019, 1900, 60},
    };
    QList<Model> result;
    for (const Raw &entry : raw)
        result.append({entry.category, QString::fromUtf8(entry.manufacturer), QString::fromUtf8(entry.model),
                       entry.firstYear, entry.priceEuro, entry.warrantyMonths});
    return result;
}

const QList<int> &categoryWeights(const QString &schoolType)
{
    // pc, notebook, tablet, display, projector, printer, server, access point, switch, firewall, other
    static const QList<int> primary{40, 140, 550, 110, 30, 40, 4, 60, 10, 1, 15};
    static const QList<int> secondary{140, 240, 380, 90, 40, 35, 4, 45, 10, 1, 15};
    static const QList<int> vocational{300, 250, 250, 70, 40, 35, 5, 35, 10, 1, 4};
    static const QList<int> special{60, 200, 500, 100, 20, 50, 4, 50, 8, 1, 7};
    if (schoolType == QLatin1String("02"))
        return primary;
    if (schoolType == QLatin1String("30"))
        return vocational;
    if (schoolType == QLatin1String("08"))
        return special;
    return secondary;
}

const Rooms &rooms()
{
    static const Rooms rooms = [] {
        Rooms result;
        for (const char building : {'A', 'B', 'C'}) {
            for (int floor = 0; floor <= 2; ++floor) {
                for (int room = 1; room <= 20; ++room)
                    result.classrooms << QStringLiteral("%1 %2.%3").arg(QLatin1Char(building)).arg(floor)
                                             .arg(room, 2, 10, QLatin1Char('0'));
            }
        }
        for (int i = 1; i <= 12; ++i)
            result.tabletCases << QStringLiteral("Tabletkoffer %1").arg(i);
        for (int i = 1; i <= 6; ++i)
            result.notebookCarts << QStringLiteral("Notebookwagen %1").arg(i);
        for (int i = 1; i <= 3; ++i)
            result.computerRooms << QStringLiteral("Informatikraum %1").arg(i);
        result.office = {QStringLiteral("Sekretariat"), QStringLiteral("Schulleitung"), QStringLiteral("Verwaltung")};
        result.technical = {QStringLiteral("Serverraum"), QStringLiteral("Technikraum EG"),
                            QStringLiteral("Verteiler 1. OG"), QStringLiteral("Verteiler 2. OG")};
        result.printing = {QStringLiteral("Sekretariat"), QStringLiteral("Lehrerzimmer"),
                           QStringLiteral("Kopierraum"), QStringLiteral("Informatikraum 1"),
                           QStringLiteral("Bibliothek")};
        result.staffRoom = QStringLiteral("Lehrerzimmer");
        result.store = QStringLiteral("Lager");
        return result;
    }();
    return rooms;
}

} // namespace DemoDeviceCatalog
