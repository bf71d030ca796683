// SPDX-License-Identifier: EUPL-1.2
#include "reportequipmentsection.h"

#include "devicesbyauthority.h"
#include "keyfigures.h"
#include "money.h"
#include "pupilsperdevice.h"
#include "reportauthorityequipment.h"
#include "reportdocument.h"
#include "reportfigurecache.h"
#include "reportformat.h"
#include "statisticsservice.h"

#include <algorithm>

namespace {
using Align = ReportTable::Align;

ReportTable::Cell ratioCell(const std::optional<double> &ratio, double target)
{
    const bool aboveTarget = !ratio || *ratio > target;
    return {ReportFormat::ratio(ratio), aboveTarget ? ReportTable::Marked : ReportTable::Plain};
}

ReportTable::Cell text(const QString &value)
{
    return {value, ReportTable::Plain};
}

// A horizontal bar chart needs height for every authority or school it lists.
double barChartAspect(qsizetype bars)
{
    return std::clamp(0.3 + 0.04 * double(bars), 0.45, 1.1);
}
} // namespace

QString ReportEquipmentSection::title() const
{
    return tr("Equipment");
}

DatabaseError ReportEquipmentSection::write(const ReportContext &context, ReportDocument &document) const
{
    DevicesByAuthority devices;
    if (const DatabaseError error = DevicesByAuthority::load(context.service, context.filter, devices))
        return error;
    ReportAuthorityEquipment authorities;
    if (const DatabaseError error = ReportAuthorityEquipment::load(context.service, context.filter, authorities))
        return error;
    PupilsPerDevice schools;
    if (const DatabaseError error = PupilsPerDevice::load(context.service, context.filter, schools))
        return error;
    const KeyFigures *figures = nullptr;
    if (const DatabaseError error = context.figures.keyFigures(figures))
        return error;

    writeDevices(devices, document);
    writePupilsPerDevice(authorities, schools, document);
    writeReplacement(context, *figures, authorities, document);
    return DatabaseError::none();
}

void ReportEquipmentSection::writeDevices(const DevicesByAuthority &devices, ReportDocument &document)
{
    document.addHeading(tr("Devices per school authority and category"), 2);
    document.addParagraph(tr("%Ln device(s) in use.", nullptr, devices.total));

    // Wide category lists are split into parts of at most MaxCategoryColumns columns; the
    // last part carries the total.
    const int categories = int(devices.categories.size());
    const int parts = std::max(1, (categories + MaxCategoryColumns - 1) / MaxCategoryColumns);
    for (int part = 0; part < parts; ++part) {
        const int first = part * MaxCategoryColumns;
        const int last = std::min(categories, first + MaxCategoryColumns);
        const bool withTotal = part == parts - 1;
        ReportTable table(parts == 1 ? tr("Devices in use per school authority and category")
                                     : tr("Devices in use per school authority and category (part %1 of %2)")
                                           .arg(part + 1)
                                           .arg(parts));
        table.addColumn(tr("School authority"), Align::Left, 4);
        for (int c = first; c < last; ++c)
            table.addColumn(devices.categoryLabels.at(c), Align::Right, 2);
        if (withTotal)
            table.addColumn(tr("Total"), Align::Right, 2);
        for (const DevicesByAuthority::Row &row : devices.rows) {
            QStringList cells{row.authority};
            for (int c = first; c < last; ++c)
                cells << ReportFormat::count(row.counts.at(c));
            if (withTotal)
                cells << ReportFormat::count(row.total);
            table.addRow(cells);
        }
        QStringList total{tr("Total")};
        for (int c = first; c < last; ++c)
            total << ReportFormat::count(devices.categoryTotals.at(c));
        if (withTotal)
            total << ReportFormat::count(devices.total);
        table.addRow(total, ReportTable::RowKind::Total);
        document.addTable(table);
    }
    document.addChart(QStringLiteral("devices-by-authority"), tr("Devices in use per school authority"),
                      barChartAspect(devices.rows.size()));
}

