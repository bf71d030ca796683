// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportoptions.h"

class FilterChoices;
class QSettings;

// What the report dialog remembers for next time, in the user's settings: the title
// block, the scope (by the authorities' names, which outlive a switch to another database
// file, unlike their ids), the months ahead for contracts and the sections left out.
namespace ReportSettings {

// Authorities no longer in `choices` are dropped from the scope.
ReportOptions load(const QSettings &settings, const FilterChoices &choices);
void save(QSettings &settings, const ReportOptions &options, const FilterChoices &choices);

} // namespace ReportSettings
