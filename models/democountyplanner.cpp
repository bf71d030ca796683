// SPDX-License-Identifier: EUPL-1.2
#include "democountyplanner.h"

#include "democontractplanner.h"
#include "demofundingplanner.h"
#include "demonames.h"
#include "demorandom.h"

#include <map>

namespace {

struct SizeRange
{
    int minimum;
    int maximum;
    int pupilsPerTeacher;
};

SizeRange sizeOf(const QString &type, bool mainPlace)
{
    if (type == QLatin1String("02"))
        return mainPlace ? SizeRange{150, 400, 16} : SizeRange{80, 220, 16};
    if (type == QLatin1String("04"))
        return {300, 520, 14};
    if (type == QLatin1String("10"))
        return {450, 900, 16};
    if (type == QLatin1String("14"))
        return {350, 750, 15};
    if (type == QLatin1String("15"))
        return {700, 1300, 15};
    if (type == QLatin1String("20"))
        return {600, 1200, 16};
    if (type == QLatin1String("30"))
        return {1000, 3000, 22};
    return {80, 250, 6}; // special needs schools: small classes
}

int broadbandFor(const QString &type, DemoRandom &random)
{
    static const QList<int> speeds{50, 100, 250, 500, 1000};
    if (type == QLatin1String("02"))
        return speeds.at(random.weighted({2, 4, 3, 2, 1}));
    if (type == QLatin1String("30"))
        return 1000;
    if (type == QLatin1String("08"))
        return speeds.at(random.weighted({0, 2, 3, 2, 0}));
    return speeds.at(random.weighted({0, 0, 2, 3, 4}));
}

int wlanFor(const QString &type, DemoRandom &random)
{
    if (type == QLatin1String("02") || type == QLatin1String("08"))
        return random.uniform(20, 100);
    if (type == QLatin1String("30"))
        return random.uniform(60, 100);
    return random.uniform(40, 100);
}

// Takes names from a shuffled pool, so no name is used twice in the county.
class NamePool
{
public:
    NamePool(QStringList names, DemoRandom &random)
        : m_names(std::move(names))
    {
        random.shuffle(m_names);
    }
    QString take()
    {
        const QString name = m_names.at(m_next % m_names.size());
        ++m_next;
        return name;
    }

private:
    QStringList m_names;
    qsizetype m_next = 0;
};

} // namespace

DemoCountyPlanner::DemoCountyPlanner(quint32 seed, const QDate &referenceDate)
    : m_seed(seed)
    , m_referenceDate(referenceDate)
{
}

QString DemoCountyPlanner::personName(DemoRandom &random)
{
    static const QStringList first = DemoNames::firstNames();
    static const QStringList last = DemoNames::lastNames();
    return random.pick(first) + QLatin1Char(' ') + random.pick(last);
}

DemoCounty DemoCountyPlanner::plan() const
{
    DemoRandom random = DemoRandom::countyStream(m_seed);
    DemoCounty county;
    planAuthorities(county, random);
    planSchools(county, random);
    assignSchoolNumbers(county, random);
    DemoContractPlanner(m_referenceDate).plan(county, random);
    DemoFundingPlanner(m_referenceDate).plan(county, random);
    return county;
}

void DemoCountyPlanner::planAuthorities(DemoCounty &county, DemoRandom &random) const
{
    for (const DemoNames::Town &town : DemoNames::towns()) {
        DemoCounty::Authority authority;
        authority.name = town.authorityName;
        authority.kind = town.kind;
        authority.traegerNumber = town.traegerNumber;
        authority.code = town.code;
        const QString office = town.kind == QLatin1String("county")
            ? QStringLiteral("Schulamt")
            : QStringLiteral("Schulverwaltung");
        authority.contact = QStringLiteral("%1 (%2), Tel. %3 %4-%5")
                                .arg(personName(random), office, town.areaCode)
                                .arg(random.uniform(10, 99))
                                .arg(random.uniform(100, 999));
        if (town.kind == QLatin1String("county")) {
            authority.supportModel = QStringLiteral("own_staff");
            authority.itStaffFte = random.uniform(8, 16) * 0.5;
            authority.cooperationPhase = QStringLiteral("participating");
        } else {
            const bool isTown = town.kind == QLatin1String("town");
            const int model = isTown ? random.weighted({6, 4, 0}) : random.weighted({15, 50, 35});
            static const QStringList models{QStringLiteral("own_staff"), QStringLiteral("vendor"),
                                            QStringLiteral("county_service")};
            authority.supportModel = models.at(model);
            if (model == 0)
                authority.itStaffFte = random.uniform(4, 16) * 0.25;
            else if (model == 1)
                authority.itStaffFte = random.uniform(1, 6) * 0.25;
            else
                authority.itStaffFte = random.uniform(0, 2) * 0.25;
            static const QStringList phases{QStringLiteral("participating"), QStringLiteral("pilot"),
                                            QStringLiteral("not_yet")};
            authority.cooperationPhase = phases.at(random.weighted({5, 3, 4}));
        }
        county.authorities << authority;
    }
}

