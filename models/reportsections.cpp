// SPDX-License-Identifier: EUPL-1.2
#include "reportsections.h"

#include "reportequipmentsection.h"
#include "reportfundingsection.h"
#include "reportkeyfiguressection.h"
#include "reportstandardssection.h"
#include "reportsupportsection.h"
#include "reportsystemssection.h"

namespace ReportSections {

std::vector<std::unique_ptr<ReportSection>> createAll()
{
    std::vector<std::unique_ptr<ReportSection>> sections;
    sections.push_back(std::make_unique<ReportKeyFiguresSection>());
    sections.push_back(std::make_unique<ReportEquipmentSection>());
    sections.push_back(std::make_unique<ReportFundingSection>());
    sections.push_back(std::make_unique<ReportSupportSection>());
    sections.push_back(std::make_unique<ReportSystemsSection>());
    sections.push_back(std::make_unique<ReportStandardsSection>());
    return sections;
}

} // namespace ReportSections
