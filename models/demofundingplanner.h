// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "democounty.h"

#include <QDate>

class DemoRandom;

// Draws the funding side of the demo county: the DigitalPakt programs and their relatives
// with their real deadlines, an allocation per program and authority sized by the
// authority's pupils, and measures at the schools that share out what was approved.
// How far an allocation has got (applied, approved, paid out, spent) follows the program's
// deadlines as seen from the reference date.
class DemoFundingPlanner
{
public:
    explicit DemoFundingPlanner(const QDate &referenceDate);

    void plan(DemoCounty &county, DemoRandom &random) const;

    enum class Stage { NotStarted, Applying, Spending, ProvingUse, Closed };

private:
    struct ProgramRule
    {
        DemoCounty::Program program;
        QDate begin;          // when the program started
        int euroPerPupil = 0; // size of an allocation
        int euroPerTeacher = 0;
        enum class Measures { None, PerSchool, SomeSchools, Digital } measures = Measures::None;
        QString measureTitle; // for PerSchool
    };

    static QList<ProgramRule> rules();
    Stage stageOf(const ProgramRule &rule) const;
    DemoCounty::Allocation allocate(const ProgramRule &rule, int program, int authority,
                                    qint64 pupils, qint64 teachers, DemoRandom &random) const;
    void addMeasures(DemoCounty &county, const ProgramRule &rule, int program,
                     const DemoCounty::Allocation &allocation, DemoRandom &random) const;
    QString measureStatus(Stage stage, DemoRandom &random) const;

    QDate m_referenceDate;
};
