// SPDX-License-Identifier: EUPL-1.2
#include "commandregistry.h"

#include "commands/admincommand.h"
#include "commands/backupcommand.h"
#include "commands/copycommand.h"
#include "commands/chartcommand.h"
#include "commands/democommand.h"
#include "commands/exportcommand.h"
#include "commands/importcommand.h"
#include "commands/reportcommand.h"

namespace CommandRegistry {

std::vector<std::unique_ptr<CommandVerb>> createAll()
{
    std::vector<std::unique_ptr<CommandVerb>> verbs;
    verbs.push_back(std::make_unique<DemoCommand>());
    verbs.push_back(std::make_unique<ChartCommand>());
    verbs.push_back(std::make_unique<CopyCommand>());
    verbs.push_back(std::make_unique<BackupCommand>());
    verbs.push_back(std::make_unique<AdminCommand>());
    verbs.push_back(std::make_unique<ExportCommand>());
    verbs.push_back(std::make_unique<ImportCommand>());
    verbs.push_back(std::make_unique<ReportCommand>());
    return verbs;
}

} // namespace CommandRegistry
