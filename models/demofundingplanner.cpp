// SPDX-License-Identifier: EUPL-1.2
#include "demofundingplanner.h"

#include "demonames.h"
#include "demorandom.h"

namespace {
using C = DemoCounty;

DemoCounty::Program program(const char *name, const char *funder, double ownShare,
                            const QDate &application, const QDate &spending, const QDate &proof,
                            const QDate &purposeBinding, int fromYear, int toYear, int categories,
                            const char *userGroup, int permille)
{
    DemoCounty::Program result;
    result.name = QString::fromUtf8(name);
    result.funder = QString::fromLatin1(funder);
    result.ownSharePercent = ownShare;
    result.applicationDeadline = application;
    result.spendingDeadline = spending;
    result.proofOfUseDeadline = proof;
    result.purposeBindingEnd = purposeBinding;
    result.deviceFromYear = fromYear;
    result.deviceToYear = toYear;
    result.deviceCategories = categories;
    result.deviceUserGroup = QString::fromLatin1(userGroup);
    result.devicePermille = permille;
    return result;
}

qint64 percentOf(qint64 cents, int percent)
{
    return cents * percent / 100;
}

// Shares `total` out in proportion to the weights; the last share takes the remainder.
QList<qint64> distribute(qint64 total, const QList<qint64> &weights)
{
    qint64 sum = 0;
    for (qint64 weight : weights)
        sum += weight;
    QList<qint64> shares;
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const qint64 share = i + 1 == weights.size() || sum == 0 ? total - given
                                                                 : total / sum * weights.at(i)
                + total % sum * weights.at(i) / sum;
        shares << share;
        given += share;
    }
    return shares;
}
} // namespace

DemoFundingPlanner::DemoFundingPlanner(const QDate &referenceDate)
    : m_referenceDate(referenceDate)
{
}

QList<DemoFundingPlanner::ProgramRule> DemoFundingPlanner::rules()
{
    const int allDevices = C::Pc | C::Notebook | C::Tablet | C::Display | C::Projector | C::Server
        | C::AccessPoint | C::Switch | C::Firewall | C::Other;
    QList<ProgramRule> rules;
    // The facts of DOMAIN.md: the DigitalPakt ran 2019-2024 with a 10 % own share, NRW took
    // applications until 31.07.2022, the guideline ran until 31.12.2025, and funded equipment
    // stays bound to its purpose for five years after that.
    rules << ProgramRule{program("DigitalPakt Schule", "federal", 10, QDate(2022, 7, 31),
                                 QDate(2025, 12, 31), QDate(2026, 6, 30), QDate(2030, 12, 31),
                                 2019, 2025, allDevices, "", 350),
                         QDate(2019, 5, 17), 420, 0, ProgramRule::Measures::Digital, {}};
    rules << ProgramRule{program("Sofortausstattungsprogramm", "federal", 10, QDate(2020, 12, 31),
                                 QDate(2021, 6, 30), QDate(2021, 9, 30), QDate(),
                                 2020, 2021, C::Tablet, "pupils", 650),
                         QDate(2020, 7, 24), 42, 0, ProgramRule::Measures::PerSchool,
                         QString::fromUtf8("Mobile Endgeräte für Schülerinnen und Schüler (max. 500 € je Gerät)")};
    rules << ProgramRule{program("Administrationsprogramm", "federal", 10, QDate(2021, 12, 31),
                                 QDate(2024, 12, 31), QDate(2025, 6, 30), QDate(),
                                 0, 0, 0, "", 0),
                         QDate(2021, 1, 15), 42, 0, ProgramRule::Measures::None, {}};
    rules << ProgramRule{program("Leihgeräte für Lehrkräfte", "federal", 0, QDate(2021, 12, 31),
                                 QDate(2022, 12, 31), QDate(2023, 6, 30), QDate(),
                                 2021, 2022, C::Notebook | C::Tablet, "teachers", 800),
                         QDate(2021, 2, 1), 0, 500, ProgramRule::Measures::PerSchool,
                         QString::fromUtf8("Dienstgeräte für Lehrkräfte (500 € je Gerät)")};
    rules << ProgramRule{program("Gute Schule 2020", "state", 0, QDate(2020, 6, 30),
                                 QDate(2020, 12, 31), QDate(2024, 12, 31), QDate(),
                                 2017, 2020, C::Pc | C::Display | C::Projector | C::AccessPoint | C::Switch,
                                 "", 300),
                         QDate(2017, 1, 1), 780, 0, ProgramRule::Measures::SomeSchools, {}};
    rules << ProgramRule{program("DigitalPakt 2.0", "federal", 10, QDate(2028, 12, 31),
                                 QDate(2030, 12, 31), QDate(2031, 6, 30), QDate(2035, 12, 31),
                                 2026, 2030, allDevices, "", 300),
                         QDate(2026, 1, 1), 400, 0, ProgramRule::Measures::Digital, {}};
    return rules;
}

