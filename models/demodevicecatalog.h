// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the demo county's devices are drawn from: device categories in the order of
// DemoCounty::CategoryBit, real models of school IT with the year they came out, a typical
// price and warranty, the mix of categories per kind of school, and room names.
namespace DemoDeviceCatalog {

struct Model
{
    int category = 0; // index into categoryCodes()
    QString manufacturer;
    QString model;
    int firstYear = 0;
    int priceEuro = 0;
    int warrantyMonths = 0;
};

enum Category { Pc, Notebook, Tablet, Display, Projector, Printer, Server, AccessPoint, Switch,
                Firewall, Other, CategoryCount };

QStringList categoryCodes();
QList<Model> models();
// Relative frequency of each category at a school of this NRW type.
const QList<int> &categoryWeights(const QString &schoolType);

struct Rooms
{
    QStringList classrooms;   // "B 1.07"
    QStringList tabletCases;  // "Tabletkoffer 3"
    QStringList notebookCarts;
    QStringList computerRooms;
    QStringList office;       // Sekretariat, Schulleitung, ...
    QStringList technical;    // Serverraum, Verteiler
    QStringList printing;
    QString staffRoom;
    QString store;            // where devices in stock wait
};
const Rooms &rooms();

} // namespace DemoDeviceCatalog
