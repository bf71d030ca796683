// SPDX-License-Identifier: EUPL-1.2
#include "importcoveredschools.h"

#include "headermatcher.h"
#include "referenceresolver.h"
#include "sqlerrors.h"
#include "tablecolumn.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportChecker", text);
}

QStringList headerNames(const EntitySpec &entity)
{
    QStringList names{QStringLiteral("Covered schools"), QStringLiteral("Betreute Schulen"), QStringLiteral("Schulen"),
                      QStringLiteral("schools")};
    for (const TableColumn &column : TableColumn::forEntity(entity)) {
        if (column.derived == DerivedColumn::ContractSchools)
            names << column.label(entity);
    }
    for (QString &name : names)
        name = HeaderMatcher::normalize(name);
    return names;
}
} // namespace

int ImportCoveredSchools::columnIn(const EntitySpec &entity, const ColumnMapping &mapping)
{
    if (entity.kind != EntityKind::SupportContract)
        return -1;
    const QStringList names = headerNames(entity);
    for (int column = 0; column < mapping.headers.size(); ++column) {
        const bool free = column >= mapping.fieldIndex.size() || mapping.fieldIndex.at(column) == ColumnMapping::Unassigned;
        if (free && names.contains(HeaderMatcher::normalize(mapping.headers.at(column))))
            return column;
    }
    return -1;
}

QStringList ImportCoveredSchools::numbers(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\r\\n]"));
    QStringList numbers;
    for (const QString &part : cell.split(separators)) {
        const QString number = part.trimmed();
        if (!number.isEmpty())
            numbers << number;
    }
    return numbers;
}

ImportCoveredSchools::ImportCoveredSchools(const EntitySpec &entity, const ColumnMapping &mapping,
                                           const ReferenceResolver &references)
    : m_references(references)
    , m_column(columnIn(entity, mapping))
{
    if (m_column >= 0)
        m_header = mapping.headers.at(m_column).trimmed();
}

DatabaseError ImportCoveredSchools::load(QSqlDatabase db)
{
    m_links.clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT contract_id, school_id FROM contract_school ORDER BY contract_id, school_id")))
        return SqlErrors::fromSqlError(query.lastError(), QCoreApplication::translate("ExportRows",
                                                                                      "Reading the schools of the contracts"));
    while (query.next())
        m_links[query.value(0).toLongLong()] << query.value(1).toLongLong();
    return {};
}

bool ImportCoveredSchools::read(const CsvRecord &record, ImportRow &row, QList<ImportProblem> &problems) const
{
    if (m_column < 0)
        return true;
    bool ok = true;
    // Schools of other authorities are allowed: a contract may pool support across them,
    // as the contract's school list in the program allows.
    QList<qint64> schools;
    for (const QString &number : numbers(record.fields.value(m_column))) {
        // By the school number only: a name may hold the separators.
        const ReferenceResolver::Lookup lookup = m_references.find(EntityKind::School, number);
        if (lookup.match != ReferenceResolver::Match::Found
            || m_references.keyText(EntityKind::School, lookup.id) != number) {
            problems.append({record.line, m_header, tr("Unknown school number \"%1\": no school has this number.").arg(number)});
            ok = false;
            continue;
        }
        schools << lookup.id;
    }
    if (!ok)
        return false;
    std::sort(schools.begin(), schools.end());
    schools.erase(std::unique(schools.begin(), schools.end()), schools.end());
    row.schools = schools;
    row.schoolsBefore = row.existing ? m_links.value(row.existing->id) : QList<qint64>();
    row.schoolsChange = row.schools != row.schoolsBefore;
    return true;
}
