// SPDX-License-Identifier: EUPL-1.2
#include "statisticssettingsdialog.h"

#include "enumcatalog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int MaxYears = 50;
} // namespace

StatisticsSettingsDialog::StatisticsSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings of the figures"));

    auto *cycles = new QGroupBox(tr("Replacement cycle (years in use before a device is due for replacement)"));
    auto *cycleForm = new QFormLayout(cycles);
    for (const EnumEntry &category : EnumCatalog::entries(EnumKind::DeviceCategory)) {
        auto *years = new QSpinBox;
        years->setRange(0, MaxYears);
        years->setSpecialValueText(tr("no cycle"));
        years->setSuffix(tr(" years"));
        cycleForm->addRow(category.label + QLatin1Char(':'), years);
        m_cycles.insert(category.code, years);
    }

    auto *targets = new QGroupBox(tr("Targets and warnings"));
    auto *targetForm = new QFormLayout(targets);
    m_target = new QDoubleSpinBox;
    m_target->setRange(0.1, 100.0);
    m_target->setDecimals(1);
    m_target->setSingleStep(0.5);
    targetForm->addRow(tr("Target pupils per &device:"), m_target);
    m_warningDays = new QSpinBox;
    m_warningDays->setRange(1, 730);
    m_warningDays->setSuffix(tr(" days"));
    targetForm->addRow(tr("Warn of a &last day to cancel within:"), m_warningDays);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatisticsSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatisticsSettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(StatisticsSettings()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cycles);
    layout->addWidget(targets);
    layout->addWidget(buttons);
    setSettings(StatisticsSettings::load(QSettings()));
}

StatisticsSettings StatisticsSettingsDialog::settings() const
{
    StatisticsSettings result;
    for (auto it = m_cycles.cbegin(); it != m_cycles.cend(); ++it)
        result.setReplacementYears(it.key(), it.value()->value());
    result.setTargetPupilsPerDevice(m_target->value());
    result.setDeadlineWarningDays(m_warningDays->value());
    return result;
}

void StatisticsSettingsDialog::setSettings(const StatisticsSettings &settings)
{
    for (auto it = m_cycles.cbegin(); it != m_cycles.cend(); ++it)
        it.value()->setValue(settings.replacementYears(it.key()));
    m_target->setValue(settings.targetPupilsPerDevice());
    m_warningDays->setValue(settings.deadlineWarningDays());
}

void StatisticsSettingsDialog::accept()
{
    QSettings stored;
    settings().save(stored);
    QDialog::accept();
}
