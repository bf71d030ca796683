// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

#include <memory>
#include <vector>

namespace CommandRegistry {
std::vector<std::unique_ptr<CommandVerb>> createAll();
}