void ReportEquipmentSection::writePupilsPerDevice(const ReportAuthorityEquipment &authorities,
                                                  const PupilsPerDevice &schools, ReportDocument &document)
{
    document.addHeading(tr("Pupils per device"), 2);
    document.addParagraph(tr("Pupil devices are PCs, notebooks and tablets in use that are not given to teachers "
                             "or the administration. The target is at most %1 pupils per device.")
                              .arg(ReportFormat::decimal(schools.target, 1)));

    ReportTable perAuthority(tr("Pupils per device per school authority"));
    perAuthority.addColumn(tr("School authority"), Align::Left, 5);
    perAuthority.addColumn(tr("Schools"), Align::Right, 2);
    perAuthority.addColumn(tr("Pupils"), Align::Right, 2);
    perAuthority.addColumn(tr("Pupil devices"), Align::Right, 2);
    perAuthority.addColumn(tr("Pupils per device"), Align::Right, 2);
    const auto addAuthorityRow = [&](const ReportAuthorityEquipment::Row &row, const QString &name,
                                     ReportTable::RowKind kind) {
        perAuthority.addRow({text(name), text(ReportFormat::count(row.schools)), text(ReportFormat::count(row.pupils)),
                             text(ReportFormat::count(row.pupilDevices)),
                             ratioCell(row.pupilsPerDevice(), schools.target)},
                            kind);
    };
    for (const ReportAuthorityEquipment::Row &row : authorities.rows)
        addAuthorityRow(row, row.authority, ReportTable::RowKind::Data);
    addAuthorityRow(authorities.total, tr("Total"), ReportTable::RowKind::Total);
    document.addTable(perAuthority);

    ReportTable perSchool(tr("Pupils per device per school, highest first"));
    perSchool.addColumn(tr("School"), Align::Left, 6);
    perSchool.addColumn(tr("School authority"), Align::Left, 4);
    perSchool.addColumn(tr("Pupils"), Align::Right, 2);
    perSchool.addColumn(tr("Pupil devices"), Align::Right, 2);
    perSchool.addColumn(tr("Pupils per device"), Align::Right, 2);
    for (const PupilsPerDevice::School &school : schools.schools) {
        perSchool.addRow({text(school.name), text(school.authority), text(ReportFormat::count(school.pupils)),
                          text(ReportFormat::count(school.devices)),
                          school.pupils > 0 ? ratioCell(school.ratio, schools.target) : text(ReportFormat::dash())});
    }
    document.addTable(perSchool);
    document.addNote(tr("%Ln school(s) above the target or without pupil devices (marked).", nullptr,
                        schools.schoolsAboveTarget));
    document.addChart(QStringLiteral("pupils-per-device"), tr("Pupils per device per school"), 0.6);
}

void ReportEquipmentSection::writeReplacement(const ReportContext &context, const KeyFigures &figures,
                                              const ReportAuthorityEquipment &authorities, ReportDocument &document)
{
    document.addHeading(tr("Devices past their replacement cycle"), 2);
    document.addParagraph(tr("A device is past its replacement cycle when it was acquired longer ago than its "
                             "category's cycle on %1. Devices without an acquisition date are not counted.")
                              .arg(ReportFormat::date(figures.referenceDay)));

    ReportTable perCategory(tr("Replacement cycle per device category"));
    perCategory.addColumn(tr("Category"), Align::Left, 4);
    perCategory.addColumn(tr("Cycle in years"), Align::Right, 2);
    perCategory.addColumn(tr("In use"), Align::Right, 2);
    perCategory.addColumn(tr("Of known age"), Align::Right, 2);
    perCategory.addColumn(tr("Past the cycle"), Align::Right, 2);
    perCategory.addColumn(tr("Share"), Align::Right, 2);
    const StatisticsSettings &settings = context.service.settings();
    for (const KeyFigures::Category &category : figures.categories) {
        const int years = settings.replacementYears(category.code);
        const double share = Money::sharePercent(category.pastCycle, category.withCycle);
        perCategory.addRow({text(category.label), text(years > 0 ? ReportFormat::count(years) : ReportFormat::dash()),
                            text(ReportFormat::count(category.inUse)), text(ReportFormat::count(category.withCycle)),
                            {ReportFormat::count(category.pastCycle),
                             category.pastCycle > 0 ? ReportTable::Marked : ReportTable::Plain},
                            text(years > 0 ? ReportFormat::percent(share) : ReportFormat::dash())});
    }
    perCategory.addRow({text(tr("Total")), text(QString()), text(ReportFormat::count(figures.devicesInUse)),
                        text(ReportFormat::count(figures.devicesWithCycle)),
                        text(ReportFormat::count(figures.devicesPastCycle)),
                        text(ReportFormat::percent(figures.pastCyclePercent))},
                       ReportTable::RowKind::Total);
    document.addTable(perCategory);

    ReportTable perAuthority(tr("Devices past their replacement cycle per school authority"));
    perAuthority.addColumn(tr("School authority"), Align::Left, 5);
    perAuthority.addColumn(tr("In use"), Align::Right, 2);
    perAuthority.addColumn(tr("Of known age"), Align::Right, 2);
    perAuthority.addColumn(tr("Past the cycle"), Align::Right, 2);
    perAuthority.addColumn(tr("Share"), Align::Right, 2);
    const auto addRow = [&](const ReportAuthorityEquipment::Row &row, const QString &name, ReportTable::RowKind kind) {
        perAuthority.addRow(QStringList{name, ReportFormat::count(row.devicesInUse),
                                        ReportFormat::count(row.devicesWithCycle),
                                        ReportFormat::count(row.devicesPastCycle),
                                        ReportFormat::percent(row.pastCyclePercent())},
                            kind);
    };
    for (const ReportAuthorityEquipment::Row &row : authorities.rows)
        addRow(row, row.authority, ReportTable::RowKind::Data);
    addRow(authorities.total, tr("Total"), ReportTable::RowKind::Total);
    document.addTable(perAuthority);
    document.addChart(QStringLiteral("device-age"), tr("Devices by acquisition year"), 0.5);
}
