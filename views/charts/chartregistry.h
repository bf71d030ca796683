// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class ChartDocument;
class StatisticsService;
struct StatisticsFilter;

// Every chart the program draws, under the name the command line and the report use.
// A new chart is one builder class and one line in chartregistry.cpp.
class ChartRegistry
{
public:
    using Builder = std::function<std::unique_ptr<ChartDocument>(const StatisticsService &, const StatisticsFilter &,
                                                                 DatabaseError &)>;

    struct Entry
    {
        QString name;             // "devices-by-authority"
        const char *titleSource;  // English, translated in context "Charts"
        Builder build;
        QString title() const;    // in the interface language
    };

    static const QList<Entry> &all();
    static const Entry *find(const QString &name);
    static QStringList names();

    // The chart for the filter, or null with the error set (unknown name or database error).
    static std::unique_ptr<ChartDocument> build(const QString &name, const StatisticsService &service,
                                                const StatisticsFilter &filter, DatabaseError &error);
};
