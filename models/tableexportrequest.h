// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exportrequest.h"

class EntityQuery;

// The export of what a table page shows: its search and filters, its sort and its visible
// columns, taken from the page's EntityQuery. Visible computed columns (a contract's next
// last day to cancel, an allocation's rest) follow the stored fields; a sort by such a
// column falls back to the natural key.
namespace TableExportRequest {
ExportRequest from(const EntityQuery &query, const QList<int> &visibleColumns);
}
