// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The fixed material the demo county is drawn from: Kreis Coesfeld's authorities with their
// real NRW authority numbers and postal codes, and pools of fictional but plausible names
// for schools, streets, people, vendors and contract subjects (German, as in a real county).
namespace DemoNames {

struct Town
{
    QString place;         // "Dülmen"
    QString authorityName; // "Stadt Dülmen"
    QString kind;          // county / town / municipality
    QString traegerNumber;
    QString postalCode;
    QString code;          // prefix of inventory numbers, e.g. "DUL"
    QString areaCode;      // telephone
    QStringList districts; // the first is the main place
    int primarySchools = 0;
    QStringList secondaryTypes; // NRW school type keys
};

struct CountySchool
{
    QString type;
    QString place;
};

struct ContractSubject
{
    QString text;
    int categories = 0; // DemoCounty::CategoryBit
};

// The county first, then the 11 towns and municipalities in alphabetical order.
QList<Town> towns();
// The schools the county itself runs (vocational colleges, special needs schools).
QList<CountySchool> countySchools();

QStringList firstNames();
QStringList lastNames();
QStringList streets();
QStringList primarySchoolNames();
QStringList secondarySchoolNames(const QString &type);
QStringList schoolNotes();
QStringList vendors();
QList<ContractSubject> contractSubjects();
QStringList contractNotes();
// Titles of funded measures at a school (WLAN in building B, interactive displays, ...).
QStringList measureTitles();

} // namespace DemoNames
