// SPDX-License-Identifier: EUPL-1.2
#include "demodevicewriter.h"

#include "entitycatalog.h"
#include "demorandom.h"
#include "preparedinsert.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
using Catalog = DemoDeviceCatalog::Category;

constexpr int YearsBack = 8;
constexpr int ProgressStep = 2000;
// Newer devices are more common: the last twelve months first, eight years ago last.
const QList<int> yearWeights{10, 14, 16, 16, 14, 12, 10, 8};

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// yyyy-MM-dd without the general formatting machinery; runs twice per device.
QString isoDate(const QDate &date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    const char text[10] = {char('0' + year / 1000 % 10), char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10), char('0' + year % 10), '-',
                           char('0' + month / 10), char('0' + month % 10), '-',
                           char('0' + day / 10), char('0' + day % 10)};
    return QString::fromLatin1(text, 10);
}

QString serialNumber(DemoRandom &random)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    constexpr quint64 size = sizeof(alphabet) - 1;
    quint64 bits = random.next();
    char text[10];
    for (char &c : text) {
        c = alphabet[bits % size];
        bits /= size;
    }
    return QString::fromLatin1(text, 10);
}

QString userGroupFor(DemoRandom &random, int category)
{
    static const QStringList groups{QStringLiteral("pupils"), QStringLiteral("teachers"),
                                    QStringLiteral("administration")};
    switch (category) {
    case Catalog::Tablet:
        return groups.at(random.weighted({85, 15, 0}));
    case Catalog::Notebook:
        return groups.at(random.weighted({45, 45, 10}));
    case Catalog::Pc:
        return groups.at(random.weighted({60, 15, 25}));
    case Catalog::Printer:
        return groups.at(random.weighted({20, 30, 50}));
    default:
        return {}; // classroom and network equipment belongs to no group
    }
}

QString roomFor(DemoRandom &random, int category, const QString &userGroup)
{
    const DemoDeviceCatalog::Rooms &rooms = DemoDeviceCatalog::rooms();
    if (userGroup == QLatin1String("administration"))
        return random.pick(rooms.office);
    if (userGroup == QLatin1String("teachers") && category != Catalog::Printer)
        return rooms.staffRoom;
    switch (category) {
    case Catalog::Tablet:
        return random.pick(rooms.tabletCases);
    case Catalog::Notebook:
        return random.pick(rooms.notebookCarts);
    case Catalog::Pc:
        return random.pick(rooms.computerRooms);
    case Catalog::Printer:
        return random.pick(rooms.printing);
    case Catalog::Server:
    case Catalog::Switch:
    case Catalog::Firewall:
        return random.pick(rooms.technical);
    default:
        return random.pick(rooms.classrooms);
    }
}
} // namespace

DemoDeviceWriter::DemoDeviceWriter(const DemoCounty &county, Ids ids, quint32 seed,
                                   const QDate &referenceDate)
    : m_county(county)
    , m_ids(std::move(ids))
    , m_seed(seed)
    , m_referenceDate(referenceDate)
    , m_models(DemoDeviceCatalog::models())
    , m_firstYear(referenceDate.addYears(-YearsBack).year())
{
    // The models on sale in a year: out at most four years before; else the oldest known.
    for (int category = 0; category < Catalog::CategoryCount; ++category) {
        QList<QList<int>> byYear;
        for (int year = m_firstYear; year <= referenceDate.year(); ++year) {
            QList<int> candidates;
            int oldest = -1;
            for (int m = 0; m < m_models.size(); ++m) {
                const DemoDeviceCatalog::Model &model = m_models.at(m);
                if (model.category != category)
                    continue;
                if (model.firstYear <= year && model.firstYear >= year - 4)
                    candidates << m;
                if (oldest < 0 || model.firstYear < m_models.at(oldest).firstYear)
                    oldest = m;
            }
            if (candidates.isEmpty()) {
                for (int m = 0; m < m_models.size(); ++m) {
                    const DemoDeviceCatalog::Model &model = m_models.at(m);
                    if (model.category == category && model.firstYear <= year)
                        candidates << m;
                }
            }
            if (candidates.isEmpty())
                candidates << oldest;
            byYear << candidates;
        }
        m_modelsByYear << byYear;
    }

    qint64 pupils = 0;
    for (const DemoCounty::School &school : county.schools) {
        pupils += qMax(1, school.pupils);
        m_pupilsUpTo << pupils;
    }

    for (int p = 0; p < county.programs.size(); ++p) {
        if (county.programs.at(p).deviceCategories != 0)
            m_programOrder << p;
    }
    std::stable_sort(m_programOrder.begin(), m_programOrder.end(), [&](int a, int b) {
        const DemoCounty::Program &first = county.programs.at(a);
        const DemoCounty::Program &second = county.programs.at(b);
        return first.deviceToYear - first.deviceFromYear < second.deviceToYear - second.deviceFromYear;
    });

    m_contractsFor.resize(county.schools.size(), QList<QList<int>>(Catalog::CategoryCount));
    for (int c = 0; c < county.contracts.size(); ++c) {
        const DemoCounty::Contract &contract = county.contracts.at(c);
        for (int school : contract.schools) {
            for (int category = 0; category < Catalog::CategoryCount; ++category) {
                if (contract.categories & (1 << category))
                    m_contractsFor[school][category] << c;
            }
        }
    }
}

