// SPDX-License-Identifier: EUPL-1.2
#include "reportreading.h"

#include "reportbuilder.h"
#include "reportsections.h"
#include "statisticsservice.h"

namespace ReportReading {

ReportDocument build(Database &database, const ReportOptions &options, const QDate &day)
{
    const StatisticsService service(database, StatisticsSettings(), day);
    ReportDocument document;
    if (const DatabaseError error = ReportBuilder::build(service, options, document))
        qWarning("%s", qPrintable(error.message));
    return document;
}

ReportOptions onlySections(const QStringList &keys)
{
    ReportOptions options;
    for (const auto &section : ReportSections::createAll()) {
        if (!keys.contains(section->key()))
            options.omittedSections << section->key();
    }
    return options;
}

QList<ReportTable> tables(const ReportDocument &document)
{
    QList<ReportTable> result;
    for (const ReportDocument::Block &block : document.blocks()) {
        if (block.kind == ReportDocument::Block::Kind::Table)
            result << block.table;
    }
    return result;
}

QStringList row(const ReportTable &table, int index)
{
    QStringList texts;
    for (const ReportTable::Cell &cell : table.rows().at(index).cells)
        texts << cell.text;
    return texts;
}

QStringList column(const ReportTable &table, int index)
{
    QStringList texts;
    for (const ReportTable::Row &row : table.rows())
        texts << row.cells.value(index).text;
    return texts;
}

} // namespace ReportReading