void DemoCountyPlanner::planSchools(DemoCounty &county, DemoRandom &random) const
{
    const QList<DemoNames::Town> towns = DemoNames::towns();
    static const QStringList streets = DemoNames::streets();
    static const QStringList notes = DemoNames::schoolNotes();
    NamePool primaryNames(DemoNames::primarySchoolNames(), random);
    std::map<QString, NamePool> secondaryNames; // by type key; shuffled when first needed
    auto nameFor = [&](const QString &type) {
        auto it = secondaryNames.find(type);
        if (it == secondaryNames.end())
            it = secondaryNames.emplace(type, NamePool(DemoNames::secondarySchoolNames(type), random)).first;
        return it->second.take();
    };

    auto addSchool = [&](int authority, const DemoNames::Town &town, const QString &type,
                         const QString &name, bool mainPlace) {
        DemoCounty::School school;
        school.name = name;
        school.type = type;
        school.authority = authority;
        school.street = QStringLiteral("%1 %2").arg(random.pick(streets)).arg(random.uniform(1, 80));
        school.postalCode = town.postalCode;
        school.city = town.place;
        const SizeRange size = sizeOf(type, mainPlace);
        school.pupils = random.uniform(size.minimum, size.maximum);
        school.teachers = qMax(4, school.pupils * random.uniform(90, 110) / (100 * size.pupilsPerTeacher));
        school.broadbandMbits = broadbandFor(type, random);
        school.wlanPercent = wlanFor(type, random);
        school.mediaOfficer = personName(random);
        if (random.chance(250))
            school.notes = random.pick(notes);
        county.schools << school;
    };

    // The county's own schools stand in the towns named for them.
    for (const DemoNames::CountySchool &countySchool : DemoNames::countySchools()) {
        for (const DemoNames::Town &town : towns) {
            if (town.place == countySchool.place && town.kind != QLatin1String("county")) {
                addSchool(0, town, countySchool.type, nameFor(countySchool.type), true);
                break;
            }
        }
    }
    for (int authority = 1; authority < towns.size(); ++authority) {
        const DemoNames::Town &town = towns.at(authority);
        // Larger places sometimes have one primary school more.
        const int primaries = town.primarySchools + (town.districts.size() > 1 && random.chance(400) ? 1 : 0);
        for (int i = 0; i < primaries; ++i) {
            const QString district = town.districts.at(i % town.districts.size());
            const bool mainPlace = district == town.districts.first();
            QString name = primaryNames.take();
            if (!mainPlace || town.districts.first() != town.place)
                name += QLatin1Char(' ') + district;
            addSchool(authority, town, QStringLiteral("02"), name, mainPlace);
        }
        for (const QString &type : town.secondaryTypes) {
            QString name = nameFor(type);
            if (type == QLatin1String("14"))
                name += QLatin1Char(' ') + town.place;
            addSchool(authority, town, type, name, true);
        }
    }
}

void DemoCountyPlanner::assignSchoolNumbers(DemoCounty &county, DemoRandom &random) const
{
    // Rising numbers with gaps in the 19xxxx range, handed out in random order.
    QStringList numbers;
    int number = 190000 + random.uniform(100, 800);
    for (qsizetype i = 0; i < county.schools.size(); ++i) {
        numbers << QString::number(number);
        number += random.uniform(5, 110);
    }
    random.shuffle(numbers);
    for (qsizetype i = 0; i < county.schools.size(); ++i)
        county.schools[i].number = numbers.at(i);
}