QString DemoDeviceWriter::statusFor(DemoRandom &random, const QDate &acquired) const
{
    const qint64 ageYears = acquired.daysTo(m_referenceDate) / 365;
    const int retired = ageYears >= 6 ? 350 : ageYears >= 4 ? 80 : 10;
    const int inStock = ageYears < 1 ? 80 : 20;
    const int ticket = random.uniform(0, 999);
    if (ticket < retired)
        return QStringLiteral("retired");
    if (ticket < retired + 25)
        return QStringLiteral("defective");
    if (ticket < retired + 25 + inStock)
        return QStringLiteral("in_stock");
    return QStringLiteral("in_use");
}

QVariant DemoDeviceWriter::fundingFor(DemoRandom &random, int category, const QString &userGroup,
                                      int year) const
{
    for (int p : m_programOrder) {
        const DemoCounty::Program &program = m_county.programs.at(p);
        if (!(program.deviceCategories & (1 << category)) || year < program.deviceFromYear
            || year > program.deviceToYear)
            continue;
        if (!program.deviceUserGroup.isEmpty() && program.deviceUserGroup != userGroup)
            continue;
        if (random.chance(program.devicePermille))
            return m_ids.programs.at(p);
    }
    return nullId();
}

QVariant DemoDeviceWriter::contractFor(DemoRandom &random, int school, int category) const
{
    const QList<int> &contracts = m_contractsFor.at(school).at(category);
    if (contracts.isEmpty() || !random.chance(750))
        return nullId();
    return m_ids.contracts.at(random.pick(contracts));
}

DatabaseError DemoDeviceWriter::write(QSqlDatabase db, int count, const Progress &progress) const
{
    const DatabaseError cancelled = DatabaseError::make(DatabaseError::Kind::Cancelled,
        QCoreApplication::translate("DemoCountyGenerator",
            "Creating the demo county was cancelled; the database was not changed."));
    if (progress && !progress(0, count))
        return cancelled;
    if (count <= 0 || m_county.schools.isEmpty())
        return {};

    PreparedInsert insert(db, EntityCatalog::spec(EntityKind::Device),
                          {QStringLiteral("inventory_number"), QStringLiteral("category"),
                           QStringLiteral("manufacturer"), QStringLiteral("model"),
                           QStringLiteral("serial_number"), QStringLiteral("school_id"),
                           QStringLiteral("room"), QStringLiteral("user_group"), QStringLiteral("status"),
                           QStringLiteral("acquired_on"), QStringLiteral("price_cents"),
                           QStringLiteral("warranty_end"), QStringLiteral("funding_program_id"),
                           QStringLiteral("support_contract_id")});
    DemoRandom random = DemoRandom::deviceStream(m_seed);
    const QStringList categories = DemoDeviceCatalog::categoryCodes();
    QList<int> numberPerAuthority(m_county.authorities.size(), 0);
    // Acquisitions fall into one of the eight twelve-month windows before the reference date.
    QList<QDate> windowStarts;
    QList<qint64> windowDays;
    for (int yearsAgo = 0; yearsAgo < YearsBack; ++yearsAgo) {
        const QDate end = m_referenceDate.addYears(-yearsAgo);
        windowStarts << m_referenceDate.addYears(-yearsAgo - 1).addDays(1);
        windowDays << windowStarts.last().daysTo(end);
    }
    if (DatabaseError error = insert.prepare())
        return error;
    QVariantList values(14);
    for (int done = 0; done < count; ++done) {
        const qint64 ticket = random.uniform64(0, m_pupilsUpTo.last() - 1);
        const int school = int(std::upper_bound(m_pupilsUpTo.cbegin(), m_pupilsUpTo.cend(), ticket)
                               - m_pupilsUpTo.cbegin());
        const DemoCounty::School &schoolPlan = m_county.schools.at(school);
        const int category = random.weighted(DemoDeviceCatalog::categoryWeights(schoolPlan.type));

        const int yearsAgo = random.weighted(yearWeights);
        const QDate acquired = windowStarts.at(yearsAgo).addDays(random.uniform64(0, windowDays.at(yearsAgo)));

        const QList<int> &models = m_modelsByYear.at(category).at(acquired.year() - m_firstYear);
        const DemoDeviceCatalog::Model &model = m_models.at(random.pick(models));
        const qint64 priceCents = qint64(model.priceEuro) * random.uniform(900, 1100) / 10;
        const QString userGroup = userGroupFor(random, category);
        const QString status = statusFor(random, acquired);
        const QString room = status == QLatin1String("in_stock") ? DemoDeviceCatalog::rooms().store
                                                                 : roomFor(random, category, userGroup);
        const int authority = schoolPlan.authority;
        const int number = ++numberPerAuthority[authority];

        values[0] = m_county.authorities.at(authority).code + QLatin1Char('-')
            + QString::number(acquired.year()) + QLatin1Char('-')
            + QString::number(number).rightJustified(6, QLatin1Char('0'));
        values[1] = categories.at(category);
        values[2] = model.manufacturer;
        values[3] = model.model;
        values[4] = serialNumber(random);
        values[5] = m_ids.schools.at(school);
        values[6] = room;
        values[7] = userGroup.isEmpty() ? nullText() : QVariant(userGroup);
        values[8] = status;
        values[9] = isoDate(acquired);
        values[10] = priceCents;
        values[11] = isoDate(acquired.addMonths(model.warrantyMonths).addDays(-1));
        values[12] = fundingFor(random, category, userGroup, acquired.year());
        values[13] = contractFor(random, school, category);
        if (DatabaseError error = insert.insert(values))
            return error;

        if (progress && (done + 1) % ProgressStep == 0 && !progress(done + 1, count))
            return cancelled;
    }
    if (progress && count % ProgressStep != 0 && !progress(count, count))
        return cancelled;
    return {};
}
