// SPDX-License-Identifier: EUPL-1.2
#include "reportfigurecache.h"

ReportFigureCache::ReportFigureCache(const StatisticsService &service, const StatisticsFilter &filter)
    : m_service(service)
    , m_filter(filter)
{
}

DatabaseError ReportFigureCache::keyFigures(const KeyFigures *&out)
{
    out = nullptr;
    if (!m_keyFigures) {
        KeyFigures figures;
        if (const DatabaseError error = KeyFigures::load(m_service, m_filter, figures))
            return error;
        m_keyFigures = figures;
    }
    out = &*m_keyFigures;
    return DatabaseError::none();
}
