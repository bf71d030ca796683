// SPDX-License-Identifier: EUPL-1.2
#include "demosystemsplanner.h"

#include "demorandom.h"
#include "demosystemscatalog.h"

#include <QHash>
#include <QSet>

namespace {
// Keeps the systems' draws apart from the county's, whatever the seed.
constexpr quint64 SystemsSalt = 0x53797374656d73ULL; // "Systems"

using Catalog = DemoSystemsCatalog::Category;

QString operatorFor(const QString &supportModel, DemoRandom &random)
{
    if (supportModel == QLatin1String("county_service"))
        return QStringLiteral("county");
    if (supportModel == QLatin1String("own_staff"))
        return random.chance(750) ? QStringLiteral("own_staff") : QStringLiteral("vendor");
    return random.chance(850) ? QStringLiteral("vendor") : QStringLiteral("own_staff");
}

int schoolsOf(const DemoCounty &county, int authority)
{
    int count = 0;
    for (const DemoCounty::School &school : county.schools) {
        if (school.authority == authority)
            ++count;
    }
    return count;
}
} // namespace

DemoSystemsPlanner::DemoSystemsPlanner(quint32 seed, const QDate &referenceDate)
    : m_seed(seed)
    , m_referenceDate(referenceDate)
{
}

DemoSystemsPlanner::Plan DemoSystemsPlanner::plan(const DemoCounty &county) const
{
    DemoRandom countyStream = DemoRandom::countyStream(m_seed);
    DemoRandom random(countyStream.next() ^ SystemsSalt);
    Plan result;
    // The county first: the towns it serves take its products.
    for (int authority = 0; authority < county.authorities.size(); ++authority)
        planAuthority(county, authority, result, random);
    ensureSharing(county, result);
    for (const DemoSystemsCatalog::Standard &standard : DemoSystemsCatalog::standards())
        result.standards.append({standard.name, standard.area, standard.measure, standard.comparison,
                                 standard.threshold, standard.schoolTypes, standard.notes});
    return result;
}

void DemoSystemsPlanner::planAuthority(const DemoCounty &county, int authority, Plan &plan, DemoRandom &random) const
{
    const DemoCounty::Authority &owner = county.authorities.at(authority);
    const bool countyService = authority > 0 && owner.supportModel == QLatin1String("county_service");
    const int schools = qMax(1, schoolsOf(county, authority));

    for (const Catalog &category : DemoSystemsCatalog::categories()) {
        if (!random.chance(category.permille))
            continue;
        // The county's own product in this category, when the county runs one.
        const System *countyProduct = nullptr;
        for (const System &system : std::as_const(plan.systems)) {
            if (system.authority == 0 && system.category == category.code) {
                countyProduct = &system;
                break;
            }
        }
        int choice = -1;
        if (countyService && category.sharedWithCountyService && countyProduct) {
            for (int i = 0; i < category.products.size(); ++i) {
                if (category.products.at(i).name == countyProduct->product)
                    choice = i;
            }
        }
        if (choice < 0) {
            QList<int> weights;
            for (const DemoSystemsCatalog::Product &product : category.products)
                weights << product.weight;
            choice = random.weighted(weights);
        }
        const DemoSystemsCatalog::Product &product = category.products.at(choice);

        System system;
        system.authority = authority;
        system.category = category.code;
        system.product = product.name;
        system.vendor = product.vendor;
        if (!product.versions.isEmpty())
            system.version = random.pick(product.versions);
        if (product.licensed) {
            // Licences end at a month's end, a few already past: the drill-down shows them.
            const QDate month = m_referenceDate.addMonths(random.uniform(-4, 40));
            system.licenceEnd = QDate(month.year(), month.month(), month.daysInMonth());
        }
        const int euros = product.euroPerSchoolMax > 0
            ? random.uniform(product.euroPerSchoolMin, product.euroPerSchoolMax) * schools
            : 0;
        system.annualCostCents = qint64(euros / 10) * 10 * 100; // whole tens of euros
        system.operatedBy = operatorFor(owner.supportModel, random);
        if (countyService && category.sharedWithCountyService)
            system.notes = QStringLiteral("Betrieb durch den Kreis im Rahmen der Kooperation");

        // The county's schools each run their own school server; elsewhere one serves all.
        if (authority == 0 && category.code == QLatin1String("school_server")) {
            for (int school = 0; school < county.schools.size(); ++school) {
                if (county.schools.at(school).authority != 0)
                    continue;
                System own = system;
                own.school = school;
                own.annualCostCents = system.annualCostCents / schools;
                plan.systems.append(own);
            }
            continue;
        }
        plan.systems.append(system);
    }
}

void DemoSystemsPlanner::ensureSharing(const DemoCounty &county, Plan &plan)
{
    // Only for an unlucky draw: the state's platform is what most authorities use.
    QHash<QString, QSet<int>> users;
    for (const System &system : std::as_const(plan.systems))
        users[system.category + QLatin1Char('/') + system.product].insert(system.authority);
    for (const QSet<int> &authorities : std::as_const(users)) {
        if (authorities.size() >= MinimumSharing)
            return;
    }
    DemoSystemsCatalog::Product platform;
    for (const Catalog &category : DemoSystemsCatalog::categories()) {
        if (category.code == QLatin1String("learning_platform"))
            platform = category.products.first();
    }
    for (System &system : plan.systems) {
        if (system.category == QLatin1String("learning_platform") && system.authority < MinimumSharing
            && system.authority < county.authorities.size()) {
            system.product = platform.name;
            system.vendor = platform.vendor;
            system.version = platform.versions.value(0);
            system.licenceEnd = QDate();
            system.annualCostCents = 0;
        }
    }
}
