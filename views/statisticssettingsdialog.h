// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statisticssettings.h"

#include <QDialog>
#include <QMap>

class QDoubleSpinBox;
class QSpinBox;

// Lets the office set what the figures are measured against: the replacement cycle of each
// device category, the target of pupils per device and how far ahead contract deadlines
// are flagged. Kept in QSettings, where the dashboard, the charts and the report read them.
class StatisticsSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatisticsSettingsDialog(QWidget *parent = nullptr);

    StatisticsSettings settings() const;
    void setSettings(const StatisticsSettings &settings);

    void accept() override; // saves to QSettings

private:
    QMap<QString, QSpinBox *> m_cycles;
    QDoubleSpinBox *m_target = nullptr;
    QSpinBox *m_warningDays = nullptr;
};