DemoFundingPlanner::Stage DemoFundingPlanner::stageOf(const ProgramRule &rule) const
{
    if (m_referenceDate < rule.begin)
        return Stage::NotStarted;
    if (m_referenceDate <= rule.program.applicationDeadline)
        return Stage::Applying;
    if (m_referenceDate <= rule.program.spendingDeadline)
        return Stage::Spending;
    if (m_referenceDate <= rule.program.proofOfUseDeadline)
        return Stage::ProvingUse;
    return Stage::Closed;
}

void DemoFundingPlanner::plan(DemoCounty &county, DemoRandom &random) const
{
    const QList<ProgramRule> programRules = rules();
    for (int p = 0; p < programRules.size(); ++p) {
        const ProgramRule &rule = programRules.at(p);
        DemoCounty::Program program = rule.program;
        for (int authority = 0; authority < county.authorities.size(); ++authority) {
            qint64 pupils = 0;
            qint64 teachers = 0;
            for (const DemoCounty::School &school : std::as_const(county.schools)) {
                if (school.authority == authority) {
                    pupils += school.pupils;
                    teachers += school.teachers;
                }
            }
            const DemoCounty::Allocation allocation = allocate(rule, p, authority, pupils, teachers, random);
            program.totalBudgetCents += allocation.allocatedCents;
            county.allocations << allocation;
            addMeasures(county, rule, p, allocation, random);
        }
        county.programs << program;
    }
}

DemoCounty::Allocation DemoFundingPlanner::allocate(const ProgramRule &rule, int program, int authority,
                                                    qint64 pupils, qint64 teachers,
                                                    DemoRandom &random) const
{
    DemoCounty::Allocation allocation;
    allocation.program = program;
    allocation.authority = authority;
    const qint64 euros = rule.euroPerTeacher > 0
        ? teachers * rule.euroPerTeacher
        : pupils * rule.euroPerPupil * random.uniform(95, 105) / 100 / 100 * 100;
    allocation.allocatedCents = euros * 100;

    const Stage stage = stageOf(rule);
    if (stage == Stage::NotStarted)
        return allocation;

    const QDate grantLimit = qMin(rule.program.applicationDeadline, m_referenceDate);
    const qint64 grantSpan = rule.begin.daysTo(grantLimit);
    auto grantDate = [&] {
        return grantSpan > 120 ? rule.begin.addDays(random.uniform64(120, grantSpan))
                               : rule.begin.addDays(grantSpan / 2);
    };
    if (stage == Stage::Applying) {
        allocation.appliedCents = percentOf(allocation.allocatedCents, random.uniform(40, 90));
        if (grantSpan > 180 && random.chance(700)) {
            allocation.approvedCents = percentOf(allocation.appliedCents, random.uniform(50, 100));
            allocation.grantDate = grantDate();
            allocation.paidOutCents = percentOf(allocation.approvedCents, random.uniform(0, 50));
            allocation.spentCents = percentOf(allocation.paidOutCents, random.uniform(60, 100));
        }
        return allocation;
    }
    allocation.appliedCents = percentOf(allocation.allocatedCents, random.uniform(92, 100));
    allocation.approvedCents = percentOf(allocation.appliedCents, random.uniform(97, 100));
    allocation.grantDate = grantDate();
    if (stage == Stage::Spending) {
        allocation.paidOutCents = percentOf(allocation.approvedCents, random.uniform(50, 95));
        allocation.spentCents = percentOf(allocation.paidOutCents, random.uniform(85, 100));
    } else {
        allocation.paidOutCents = allocation.approvedCents;
        allocation.spentCents = percentOf(allocation.approvedCents, random.uniform(96, 100));
    }
    return allocation;
}

