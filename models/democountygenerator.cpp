// SPDX-License-Identifier: EUPL-1.2
#include "democountygenerator.h"

#include "auditlog.h"
#include "bulkloadtuning.h"
#include "changenotifier.h"
#include "database.h"
#include "democountyplanner.h"
#include "demodevicewriter.h"
#include "demosystemsplanner.h"
#include "demosystemswriter.h"
#include "entitycatalog.h"
#include "preparedinsert.h"
#include "sqlerrors.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCountyGenerator", text);
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result << QString::fromLatin1(name);
    return result;
}

// Writes the planned county and remembers the new ids, index for index.
class CountyWriter
{
public:
    CountyWriter(QSqlDatabase db, const DemoCounty &county)
        : m_db(std::move(db))
        , m_county(county)
    {
    }

    DatabaseError write(DemoDeviceWriter::Ids &ids, QList<qint64> &authorityIds)
    {
        const DemoCounty &c = m_county;
        PreparedInsert authorities(m_db, spec(EntityKind::Authority),
            columns({"name", "kind", "traeger_number", "contact", "it_staff_fte", "support_model",
                     "cooperation_phase"}));
        auto authorityValues = [](const DemoCounty::Authority &a) {
            return QVariantList{a.name, a.kind, a.traegerNumber, text(a.contact), a.itStaffFte,
                                a.supportModel, a.cooperationPhase};
        };
        if (DatabaseError error = insertAll(authorities, c.authorities, authorityValues, &authorityIds))
            return error;

        PreparedInsert schools(m_db, spec(EntityKind::School),
            columns({"school_number", "name", "school_type", "authority_id", "street", "postal_code",
                     "city", "pupils", "teachers", "broadband_mbits", "wlan_coverage_percent",
                     "media_officer", "notes"}));
        auto schoolValues = [&](const DemoCounty::School &s) {
            return QVariantList{s.number, s.name, s.type, authorityIds.at(s.authority), text(s.street),
                                text(s.postalCode), text(s.city), s.pupils, s.teachers,
                                s.broadbandMbits, s.wlanPercent, text(s.mediaOfficer), text(s.notes)};
        };
        if (DatabaseError error = insertAll(schools, c.schools, schoolValues, &ids.schools))
            return error;

        PreparedInsert contracts(m_db, spec(EntityKind::SupportContract),
            columns({"contract_number", "vendor", "subject", "authority_id", "start_date",
                     "initial_term_months", "renewal_months", "notice_months", "auto_renewal",
                     "annual_cost_cents", "response_time_hours", "notes"}));
        auto contractValues = [&](const DemoCounty::Contract &k) {
            return QVariantList{k.number, k.vendor, text(k.subject), authorityIds.at(k.authority),
                                date(k.start), k.initialTermMonths, k.renewalMonths, k.noticeMonths,
                                k.autoRenewal ? 1 : 0, k.annualCostCents, k.responseTimeHours,
                                text(k.notes)};
        };
        if (DatabaseError error = insertAll(contracts, c.contracts, contractValues, &ids.contracts))
            return error;

        PreparedInsert coverage(m_db, QStringLiteral("contract_school"), columns({"contract_id", "school_id"}));
        if (DatabaseError error = coverage.prepare())
            return error;
        for (int k = 0; k < c.contracts.size(); ++k) {
            for (int school : c.contracts.at(k).schools) {
                if (DatabaseError error = coverage.insert({ids.contracts.at(k), ids.schools.at(school)}))
                    return error;
            }
        }

        PreparedInsert programs(m_db, spec(EntityKind::FundingProgram),
            columns({"name", "funder", "total_budget_cents", "own_share_percent", "application_deadline",
                     "spending_deadline", "proof_of_use_deadline", "purpose_binding_end"}));
        auto programValues = [](const DemoCounty::Program &p) {
            return QVariantList{p.name, p.funder, p.totalBudgetCents, p.ownSharePercent,
                                date(p.applicationDeadline), date(p.spendingDeadline),
                                date(p.proofOfUseDeadline), date(p.purposeBindingEnd)};
        };
        if (DatabaseError error = insertAll(programs, c.programs, programValues, &ids.programs))
            return error;

        PreparedInsert allocations(m_db, spec(EntityKind::Allocation),
            columns({"program_id", "authority_id", "allocated_cents", "applied_cents", "approved_cents",
                     "grant_date", "paid_out_cents", "spent_cents"}));
        auto allocationValues = [&](const DemoCounty::Allocation &a) {
            return QVariantList{ids.programs.at(a.program), authorityIds.at(a.authority), a.allocatedCents,
                                a.appliedCents, a.approvedCents, date(a.grantDate), a.paidOutCents,
                                a.spentCents};
        };
        if (DatabaseError error = insertAll(allocations, c.allocations, allocationValues, nullptr))
            return error;

        PreparedInsert measures(m_db, spec(EntityKind::Measure),
            columns({"school_id", "program_id", "title", "amount_cents", "status"}));
        auto measureValues = [&](const DemoCounty::Measure &m) {
            return QVariantList{ids.schools.at(m.school), ids.programs.at(m.program), m.title,
                                m.amountCents, m.status};
        };
        return insertAll(measures, c.measures, measureValues, nullptr);
    }

private:
    static const EntitySpec &spec(EntityKind kind) { return EntityCatalog::spec(kind); }

