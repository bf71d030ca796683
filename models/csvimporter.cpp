// SPDX-License-Identifier: EUPL-1.2
#include "csvimporter.h"

#include "bulkwriter.h"
#include "changenotifier.h"
#include "csvsource.h"
#include "database.h"
#include "entitycatalog.h"
#include "existingrecords.h"
#include "headermatcher.h"
#include "importchecker.h"
#include "importcoveredschools.h"
#include "importkey.h"
#include "importvalueconverter.h"
#include "importwriter.h"
#include "importwritequeue.h"
#include "nrwauthorityplanner.h"
#include "nrwschoollist.h"
#include "referenceresolver.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvImporter", text);
}

constexpr int ReadProgressEvery = 512;
constexpr int WriteProgressEvery = 512;
} // namespace

CsvImporter::CsvImporter(Database &database, const EntitySpec &entity)
    : m_database(database)
    , m_entity(entity)
{
}

QString CsvImporter::wrongTableMessage(const EntitySpec &entity, const QString &fileName, const QStringList &header,
                                      const ColumnMapping &mapping)
{
    const EntitySpec *better = nullptr;
    int bestCount = 0;
    for (const EntitySpec &other : EntityCatalog::all()) {
        const int count = HeaderMatcher::guess(other, header).mappedCount();
        if (count > bestCount) {
            bestCount = count;
            better = &other;
        }
    }
    QStringList missingKey;
    for (int field : ImportKey::fields(entity)) {
        if (!mapping.isMapped(field))
            missingKey << entity.fields.at(field).label();
    }
    QString message = mapping.mappedCount() == 0
        ? tr("None of the columns of \"%1\" fits a field of the %2.").arg(fileName, entity.plural())
        : tr("\"%1\" has no column for %2, which every row of the %3 needs.")
              .arg(fileName, missingKey.join(QStringLiteral(", ")), entity.plural());
    if (better && better != &entity)
        message += QLatin1Char(' ') + tr("The file looks like a list of %1; please import it there.").arg(better->plural());
    else
        message += QLatin1Char(' ') + tr("Please check the header line (columns found: %1).")
                                          .arg(header.mid(0, 8).join(QStringLiteral(", ")));
    return message;
}

