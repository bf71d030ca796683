// SPDX-License-Identifier: EUPL-1.2
#include "statisticssettings.h"

#include "enumcatalog.h"

#include <QSettings>

namespace {
const QString CyclePrefix = QStringLiteral("statistics/replacementYears/");
const QString TargetKey = QStringLiteral("statistics/targetPupilsPerDevice");
const QString WarningKey = QStringLiteral("statistics/deadlineWarningDays");
constexpr int MaxYears = 50;
} // namespace

StatisticsSettings::StatisticsSettings()
{
    for (const QString &category : EnumCatalog::codes(EnumKind::DeviceCategory))
        m_cycles.insert(category, defaultReplacementYears(category));
}

int StatisticsSettings::defaultReplacementYears(const QString &category)
{
    static const QMap<QString, int> defaults{
        {QStringLiteral("tablet"), 5},       {QStringLiteral("notebook"), 5},
        {QStringLiteral("pc"), 6},           {QStringLiteral("display"), 8},
        {QStringLiteral("projector"), 8},    {QStringLiteral("access_point"), 7},
        {QStringLiteral("switch"), 7},       {QStringLiteral("firewall"), 7},
        {QStringLiteral("server"), 7},
    };
    return defaults.value(category, 0);
}

int StatisticsSettings::replacementYears(const QString &category) const
{
    return m_cycles.value(category, 0);
}

void StatisticsSettings::setReplacementYears(const QString &category, int years)
{
    m_cycles.insert(category, qBound(0, years, MaxYears));
}

StatisticsSettings StatisticsSettings::load(const QSettings &settings)
{
    StatisticsSettings result;
    for (auto it = result.m_cycles.begin(); it != result.m_cycles.end(); ++it) {
        bool ok = false;
        const int years = settings.value(CyclePrefix + it.key(), it.value()).toInt(&ok);
        if (ok)
            it.value() = qBound(0, years, MaxYears);
    }
    bool ok = false;
    const double target = settings.value(TargetKey, result.m_targetPupilsPerDevice).toDouble(&ok);
    if (ok && target > 0)
        result.m_targetPupilsPerDevice = target;
    const int days = settings.value(WarningKey, result.m_deadlineWarningDays).toInt(&ok);
    if (ok && days > 0)
        result.m_deadlineWarningDays = days;
    return result;
}

void StatisticsSettings::save(QSettings &settings) const
{
    for (auto it = m_cycles.cbegin(); it != m_cycles.cend(); ++it)
        settings.setValue(CyclePrefix + it.key(), it.value());
    settings.setValue(TargetKey, m_targetPupilsPerDevice);
    settings.setValue(WarningKey, m_deadlineWarningDays);
}