    template <typename Record, typename Values>
    DatabaseError insertAll(PreparedInsert &insert, const QList<Record> &records, Values values,
                            QList<qint64> *ids)
    {
        if (DatabaseError error = insert.prepare())
            return error;
        for (const Record &record : records) {
            qint64 id = 0;
            if (DatabaseError error = insert.insert(values(record), &id))
                return error;
            if (ids)
                *ids << id;
        }
        return {};
    }

    QSqlDatabase m_db;
    const DemoCounty &m_county;
};
} // namespace

DemoCountyGenerator::DemoCountyGenerator(Options options)
    : m_options(options)
{
}

DatabaseError DemoCountyGenerator::generate(Database &database, const Progress &progress) const
{
    QSqlDatabase db = database.connection();
    const QString what = tr("Creating the demo county");
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM authority")) || !query.next())
            return SqlErrors::fromSqlError(query.lastError(), what);
        if (query.value(0).toLongLong() > 0)
            return DatabaseError::make(DatabaseError::Kind::Conflict,
                tr("The database \"%1\" already holds data; the demo county is only written into "
                   "a new, empty database.").arg(database.location()));
    }

    const DemoCounty county = DemoCountyPlanner(m_options.seed, m_options.referenceDate).plan();
    const int devices = qMax(0, m_options.devices);

    BulkLoadTuning tuning(database, EntityCatalog::spec(EntityKind::Device).table);
    Transaction transaction(db);
    if (!transaction.isActive())
        return SqlErrors::fromSqlError(db.lastError(), what);

    DemoDeviceWriter::Ids ids;
    QList<qint64> authorityIds;
    if (DatabaseError error = CountyWriter(db, county).write(ids, authorityIds))
        return error;
    const DemoSystemsPlanner::Plan systems = DemoSystemsPlanner(m_options.seed, m_options.referenceDate).plan(county);
    if (DatabaseError error = DemoSystemsWriter(db).write(systems, authorityIds, ids.schools))
        return error;
    if (DatabaseError error = tuning.suspendIndexes())
        return error;
    DemoDeviceWriter deviceWriter(county, ids, m_options.seed, m_options.referenceDate);
    if (DatabaseError error = deviceWriter.write(db, devices, progress))
        return error; // the transaction rolls back: the database is as before
    if (DatabaseError error = tuning.restoreIndexes())
        return error;

    // One audit entry for the whole demo instead of one per generated record.
    AuditLog audit(db, database.userName());
    const QVariantMap summary{
        {QStringLiteral("seed"), qlonglong(m_options.seed)},
        {QStringLiteral("reference_date"), m_options.referenceDate.toString(Qt::ISODate)},
        {QStringLiteral("authorities"), qlonglong(county.authorities.size())},
        {QStringLiteral("schools"), qlonglong(county.schools.size())},
        {QStringLiteral("contracts"), qlonglong(county.contracts.size())},
        {QStringLiteral("programs"), qlonglong(county.programs.size())},
        {QStringLiteral("allocations"), qlonglong(county.allocations.size())},
        {QStringLiteral("measures"), qlonglong(county.measures.size())},
        {QStringLiteral("devices"), qlonglong(devices)},
    };
    if (DatabaseError error = audit.recordInsert(AuditLog::demoCountyTable(), m_options.seed, summary))
        return error;

    if (!transaction.commit())
        return SqlErrors::fromSqlError(db.lastError(), what);

    if (ChangeNotifier *notifier = database.notifier()) {
        for (const EntitySpec &entity : EntityCatalog::all())
            notifier->notifyChanged(entity.table);
        notifier->notifyChanged(QStringLiteral("contract_school"));
    }
    return {};
}
