// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportsection.h"

#include <memory>
#include <vector>

// The sections of the committee report in the order they are printed.
namespace ReportSections {
std::vector<std::unique_ptr<ReportSection>> createAll();
}