ImportResult CsvImporter::run(const QString &path, const ImportOptions &options, const Progress &progress)
{
    ImportResult result;
    result.dryRun = options.dryRun;
    CsvSource source;
    if (const CsvError error = source.open(path, options.maximumFileSize)) {
        result.error = error.message;
        return result;
    }
    result.format = source.format();
    result.nrwSchoolList = NrwSchoolList::matches(source.header());
    std::optional<NrwSchoolList> list;
    if (result.nrwSchoolList) {
        if (m_entity.kind != EntityKind::School) {
            result.error = tr("\"%1\" is the official NRW school list; it can only be imported into the %2.")
                               .arg(source.fileName(), EntityCatalog::spec(EntityKind::School).plural());
            return result;
        }
        list.emplace(source.header());
        result.mapping = list->mapping(m_entity);
    } else {
        if (!options.regionPrefix.isEmpty()) {
            result.error = tr("The region filter applies only to the official NRW school list, and \"%1\" is "
                              "not that list.").arg(source.fileName());
            return result;
        }
        result.mapping = options.mapping.value_or(HeaderMatcher::guess(m_entity, source.header()));
        result.mapping.headers = source.header();
        result.mapping.fieldIndex.resize(source.header().size(), -1);
        const int schoolsColumn = ImportCoveredSchools::columnIn(m_entity, result.mapping);
        for (int column = 0; column < result.mapping.headers.size(); ++column) {
            if (result.mapping.fieldIndex.at(column) < 0 && column != schoolsColumn
                && !result.mapping.headers.at(column).trimmed().isEmpty())
                result.ignoredColumns << result.mapping.headers.at(column).trimmed();
        }
    }
    for (int field : HeaderMatcher::missingRequired(m_entity, result.mapping))
        result.missingRequiredFields << m_entity.fields.at(field).label();
    // Without the key no row can be told apart or created: most likely the wrong table.
    for (int field : ImportKey::fields(m_entity)) {
        if (!result.mapping.isMapped(field)) {
            result.error = wrongTableMessage(m_entity, source.fileName(), source.header(), result.mapping);
            return result;
        }
    }

    // The write lock is taken before reading what is there, so nobody changes it meanwhile.
    std::unique_ptr<BulkWriter> writer;
    if (!options.dryRun) {
        writer = BulkWriter::create(m_database, options.portableWriter);
        if (const DatabaseError error = writer->begin()) {
            result.error = error.message;
            return result;
        }
    }
    ReferenceResolver references;
    ExistingRecords existing;
    DatabaseError error = references.loadReferencesOf(m_database.connection(), m_entity);
    if (!error)
        error = existing.load(m_database.connection(), m_entity, ImportKey::fields(m_entity));
    ImportCoveredSchools coveredSchools(m_entity, result.mapping, references);
    if (!error && coveredSchools.column() >= 0 && !references.isLoaded(EntityKind::School))
        error = references.load(m_database.connection(), EntityKind::School);
    if (!error && coveredSchools.column() >= 0)
        error = coveredSchools.load(m_database.connection());
    if (error) {
        result.error = error.message;
        return result;
    }

    ImportValueConverter converter(&references);
    ImportChecker checker(m_entity, result.mapping, converter, references, existing);
    checker.setNotNullColumns(ImportChecker::notNullColumns(m_database.connection(), m_entity));
    if (coveredSchools.column() >= 0)
        checker.setCoveredSchools(&coveredSchools);
    NrwAuthorityPlanner authorities(references);
    // Rows are written while the file is still read where the writer allows it; the NRW
    // list's new authorities must be written before its schools, so those rows wait.
    std::optional<ImportWriteQueue> queue;
    if (writer && !list && writer->writesOnAnyThread())
        queue.emplace(*writer, m_entity, m_database.userName());
    QList<ImportRow> rows;
    bool schoolsChanged = false; // a written row changes the schools a contract covers
    CsvRecord record;
    ImportRow row;
    qint64 counter = 0;
    while (source.next(record)) {
        if (progress && ++counter % ReadProgressEvery == 0 && !progress(Phase::Reading, source.position(), source.size())) {
            result.cancelled = true;
            return result;
        }
        if (list) {
            const NrwSchoolList::Skip skip = list->skip(record.fields, options.regionPrefix);
            if (skip == NrwSchoolList::Skip::OutsideRegion) {
                ++result.skippedOutsideRegion;
                continue;
            }
            if (skip == NrwSchoolList::Skip::NotASchool) {
                ++result.skippedNotSchools;
                continue;
            }
            authorities.ensure(list->traegerNumber(record.fields), list->town(record.fields));
            record.fields = list->cells(record.fields);
        }
        ++result.rowsRead;
        const qsizetype problemsBefore = result.problems.size();
        if (!checker.check(record, row, result.problems)) {
            ++result.invalidRows;
            if (queue && !options.onlyValid)
                queue->stop(); // nothing will be imported
        } else if (row.action == ImportRow::Action::Unchanged) {
            ++result.unchanged;
        } else {
            ++(row.action == ImportRow::Action::Insert ? result.added : result.updated);
            schoolsChanged = schoolsChanged || row.schoolsChange;
            if (queue) {
                const qint64 expected = (result.added + result.updated) * source.size()
                    / std::max<qint64>(source.position(), 1);
                queue->add(std::move(row), expected);
            } else if (!options.dryRun) {
                rows.append(std::move(row));
            }
        }
        result.problemCount += result.problems.size() - problemsBefore;
        if (result.problems.size() > options.maximumProblems)
            result.problems.resize(options.maximumProblems);
    }
    if (source.error()) {
        result.error = source.error().message;
        return result;
    }
    if (progress && !progress(Phase::Reading, source.size(), source.size())) {
        result.cancelled = true;
        return result;
    }
    if (options.dryRun || (result.invalidRows > 0 && !options.onlyValid))
        return result;

    const qint64 toWrite = result.added + result.updated;
    if (queue) {
        bool cancelled = false;
        error = queue->finish([&progress](qint64 done, qint64 total) {
            return !progress || progress(Phase::Writing, done, total);
        }, &cancelled);
        if (cancelled) {
            result.cancelled = true;
            return result;
        }
    } else {
        ImportWriter importWriter(*writer, m_database.userName());
        error = importWriter.prepareFor(m_entity, result.added, toWrite);
        if (!error && list)
            error = authorities.write(importWriter, rows, m_entity.fieldIndex(QStringLiteral("authority_id")),
                                      QDate::currentDate(), &result.authoritiesCreated);
        for (qsizetype i = 0; !error && i < rows.size(); ++i) {
            if (progress && i % WriteProgressEvery == 0 && !progress(Phase::Writing, i, rows.size())) {
                result.cancelled = true;
                return result;
            }
            error = importWriter.write(m_entity, rows.at(i));
        }
    }
    if (!error)
        error = writer->commit();
    if (error) {
        result.error = error.message;
        return result;
    }
    if (progress)
        progress(Phase::Writing, toWrite, toWrite);
    result.written = true;
    if (result.authoritiesCreated > 0)
        m_database.notifier()->notifyChanged(EntityCatalog::spec(EntityKind::Authority).table);
    if (toWrite > 0)
        m_database.notifier()->notifyChanged(m_entity.table);
    if (schoolsChanged)
        m_database.notifier()->notifyChanged(QStringLiteral("contract_school"));
    return result;
}