QString DemoFundingPlanner::measureStatus(Stage stage, DemoRandom &random) const
{
    static const QStringList statuses{QStringLiteral("planned"), QStringLiteral("applied"),
                                      QStringLiteral("approved"), QStringLiteral("in_progress"),
                                      QStringLiteral("completed"), QStringLiteral("proof_submitted")};
    switch (stage) {
    case Stage::NotStarted:
        return statuses.at(0);
    case Stage::Applying:
        return statuses.at(random.weighted({3, 3, 2, 2, 0, 0}));
    case Stage::Spending:
        return statuses.at(random.weighted({0, 0, 2, 4, 3, 0}));
    case Stage::ProvingUse:
        return statuses.at(random.weighted({0, 0, 0, 0, 6, 4}));
    case Stage::Closed:
        return statuses.at(random.weighted({0, 0, 0, 0, 1, 9}));
    }
    return statuses.at(0);
}

void DemoFundingPlanner::addMeasures(DemoCounty &county, const ProgramRule &rule, int program,
                                     const DemoCounty::Allocation &allocation, DemoRandom &random) const
{
    if (rule.measures == ProgramRule::Measures::None)
        return;
    static const QStringList digitalTitles = DemoNames::measureTitles();
    static const QStringList buildingTitles{
        QStringLiteral("Sanierung Elektro- und Netzwerkinstallation"),
        QStringLiteral("Erneuerung Fachräume Naturwissenschaften"),
        QStringLiteral("Ausstattung Selbstlernzentrum"),
        QString::fromUtf8("Barrierefreier Umbau und Präsentationstechnik Forum"),
        QStringLiteral("Modernisierung Informatikraum")};

    QList<C::Measure> measures;
    QList<qint64> weights;
    const Stage stage = stageOf(rule);
    for (int s = 0; s < county.schools.size(); ++s) {
        const DemoCounty::School &school = county.schools.at(s);
        if (school.authority != allocation.authority)
            continue;
        int count = 1;
        QString title = rule.measureTitle;
        if (rule.measures == ProgramRule::Measures::Digital) {
            count = random.uniform(1, 3);
        } else if (rule.measures == ProgramRule::Measures::SomeSchools) {
            // At least the authority's first school has one.
            count = measures.isEmpty() || random.chance(450) ? 1 : 0;
        }
        QStringList titles = rule.measures == ProgramRule::Measures::SomeSchools ? buildingTitles : digitalTitles;
        random.shuffle(titles);
        for (int i = 0; i < count; ++i) {
            C::Measure measure;
            measure.school = s;
            measure.program = program;
            measure.title = title.isEmpty() ? titles.at(i) : title;
            measure.status = measureStatus(stage, random);
            measures << measure;
            const qint64 size = rule.euroPerTeacher > 0 ? school.teachers : school.pupils;
            weights << (title.isEmpty() ? size * random.uniform(60, 140) : size);
        }
    }
    qint64 total = allocation.approvedCents;
    if (total == 0)
        total = allocation.appliedCents > 0 ? allocation.appliedCents : allocation.allocatedCents;
    const QList<qint64> amounts = distribute(total, weights);
    for (qsizetype i = 0; i < measures.size(); ++i) {
        measures[i].amountCents = amounts.at(i);
        county.measures << measures.at(i);
    }
}
