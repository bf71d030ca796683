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
    // Summed over the filtered authorities, or split per authority where a chart offers it.
    enum class Grouping { Summed, PerAuthority };

    using Builder = std::function<std::unique_ptr<ChartDocument>(const StatisticsService &, const StatisticsFilter &,
                                                                 Grouping, DatabaseError &)>;

    struct Entry
    {
        QString name;             // "devices-by-authority"
        const char *titleSource;  // English, translated in context "Charts"
        Builder build;
        bool groupable = false;   // draws Grouping::PerAuthority differently; others ignore it
        QString title() const;    // in the interface language
    };

    static const QList<Entry> &all();
    static const Entry *find(const QString &name);
    static QStringList names();
    static QStringList groupableNames();

    // The chart for the filter, or null with the error set (unknown name or database error).
    static std::unique_ptr<ChartDocument> build(const QString &name, const StatisticsService &service,
                                                const StatisticsFilter &filter, DatabaseError &error);
    static std::unique_ptr<ChartDocument> build(const QString &name, const StatisticsService &service,
                                                const StatisticsFilter &filter, Grouping grouping,
                                                DatabaseError &error);
};
