// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMap>
#include <QString>

class QSettings;

// The few numbers the statistics depend on that an office may set for itself: how many
// years a device category serves before it is due for replacement, the target of pupils
// per device, and how far ahead contract deadlines are flagged. Defaults serve tests and
// fresh installations; the program reads the user's values from QSettings.
class StatisticsSettings
{
public:
    StatisticsSettings();

    // 0: the category has no replacement cycle (never counted as past it).
    int replacementYears(const QString &category) const;
    void setReplacementYears(const QString &category, int years);
    QMap<QString, int> replacementCycles() const { return m_cycles; }
    static int defaultReplacementYears(const QString &category);

    double targetPupilsPerDevice() const { return m_targetPupilsPerDevice; }
    void setTargetPupilsPerDevice(double target) { m_targetPupilsPerDevice = target; }

    int deadlineWarningDays() const { return m_deadlineWarningDays; }
    void setDeadlineWarningDays(int days) { m_deadlineWarningDays = days; }

    static StatisticsSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

private:
    QMap<QString, int> m_cycles;
    double m_targetPupilsPerDevice = 3.0;
    int m_deadlineWarningDays = 90;
};
