// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportsection.h"

#include <QCoreApplication>

class DevicesByAuthority;
class KeyFigures;
class PupilsPerDevice;
class ReportAuthorityEquipment;

// Equipment: devices per authority and category, pupils per device per authority and
// school, devices past their replacement cycle per category and authority, with charts.
class ReportEquipmentSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ReportEquipmentSection)

public:
    // Category columns per table: more do not fit across A4 portrait next to the names.
    static constexpr int MaxCategoryColumns = 6;

    QString key() const override { return QStringLiteral("equipment"); }
    QString title() const override;
    DatabaseError write(const ReportContext &context, ReportDocument &document) const override;

private:
    static void writeDevices(const DevicesByAuthority &devices, ReportDocument &document);
    static void writePupilsPerDevice(const ReportAuthorityEquipment &authorities, const PupilsPerDevice &schools,
                                     ReportDocument &document);
    static void writeReplacement(const ReportContext &context, const KeyFigures &figures,
                                 const ReportAuthorityEquipment &authorities, ReportDocument &document);
};
