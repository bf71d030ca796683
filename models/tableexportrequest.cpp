// SPDX-License-Identifier: EUPL-1.2
#include "tableexportrequest.h"

#include "entityquery.h"

namespace TableExportRequest {

ExportRequest from(const EntityQuery &query, const QList<int> &visibleColumns)
{
    const EntitySpec &entity = query.entity();
    ExportRequest request = ExportRequest::wholeTable(entity.kind);
    for (int column : visibleColumns) {
        const TableColumn &tableColumn = query.columns().value(column);
        if (tableColumn.isField())
            request.columns << entity.fields.at(tableColumn.fieldIndex).column;
        else if (tableColumn.derived != DerivedColumn::None)
            request.derived << tableColumn.derived;
    }
    if (request.columns.isEmpty() && !visibleColumns.isEmpty())
        request.columns << entity.fields.first().column;
    request.condition = query.where();
    const TableColumn sorted = query.columns().value(query.sortColumn());
    if (sorted.isField())
        request.sort = {{entity.fields.at(sorted.fieldIndex).column, query.sortOrder()}};
    return request;
}

} // namespace TableExportRequest
