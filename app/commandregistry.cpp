// SPDX-License-Identifier: EUPL-1.2
#include "commandregistry.h"

#include "commands/democommand.h"

namespace CommandRegistry {

std::vector<std::unique_ptr<CommandVerb>> createAll()
{
    std::vector<std::unique_ptr<CommandVerb>> verbs;
    verbs.push_back(std::make_unique<DemoCommand>());
    return verbs;
}

} // namespace CommandRegistry
